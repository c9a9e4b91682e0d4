"use client";

import { forwardRef } from "react";
import type { Lane } from "@/lib/document";
import { Button } from "../ui/Button";
import { Icon } from "../ui/Icon";
import { Kbd } from "../ui/Kbd";
import { SelectChevron } from "../ui/SelectChevron";
import { useModKey } from "../ui/useModKey";
import type { ShowFilter } from "./searchFilter";

export interface FilterBarProps {
  query: string;
  onQuery: (query: string) => void;
  laneId: string;
  onLane: (laneId: string) => void;
  show: ShowFilter;
  onShow: (show: ShowFilter) => void;
  lanes: Lane[];
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

/** Search and lane filter (both narrow the axis and the list; kept in the URL), lanes, undo and add. */
export const FilterBar = forwardRef<HTMLInputElement, FilterBarProps>(
  function FilterBar(props, searchRef) {
    const mod = useModKey();
    const filtered = props.query.trim() !== "" || props.laneId !== "" || props.show !== "";
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
            value={props.query}
            onChange={(event) => props.onQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                if (props.query) props.onQuery("");
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
        <div className="relative">
          <select
            aria-label="Filter by lane"
            data-testid="lane-filter"
            value={props.laneId}
            onChange={(event) => props.onLane(event.target.value)}
            className="h-8 appearance-none rounded-md border border-line-strong bg-surface pr-8 pl-2.5 text-sm text-ink focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none"
          >
            <option value="">All lanes</option>
            {props.lanes.map((lane) => (
              <option key={lane.id} value={lane.id}>
                {lane.name}
              </option>
            ))}
          </select>
          <SelectChevron />
        </div>
        <div className="relative">
          <select
            aria-label="Show"
            data-testid="show-filter"
            value={props.show}
            onChange={(event) => props.onShow(event.target.value as ShowFilter)}
            className="h-8 appearance-none rounded-md border border-line-strong bg-surface pr-8 pl-2.5 text-sm text-ink focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none"
          >
            <option value="">All entries</option>
            <option value="disputed">Accounts differ</option>
            <option value="unsourced">Unsourced</option>
          </select>
          <SelectChevron />
        </div>
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
        {filtered && (
          <span
            className="ml-1 flex items-center gap-1 text-sm text-muted"
            data-testid="filter-count"
          >
            {props.shown.toLocaleString("en")} of {props.total.toLocaleString("en")}
            <button
              type="button"
              onClick={() => {
                props.onQuery("");
                props.onLane("");
                props.onShow("");
              }}
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
