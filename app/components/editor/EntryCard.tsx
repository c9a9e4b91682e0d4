"use client";

import { memo, useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { describeWhen } from "@/lib/dates";
import { createTitleAnchor, resolveTitleAnchor } from "@/lib/discussion/anchor";
import {
  type Citation,
  EntryError,
  entryCitations,
  type Lane,
  removeEntryCitation,
  type Source,
  updateEntry,
} from "@/lib/document";
import type { ReviewDTO, ReviewStatus } from "@/lib/review/protocol";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { Icon } from "../ui/Icon";
import { useToast } from "../ui/Toast";
import { Avatar } from "./Avatar";
import { BodyView } from "./BodyView";
import { AddClaim } from "./claims/AddClaim";
import { CitationNotes } from "./claims/CitationNotes";
import { ClaimsSection } from "./claims/ClaimsSection";
import { EntryBadges } from "./claims/EntryBadges";
import type { EntryDiscussion } from "./discussion/EntryDiscussion";
import { OpenThreadsBadge } from "./discussion/OpenThreadsBadge";
import { StartThreadButton } from "./discussion/StartThreadButton";
import { EntryBodyEditor } from "./EntryBodyEditor";
import { LaneField } from "./fields/LaneField";
import { TagsField } from "./fields/TagsField";
import { TitleField } from "./fields/TitleField";
import { WhenField } from "./fields/WhenField";
import type { LocalUser } from "./identity";
import type { EntryReviewing } from "./review/EntryReviewing";
import { EntryReviewSection } from "./review/EntryReviewSection";
import { ReviewBadge } from "./review/ReviewBadge";
import { liveStatus } from "./review/status";
import type { TimelineStore } from "./timelineStore";
import { useEntryVersion } from "./useEntryVersion";
import type { Peer } from "./usePresence";

export interface EntryCardProps {
  id: string;
  index: number;
  doc: Y.Doc;
  /** Null for a saved version opened read-only: the body shows without an editor. */
  provider: WebsocketProvider | null;
  store: TimelineStore;
  lanes: Lane[];
  sources: Source[];
  sourcesById: ReadonlyMap<string, Source>;
  selected: boolean;
  /** Focus the title when the card mounts (a new entry). */
  focusTitle: boolean;
  readOnly: boolean;
  user: LocalUser;
  origin: unknown;
  peers: Peer[];
  discussion: EntryDiscussion;
  /** Null where reviews do not apply (a saved version). */
  reviewing: EntryReviewing | null;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
  measureRef: (node: HTMLElement | null) => void;
}

/**
 * One entry. Every card renders its title, date, lane, tags and a static
 * body; the selected card also mounts the field editors and the live Tiptap
 * body. It subscribes to its own entry, so edits elsewhere skip it.
 */
export const EntryCard = memo(function EntryCard({
  id,
  index,
  doc,
  provider,
  store,
  lanes,
  sources,
  sourcesById,
  selected,
  focusTitle,
  readOnly,
  user,
  origin,
  peers,
  discussion,
  reviewing,
  onSelect,
  onDelete,
  measureRef,
}: EntryCardProps) {
  const toast = useToast();
  const version = useEntryVersion(store, id);
  // A click on the static body selects the entry and puts the caret in its editor.
  const [focusBody, setFocusBody] = useState(false);
  useEffect(() => {
    if (!selected) setFocusBody(false);
  }, [selected]);
  const entry = store.entry(id);
  if (!entry) return null;
  const flags = store.entryFlags(id);
  const citations: Citation[] = flags.citations > 0 ? entryCitations(doc, id) : [];
  const lane = lanes.find((l) => l.id === entry.laneId);
  const review = reviewing?.reviews.get(id);
  const status = reviewing ? liveStatus(store, id, review) : null;
  const titleInput = () =>
    document.querySelector<HTMLTextAreaElement>(
      `[data-entry-id="${CSS.escape(id)}"] [data-testid="entry-title-input"]`,
    );

  const update = (patch: Parameters<typeof updateEntry>[2]) => {
    try {
      updateEntry(doc, id, patch, origin);
    } catch (error) {
      if (error instanceof EntryError && error.field === "when") throw error;
      toast({
        tone: "error",
        message: error instanceof Error ? error.message : "The change could not be saved.",
      });
    }
  };

  return (
    <article
      ref={measureRef}
      data-index={index}
      data-entry-id={id}
      data-testid="entry-card"
      data-selected={selected || undefined}
      aria-label={entry.title || "Untitled entry"}
      aria-current={selected || undefined}
      onFocusCapture={() => {
        if (!selected) onSelect(id);
      }}
      onMouseDown={(event) => {
        const target = event.target as HTMLElement;
        if (selected || target.closest("button, a, input, textarea, select")) return;
        if (!readOnly && target.closest("[data-testid='entry-body']")) setFocusBody(true);
        onSelect(id);
      }}
      className="px-6 pb-3"
    >
      <div
        className={cx(
          "group relative overflow-hidden rounded-lg border bg-surface pt-3 pr-4 pb-4 pl-5 transition-[border-color,box-shadow]",
          selected
            ? "border-accent/60 shadow-pop ring-2 ring-accent/15"
            : "border-line shadow-card hover:border-line-strong",
        )}
      >
        <span
          aria-hidden
          className="absolute inset-y-0 left-0 w-1"
          style={{ background: lane?.color ?? "var(--color-line-strong)" }}
        />
        <header className="flex min-h-7 items-start gap-2 text-sm">
          <div className="flex min-h-7 min-w-0 flex-1 flex-wrap items-center gap-x-2 gap-y-1">
            <time
              data-testid="entry-when"
              title={entry.when || "No date"}
              className={cx(
                "font-semibold whitespace-nowrap",
                entry.when ? "text-ink" : "text-muted",
              )}
            >
              {describeWhen(entry.when)}
            </time>
            {lane && (
              <span
                className="inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap"
                style={{ background: `${lane.color}14`, color: lane.color }}
              >
                <span
                  aria-hidden
                  className="h-1.5 w-1.5 rounded-full"
                  style={{ background: lane.color }}
                />
                {lane.name}
              </span>
            )}
            {reviewing?.ready && status && (
              <ReviewBadge
                status={status}
                detail={reviewDetail(status, review)}
                onClick={() => (selected ? reviewing.openPanel() : onSelect(id))}
              />
            )}
            <EntryBadges flags={flags} />
            <OpenThreadsBadge
              count={discussion.openCount.get(id) ?? 0}
              onOpen={() => {
                onSelect(id);
                discussion.open(null);
              }}
            />
            {!selected &&
              entry.tags.map((tag) => (
                <span key={tag} className="rounded bg-sunken px-1.5 py-0.5 text-xs text-muted">
                  {tag}
                </span>
              ))}
          </div>
          <span className="flex shrink-0 items-center gap-2">
            {peers.length > 0 && (
              <span className="flex -space-x-1" data-testid="entry-presence">
                {peers.map((peer) => (
                  <Avatar
                    key={peer.clientId}
                    name={peer.name}
                    color={peer.color}
                    size="sm"
                    title={`${peer.name} is here`}
                  />
                ))}
              </span>
            )}
            {selected && discussion.canComment && (
              <StartThreadButton
                discussion={discussion}
                compact
                label="Comment on the selected words of the title"
                emptyHint="Select words in the title (or the text) first, then press Comment."
                testId="comment-title"
                holdsSelection={() => {
                  const input = titleInput();
                  return (
                    !!input &&
                    document.activeElement === input &&
                    input.selectionStart !== input.selectionEnd
                  );
                }}
                target={() => {
                  const input = titleInput();
                  const anchor = input
                    ? createTitleAnchor(entry.title, input.selectionStart, input.selectionEnd)
                    : null;
                  return anchor ? { subject: anchor.quote, thread: { entryId: id, anchor } } : null;
                }}
              />
            )}
            {!readOnly && (
              <Button
                variant="ghost"
                size="sm"
                icon
                aria-label="Delete entry"
                data-testid="delete-entry"
                onClick={() => onDelete(id)}
                className={cx(
                  "hover:text-danger",
                  !selected && "opacity-0 group-focus-within:opacity-100 group-hover:opacity-100",
                )}
              >
                <Icon name="trash" />
              </Button>
            )}
          </span>
        </header>
        <TitleField
          highlights={titleHighlights(entry.title, id, discussion)}
          value={entry.title}
          readOnly={readOnly}
          autoFocus={focusTitle}
          onFocus={() => onSelect(id)}
          onCommit={(title) => update({ title })}
        />
        {selected && (
          <div className="mt-2 mb-3 flex flex-col gap-2 rounded-md border border-line bg-paper/60 p-2.5">
            <WhenField
              value={entry.when}
              readOnly={readOnly}
              onCommit={(when) => update({ when })}
            />
            <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
              <LaneField
                lanes={lanes}
                value={entry.laneId}
                readOnly={readOnly}
                onChange={(laneId) => update({ laneId })}
              />
              <div className="min-w-64 flex-1">
                <TagsField
                  tags={entry.tags}
                  readOnly={readOnly}
                  onChange={(tags) => update({ tags })}
                />
              </div>
            </div>
          </div>
        )}
        <div className="mt-1" data-testid="entry-body">
          {selected && provider ? (
            <EntryBodyEditor
              doc={doc}
              provider={provider}
              entryId={id}
              user={user}
              readOnly={readOnly}
              autoFocus={focusBody}
              sources={sources}
              origin={origin}
              discussion={discussion}
            />
          ) : (
            <BodyView doc={doc} entryId={id} version={version} />
          )}
        </div>
        <ClaimsSection
          doc={doc}
          entryId={id}
          version={version}
          sources={sources}
          sourcesById={sourcesById}
          origin={origin}
          editing={selected}
          readOnly={readOnly}
          discussion={discussion}
        />
        {selected && !readOnly && <AddClaim doc={doc} entryId={id} origin={origin} />}
        <CitationNotes
          citations={citations}
          sources={sourcesById}
          actions={
            selected && !readOnly
              ? (citation) => (
                  <button
                    type="button"
                    aria-label="Remove citation"
                    onClick={() => removeEntryCitation(doc, id, citation.id, origin)}
                    className="shrink-0 rounded p-0.5 text-faint opacity-0 group-hover/note:opacity-100 hover:text-danger focus:opacity-100"
                  >
                    <Icon name="close" />
                  </button>
                )
              : undefined
          }
        />
        {selected && reviewing && status && (
          <EntryReviewSection
            entryId={id}
            title={entry.title}
            doc={doc}
            store={store}
            version={version}
            status={status}
            review={review}
            reviewing={reviewing}
            lanes={lanes}
            sourcesById={sourcesById}
          />
        )}
      </div>
    </article>
  );
});

/** Who the review status is about, for the badge's hover text and screen readers. */
function reviewDetail(status: ReviewStatus, review: ReviewDTO | undefined): string | undefined {
  if (!review) return undefined;
  if (status === "approved" || status === "changed_since_approval")
    return review.approval ? `approved by ${review.approval.by.name}` : undefined;
  if (status === "in_review")
    return review.assignee ? `reviewer ${review.assignee.name}` : "no reviewer assigned yet";
  if (status === "changes_requested") return `asked by ${review.updatedBy.name}`;
  return undefined;
}

/** The title words open threads are about. */
function titleHighlights(title: string, entryId: string, discussion: EntryDiscussion) {
  const out: { from: number; to: number }[] = [];
  for (const thread of discussion.threads.values()) {
    if (thread.entryId !== entryId || thread.status !== "open" || thread.anchor?.field !== "title")
      continue;
    const found = resolveTitleAnchor(title, thread.anchor);
    if (found.status === "attached") out.push({ from: found.from, to: found.to });
  }
  return out;
}
