"use client";

import { forwardRef, type ReactNode } from "react";
import type { Lane } from "@/lib/document";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/review/protocol";
import { Button } from "../ui/Button";
import { Icon } from "../ui/Icon";
import { Kbd } from "../ui/Kbd";
import { SelectChevron } from "../ui/SelectChevron";
import { useModKey } from "../ui/useModKey";
import { type EntryFilters, isFiltered, NO_FILTERS, type ShowFilter } from "./searchFilter";

export interface FilterBarProps {
  filters: EntryFilters;
  onFilters: (patch: Partial<EntryFilters>) => void;
  lanes: Lane[];
  /** The tags entries use, for the tag filter (shown only when there are some). */
  tags: string[];
  /** Whether entries have review states to filter by (not in a saved version). */
  reviewed: boolean;
  shown: number;
  total: number;
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onLanes: () => void;
  onAdd: () => void;
}

/** One filter menu: a native select in the bar's style. */
function FilterSelect({
  label,
  testId,
  value,
  onChange,
  children,
}: {
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="relative">
      <select
        aria-label={label}
        data-testid={testId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="h-8 max-w-44 appearance-none truncate rounded-md border border-line-strong bg-surface pr-8 pl-2.5 text-sm text-ink focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none"
      >
        {children}
      </select>
      <SelectChevron />
    </div>
  );
}

/**
 * Search and the filters (lane, sourcing, review status, tag: all narrow the
 * axis and the list, and live in the URL), lanes, undo and add.
 */
export const FilterBar = forwardRef<HTMLInputElement, FilterBarProps>(
  function FilterBar(props, searchRef) {
    const mod = useModKey();
    const { filters, onFilters } = props;
    return (
      <div className="flex h-12 shrink-0 items-center gap-2 border-b border-line bg-surface px-4">
        <div className="relative w-72 max-w-[40vw] shrink">
          <Icon
            name="search"
            className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-faint"
          />
          <input
            ref={searchRef}
            type="search"
            data-testid="search-input"
            aria-label="Search entries"
            placeholder="Search entries"
            value={filters.query}
            onChange={(event) => onFilters({ query: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                if (filters.query) onFilters({ query: "" });
                else event.currentTarget.blur();
              }
            }}
            className="h-8 w-full rounded-md border border-line-strong bg-paper pr-2 pl-8 sm:pr-14 text-base placeholder:text-faint focus:border-accent focus:bg-surface focus:ring-2 focus:ring-accent/15 focus:outline-none [&::-webkit-search-cancel-button]:hidden"
          />
          <span className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 gap-0.5 sm:flex">
            <Kbd>{mod}</Kbd>
            <Kbd>K</Kbd>
          </span>
        </div>
        <FilterSelect
          label="Filter by lane"
          testId="lane-filter"
          value={filters.laneId}
          onChange={(laneId) => onFilters({ laneId })}
        >
          <option value="">All lanes</option>
          {props.lanes.map((lane) => (
            <option key={lane.id} value={lane.id}>
              {lane.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label="Show"
          testId="show-filter"
          value={filters.show}
          onChange={(show) => onFilters({ show: show as ShowFilter })}
        >
          <option value="">All entries</option>
          <option value="disputed">Accounts differ</option>
          <option value="unsourced">Unsourced</option>
        </FilterSelect>
        {props.reviewed && (
          <FilterSelect
            label="Filter by review status"
            testId="status-filter"
            value={filters.status}
            onChange={(status) => onFilters({ status: status as ReviewStatus | "" })}
          >
            <option value="">Any status</option>
            {Object.entries(REVIEW_STATUS_LABELS).map(([status, label]) => (
              <option key={status} value={status}>
                {label}
              </option>
            ))}
          </FilterSelect>
        )}
        {(props.tags.length > 0 || filters.tag) && (
          <FilterSelect
            label="Filter by tag"
            testId="tag-filter"
            value={filters.tag}
            onChange={(tag) => onFilters({ tag })}
          >
            <option value="">All tags</option>
            {/* A tag from a shared link stays listed even when no entry has it now. */}
            {(props.tags.includes(filters.tag) || !filters.tag
              ? props.tags
              : [filters.tag, ...props.tags]
            ).map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </FilterSelect>
        )}
        <Button
          variant="ghost"
          size="sm"
          onClick={props.onLanes}
          data-testid="lanes-button"
          aria-label="Lanes"
        >
          <Icon name="lanes" />
          <span className="hidden sm:inline">Lanes</span>
        </Button>
        {isFiltered(filters) && (
          <span
            className="ml-1 flex items-center gap-1 text-sm text-muted"
            data-testid="filter-count"
          >
            {props.shown.toLocaleString("en")} of {props.total.toLocaleString("en")}
            <button
              type="button"
              onClick={() => onFilters(NO_FILTERS)}
              className="rounded px-1 text-accent hover:bg-accent-soft"
            >
              Clear
            </button>
          </span>
        )}
        <div className="ml-auto flex items-center gap-1">
          <Button
            variant="ghost"
            size="sm"
            icon
            aria-label="Undo"
            title={`Undo (${mod}Z)`}
            disabled={!props.canUndo || props.readOnly}
            onClick={props.onUndo}
            data-testid="undo"
          >
            <Icon name="undo" />
          </Button>
          <Button
            variant="ghost"
            size="sm"
            icon
            aria-label="Redo"
            title={`Redo (${mod}⇧Z)`}
            disabled={!props.canRedo || props.readOnly}
            onClick={props.onRedo}
            data-testid="redo"
          >
            <Icon name="redo" />
          </Button>
          {!props.readOnly && (
            <Button
              variant="primary"
              size="sm"
              onClick={props.onAdd}
              data-testid="new-entry"
              aria-label="Add entry"
              className="ml-1"
            >
              <Icon name="plus" />
              <span className="hidden sm:inline">Add entry</span>
            </Button>
          )}
        </div>
      </div>
    );
  },
);
