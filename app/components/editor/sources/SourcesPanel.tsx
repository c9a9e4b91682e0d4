"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import { describeWhen } from "@/lib/dates";
import { deleteSource, type Source } from "@/lib/document";
import {
  CSL_TYPE_LABELS,
  compareReferenceKeys,
  formatReference,
  referenceSortKey,
  shortTitle,
  sourceMatches,
} from "@/lib/sources";
import { Button } from "../../ui/Button";
import { cx } from "../../ui/cx";
import { EmptyState } from "../../ui/EmptyState";
import { Icon } from "../../ui/Icon";
import { useToast } from "../../ui/Toast";
import type { TimelineStore } from "../timelineStore";
import { DeleteSourceDialog } from "./DeleteSourceDialog";
import { ImportDialog } from "./ImportDialog";
import { useReferenceStyle } from "./lazyLibs";
import { SourceFormDialog } from "./SourceForm";
import { useCitedBy } from "./useCitedBy";

export interface SourcesPanelProps {
  doc: Y.Doc;
  store: TimelineStore;
  /** The library, as in the store's snapshot. */
  sources: Source[];
  /** Entry ids in chronological order (the snapshot's `order`). */
  order: string[];
  contentVersion: number;
  /** Bumped when entry titles or dates change, so "cited by" lists show them fresh. */
  fieldsVersion: number;
  readOnly: boolean;
  origin: unknown;
  manager: Y.UndoManager | null;
  /** Selects an entry and scrolls the list to it. */
  onReveal: (entryId: string) => void;
  /** Focus the search box on mount (the panel was opened from the keyboard). */
  autoFocus?: boolean;
}

const NO_ENTRIES: string[] = [];

/**
 * The timeline's source library: search, the full reference of each source,
 * which entries cite it, and (for editors) add, import, edit and delete.
 * The list is virtualized, so only the references in view are formatted.
 */
export function SourcesPanel({
  doc,
  store,
  sources,
  order,
  contentVersion,
  fieldsVersion,
  readOnly,
  origin,
  manager,
  onReveal,
  autoFocus,
}: SourcesPanelProps) {
  const toast = useToast();
  const [query, setQuery] = useState("");
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const citedBy = useCitedBy(doc, store, order, contentVersion);
  // Plainer references show until citeproc has loaded; then every row re-renders styled.
  const styled = useReferenceStyle();
  // In bibliography order: by the name each reference starts with, as it reads in the list.
  const sorted = useMemo(
    () =>
      sources
        .map((source) => ({ source, key: referenceSortKey(source) }))
        .sort((a, b) => compareReferenceKeys(a.key, b.key))
        .map(({ source }) => source),
    [sources],
  );
  const shown = useMemo(
    () => sorted.filter((source) => sourceMatches(source, query)),
    [sorted, query],
  );
  const byId = useMemo(() => new Map(sources.map((source) => [source.id, source])), [sources]);

  useEffect(() => {
    if (autoFocus) searchRef.current?.focus();
  }, [autoFocus]);

  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 84,
    overscan: 6,
    getItemKey: (index) => shown[index].id,
  });

  const [scrollTo, setScrollTo] = useState<string | null>(null);
  useEffect(() => {
    if (!scrollTo) return;
    const index = shown.findIndex((source) => source.id === scrollTo);
    if (index >= 0) {
      virtualizer.scrollToIndex(index, { align: "auto" });
      setScrollTo(null);
    }
  }, [scrollTo, shown, virtualizer]);

  const toggle = useCallback(
    (id: string) => setExpandedId((open) => (open === id ? null : id)),
    [],
  );

  const remove = (source: Source) => {
    if (readOnly) return;
    manager?.stopCapturing();
    try {
      deleteSource(doc, source.id, origin);
    } catch {
      toast({ tone: "error", message: "The source could not be deleted." });
      return;
    }
    manager?.stopCapturing();
    const item = manager?.undoStack[manager.undoStack.length - 1];
    toast({
      message: `Deleted “${shortTitle(source)}”.`,
      action: manager
        ? {
            label: "Undo",
            run: () => {
              if (manager.undoStack[manager.undoStack.length - 1] === item) manager.undo();
              else
                toast({
                  tone: "error",
                  message:
                    "Other changes came after the deletion; use Undo in the toolbar to step back to it.",
                });
            },
          }
        : undefined,
    });
  };

  const editingSource = editing && editing !== "new" ? byId.get(editing) : undefined;
  const deleting = deletingId ? byId.get(deletingId) : undefined;
  const items = virtualizer.getVirtualItems();

  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="sources-panel">
      <div
        className={cx(
          "flex shrink-0 flex-col gap-2 border-b border-line p-3",
          // An empty library shows its own actions in the empty state.
          sources.length === 0 && "hidden",
        )}
      >
        <div className="flex items-center gap-2">
          <div className="relative min-w-0 flex-1">
            <Icon
              name="search"
              className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-faint"
            />
            <input
              ref={searchRef}
              type="search"
              aria-label="Search sources"
              placeholder="Search sources"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Escape" && query) {
                  event.stopPropagation();
                  setQuery("");
                }
              }}
              data-testid="sources-search"
              className="h-8 w-full rounded-md border border-line-strong bg-paper pr-2 pl-8 text-base placeholder:text-faint focus:border-accent focus:bg-surface focus:ring-2 focus:ring-accent/15 focus:outline-none [&::-webkit-search-cancel-button]:hidden"
            />
          </div>
          {!readOnly && (
            <>
              <Button
                size="sm"
                variant="primary"
                onClick={() => setEditing("new")}
                data-testid="add-source"
              >
                <Icon name="plus" />
                Add
              </Button>
              <Button size="sm" onClick={() => setImportOpen(true)} data-testid="import-sources">
                Import
              </Button>
            </>
          )}
        </div>
        {sources.length > 0 && (
          <p className="text-xs text-muted" data-testid="sources-count">
            {query.trim()
              ? `${shown.length.toLocaleString("en")} of ${sources.length.toLocaleString("en")} sources`
              : `${sources.length.toLocaleString("en")} ${sources.length === 1 ? "source" : "sources"}`}
            {" · "}
            {countUncited(sources, citedBy)}
          </p>
        )}
      </div>

      <div ref={scrollRef} className="min-h-0 flex-1 overflow-y-auto overscroll-contain">
        {sources.length === 0 ? (
          <div className="p-4">
            <EmptyState
              icon="book"
              title="No sources yet"
              testId="sources-empty"
              className="py-8"
              action={
                !readOnly && (
                  <div className="flex gap-2">
                    <Button variant="primary" onClick={() => setEditing("new")}>
                      <Icon name="plus" />
                      Add source
                    </Button>
                    <Button onClick={() => setImportOpen(true)}>Import</Button>
                  </div>
                )
              }
            >
              {readOnly
                ? "Editors add the books, articles and documents this timeline relies on here."
                : "Add the books, articles, archive files and web pages entries rely on, or import them from Zotero as BibTeX, RIS or CSL-JSON."}
            </EmptyState>
          </div>
        ) : shown.length === 0 ? (
          <div className="p-6 text-center text-base text-muted" data-testid="sources-no-match">
            No source matches “{query.trim()}”.{" "}
            <button
              type="button"
              className="rounded px-1 text-accent hover:bg-accent-soft"
              onClick={() => setQuery("")}
            >
              Clear
            </button>
          </div>
        ) : (
          <ul
            aria-label="Sources"
            className="relative w-full"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {items.map((row) => {
              const source = shown[row.index];
              return (
                <li
                  key={row.key}
                  data-index={row.index}
                  ref={virtualizer.measureElement}
                  className="absolute top-0 left-0 w-full"
                  style={{ transform: `translateY(${row.start}px)` }}
                >
                  <SourceRow
                    source={source}
                    citing={citedBy.get(source.id) ?? NO_ENTRIES}
                    store={store}
                    fieldsVersion={fieldsVersion}
                    styled={styled}
                    expanded={expandedId === source.id}
                    readOnly={readOnly}
                    onToggle={toggle}
                    onReveal={onReveal}
                    onEdit={setEditing}
                    onDelete={setDeletingId}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>

      <SourceFormDialog
        open={editing !== null && (editing === "new" || editingSource !== undefined)}
        onClose={() => setEditing(null)}
        doc={doc}
        origin={origin}
        source={editingSource}
        onSaved={(id) => {
          if (editing === "new") {
            setQuery("");
            setExpandedId(id);
            setScrollTo(id);
          }
        }}
      />
      <ImportDialog
        open={importOpen}
        onClose={() => setImportOpen(false)}
        doc={doc}
        origin={origin}
        manager={manager}
        library={sources}
      />
      <DeleteSourceDialog
        source={deleting}
        citing={deleting ? (citedBy.get(deleting.id) ?? NO_ENTRIES) : NO_ENTRIES}
        entryTitle={(id) => store.entry(id)?.title ?? ""}
        onCancel={() => setDeletingId(null)}
        onConfirm={() => {
          if (deleting) remove(deleting);
          setDeletingId(null);
        }}
      />
    </div>
  );
}

function countUncited(sources: Source[], citedBy: ReadonlyMap<string, string[]>): string {
  const uncited = sources.filter((source) => !citedBy.has(source.id)).length;
  if (uncited === 0) return "all cited";
  return `${uncited.toLocaleString("en")} not cited`;
}

interface SourceRowProps {
  source: Source;
  citing: string[];
  store: TimelineStore;
  fieldsVersion: number;
  /** Whether references are styled yet; a change re-renders the row. */
  styled: boolean;
  expanded: boolean;
  readOnly: boolean;
  onToggle: (id: string) => void;
  onReveal: (entryId: string) => void;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
}

const SourceRow = memo(function SourceRow({
  source,
  citing,
  store,
  expanded,
  readOnly,
  onToggle,
  onReveal,
  onEdit,
  onDelete,
}: SourceRowProps) {
  const detailsId = `source-${source.id}-details`;
  const count = citing.length;
  return (
    <div
      data-testid="source-row"
      data-source-id={source.id}
      className={cx("border-b border-line", expanded && "bg-paper")}
    >
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={expanded ? detailsId : undefined}
        onClick={() => onToggle(source.id)}
        className="flex w-full items-start gap-2 px-4 py-3 text-left hover:bg-sunken focus-visible:-outline-offset-2"
      >
        <span className="min-w-0 flex-1">
          <span
            className="block text-sm leading-5 text-ink [overflow-wrap:anywhere]"
            data-testid="source-reference"
          >
            {formatReference(source)}
          </span>
          <span className="mt-1 flex items-center gap-1.5 text-xs text-muted">
            <span>{CSL_TYPE_LABELS[source.type]}</span>
            <span aria-hidden>·</span>
            <span>
              {count === 0 ? "Not cited" : `Cited by ${count} ${count === 1 ? "entry" : "entries"}`}
            </span>
          </span>
        </span>
        <Icon
          name="down"
          className={cx("mt-0.5 text-faint transition-transform", expanded && "rotate-180")}
        />
      </button>
      {expanded && (
        <div id={detailsId} className="flex flex-col gap-3 px-4 pb-3" data-testid="source-details">
          <section>
            {count === 0 ? (
              <p className="text-sm text-muted">
                {readOnly
                  ? "No entry cites this source yet."
                  : "No entry cites this source yet. Cite it from an entry's text or from an account of a claim."}
              </p>
            ) : (
              <ul aria-label="Cited in" className="flex flex-col" data-testid="cited-by">
                {citing.map((entryId) => {
                  const entry = store.entry(entryId);
                  return (
                    <li key={entryId}>
                      <button
                        type="button"
                        onClick={() => onReveal(entryId)}
                        className="-mx-2 flex w-[calc(100%+1rem)] items-baseline gap-2 rounded-md px-2 py-1 text-left hover:bg-sunken"
                      >
                        <span className="min-w-0 flex-1 truncate text-sm text-accent">
                          {entry?.title || "Untitled entry"}
                        </span>
                        {entry?.when && (
                          <span className="shrink-0 text-xs text-muted">
                            {safeDescribe(entry.when)}
                          </span>
                        )}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          {source.note && (
            <p className="text-sm whitespace-pre-line text-ink-soft">{source.note}</p>
          )}
          <div className="flex flex-wrap items-center gap-1">
            {source.URL && (
              <a
                href={source.URL}
                target="_blank"
                rel="noopener noreferrer"
                className="mr-auto inline-flex h-7 items-center gap-1.5 rounded-md px-2 text-sm text-accent hover:bg-accent-soft"
              >
                <Icon name="link" />
                Open link
              </a>
            )}
            {!readOnly && (
              <>
                <Button
                  size="sm"
                  variant="ghost"
                  className={cx(!source.URL && "ml-auto")}
                  onClick={() => onEdit(source.id)}
                  data-testid="edit-source"
                >
                  <Icon name="edit" />
                  Edit
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  className="hover:text-danger"
                  onClick={() => onDelete(source.id)}
                  data-testid="delete-source"
                >
                  <Icon name="trash" />
                  Delete
                </Button>
              </>
            )}
          </div>
        </div>
      )}
    </div>
  );
});

function safeDescribe(when: string): string {
  try {
    return describeWhen(when);
  } catch {
    return when;
  }
}
