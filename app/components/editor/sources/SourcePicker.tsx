"use client";

import { useId, useMemo, useRef, useState } from "react";
import type { Source } from "@/lib/document";
import {
  CSL_TYPE_LABELS,
  compareReferenceKeys,
  issuedYear,
  referenceSortKey,
  shortAuthors,
  sourceMatches,
} from "@/lib/sources";
import { cx } from "../../ui/cx";
import { Icon } from "../../ui/Icon";

export interface SourcePickerProps {
  /** The chosen source's id, or "". */
  value: string;
  onChange: (sourceId: string) => void;
  sources: Source[];
  /** Offers "+ New source" at the end of the list; gets what was typed, as a title to start from. */
  onNew?: (title: string) => void;
  id?: string;
  invalid?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  "aria-describedby"?: string;
}

/** How many matches the list shows; typing narrows it. */
const LIMIT = 50;

/** One line naming a source in the picker: authors, title and year. */
export function sourceLabel(source: Source): string {
  const authors = shortAuthors(source);
  const year = issuedYear(source.issued);
  return [authors, source.title].filter(Boolean).join(", ") + (year ? ` (${year})` : "");
}

/** The second line of an option: who, when, what. */
function optionMeta(source: Source): string {
  const who =
    shortAuthors(source) ||
    (source.type === "article-newspaper" || source.type === "article-magazine"
      ? source["container-title"]
      : "");
  return [who, issuedYear(source.issued), CSL_TYPE_LABELS[source.type]].filter(Boolean).join(" · ");
}

/**
 * A searchable select over the library (an ARIA combobox): type to filter by
 * title, author, year, container or key; arrows and Enter choose.
 */
export function SourcePicker({
  value,
  onChange,
  sources,
  onNew,
  id,
  invalid,
  disabled,
  autoFocus,
  "aria-describedby": describedBy,
}: SourcePickerProps) {
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const selected = sources.find((source) => source.id === value);

  // The order of the library panel, so a source is where one expects it.
  const sorted = useMemo(
    () =>
      sources
        .map((source) => ({ source, key: referenceSortKey(source) }))
        .sort((a, b) => compareReferenceKeys(a.key, b.key))
        .map(({ source }) => source),
    [sources],
  );
  const matches = useMemo(
    () => sorted.filter((source) => sourceMatches(source, query)).slice(0, LIMIT),
    [sorted, query],
  );
  const options: Array<{ kind: "source"; source: Source } | { kind: "new" }> = [
    ...matches.map((source) => ({ kind: "source" as const, source })),
    ...(onNew ? [{ kind: "new" as const }] : []),
  ];
  const activeIndex = Math.min(active, options.length - 1);

  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    setOpen(false);
    if (option.kind === "new") onNew?.(query);
    else onChange(option.source.id);
    setQuery("");
  };

  const optionId = (index: number) => `${listId}-option-${index}`;

  return (
    <div className="relative">
      <Icon
        name="search"
        className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-faint"
      />
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options.length > 0 ? optionId(activeIndex) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        // biome-ignore lint/a11y/noAutofocus: the picker is the first field of a form opened on purpose.
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        placeholder={
          sources.length === 0
            ? "No sources yet"
            : `Search ${sources.length.toLocaleString("en")} sources`
        }
        value={open ? query : selected ? sourceLabel(selected) : value ? "Missing source" : ""}
        onFocus={() => {
          setQuery("");
          setActive(0);
        }}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(options.length - 1, i + 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (event.key === "Enter" && open) {
            event.preventDefault();
            choose(activeIndex);
          } else if (event.key === "Escape" && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
        data-testid="source-picker"
        className={cx(
          "h-9 w-full min-w-0 truncate rounded-md border border-line-strong bg-surface pr-3 pl-8 text-base text-ink shadow-card placeholder:text-faint focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none",
          invalid && "border-danger! focus:ring-danger/15!",
          !open && value && !selected && "text-danger",
        )}
      />
      {open && (
        <div
          id={listId}
          role="listbox"
          aria-label="Sources"
          className="absolute top-full right-0 left-0 z-50 mt-1 max-h-64 overflow-y-auto rounded-md border border-line bg-surface py-1 shadow-pop"
          data-testid="source-options"
        >
          {matches.length === 0 && (
            <p className="px-3 py-2 text-sm text-muted">
              {sources.length === 0 ? "The library is empty." : `No source matches “${query}”.`}
            </p>
          )}
          {options.map((option, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (aria-activedescendant).
            <div
              key={option.kind === "new" ? "new" : option.source.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              tabIndex={-1}
              // Keep the focus in the input, so the list stays open until the choice is made.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => choose(index)}
              className={cx(
                "cursor-pointer px-3 py-1.5 text-sm",
                index === activeIndex && "bg-accent-soft",
                option.kind === "new" &&
                  "mt-1 flex items-center gap-1.5 border-t border-line pt-2 font-medium text-accent",
              )}
            >
              {option.kind === "new" ? (
                <>
                  <Icon name="plus" />
                  {query.trim() ? `New source “${query.trim()}”` : "New source"}
                </>
              ) : (
                <>
                  <span
                    className={cx(
                      "block truncate",
                      option.source.id === value ? "font-medium text-ink" : "text-ink-soft",
                    )}
                  >
                    {option.source.title}
                  </span>
                  <span className="block truncate text-xs text-muted">
                    {optionMeta(option.source)}
                  </span>
                </>
              )}
            </div>
          ))}
          {sources.length > 0 && matches.length === LIMIT && (
            <p className="px-3 py-1 text-xs text-muted">Type to narrow the list.</p>
          )}
        </div>
      )}
    </div>
  );
}
