"use client";

import { useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";
import type { ThreadDTO } from "@/lib/discussion/protocol";
import { cx } from "../../ui/cx";
import { EmptyState } from "../../ui/EmptyState";
import { Spinner } from "../../ui/Spinner";
import type { DiscussionState } from "./discussionClient";
import type { MentionMember } from "./MentionTextarea";
import { placeThread } from "./placement";
import { ThreadCard } from "./ThreadCard";
import type { DiscussionActions } from "./useDiscussion";

export const THREAD_FILTERS = ["all", "mine", "mentions", "disputes"] as const;
export type ThreadFilter = (typeof THREAD_FILTERS)[number];

const FILTER_LABELS: Record<ThreadFilter, string> = {
  all: "All",
  mine: "Mine",
  mentions: "Mentions me",
  disputes: "Disputes",
};

export interface DiscussionPanelProps {
  doc: Y.Doc;
  state: DiscussionState;
  actions: DiscussionActions;
  meId: string;
  canComment: boolean;
  canModerate: boolean;
  members: MentionMember[];
  /** Threads of this entry only, when one is selected and "This entry" is chosen. */
  selectedEntryId: string | null;
  activeThreadId: string | null;
  entryTitle: (id: string) => string | null;
  onReveal: (entryId: string, threadId: string) => void;
  /** Changes with the document, so orphans are found again after edits. */
  contentVersion: number;
  /** The socket is down: threads cannot load or change until it is back. */
  offline: boolean;
}

function matches(thread: ThreadDTO, filter: ThreadFilter, meId: string): boolean {
  switch (filter) {
    case "all":
      return true;
    case "mine":
      return thread.createdBy.id === meId || thread.comments.some((c) => c.author.id === meId);
    case "mentions":
      return thread.comments.some((c) => !c.deleted && c.mentions.includes(meId));
    case "disputes":
      return thread.kind === "dispute";
  }
}

/** The Discussion tab: threads with filters, resolved ones on request, and orphans apart. */
export function DiscussionPanel(props: DiscussionPanelProps) {
  const { doc, state, meId, selectedEntryId, contentVersion } = props;
  const [filter, setFilter] = useState<ThreadFilter>("all");
  const [showResolved, setShowResolved] = useState(false);
  const [scope, setScope] = useState<"entry" | "all">("entry");
  const entryScope = scope === "entry" && selectedEntryId !== null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: contentVersion marks document changes that can orphan a thread.
  const placed = useMemo(
    () =>
      [...state.threads.values()]
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map((thread) => ({ thread, ...placeThread(doc, thread) })),
    [state.threads, doc, contentVersion],
  );

  const visible = placed.filter(
    ({ thread }) =>
      (!entryScope || thread.entryId === selectedEntryId) &&
      (showResolved || thread.status === "open") &&
      matches(thread, filter, meId),
  );
  const attached = visible.filter((item) => !item.orphan);
  const orphans = visible.filter((item) => item.orphan);
  const resolvedHidden = placed.filter(
    ({ thread }) =>
      thread.status === "resolved" && (!entryScope || thread.entryId === selectedEntryId),
  ).length;

  // The thread opened from a highlight, a badge or the inbox comes into view.
  useEffect(() => {
    if (!props.activeThreadId || !state.ready) return;
    document
      .querySelector(`[data-testid="thread"][data-thread-id="${CSS.escape(props.activeThreadId)}"]`)
      ?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [props.activeThreadId, state.ready]);

  const card = (item: (typeof placed)[number]) => (
    <ThreadCard
      key={item.thread.id}
      thread={item.thread}
      subject={item.subject}
      orphan={item.orphan}
      entryTitle={entryScope ? undefined : (props.entryTitle(item.thread.entryId) ?? undefined)}
      meId={meId}
      canComment={props.canComment}
      canModerate={props.canModerate}
      members={props.members}
      actions={props.actions}
      active={props.activeThreadId === item.thread.id}
      onReveal={() => props.onReveal(item.thread.entryId, item.thread.id)}
    />
  );

  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="discussion-panel">
      <div className="flex shrink-0 flex-col gap-2 border-b border-line p-3">
        <fieldset className="flex items-center gap-1" aria-label="Which threads">
          {(["entry", "all"] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={scope === value}
              disabled={value === "entry" && selectedEntryId === null}
              onClick={() => setScope(value)}
              className={cx(
                "rounded-md px-2 py-1 text-sm disabled:opacity-40",
                (value === "entry" ? entryScope : !entryScope)
                  ? "bg-accent-soft font-medium text-accent-strong"
                  : "text-muted hover:bg-sunken",
              )}
            >
              {value === "entry" ? "This entry" : "All entries"}
            </button>
          ))}
          <label className="ml-auto flex items-center gap-1.5 text-xs text-muted">
            <input
              type="checkbox"
              checked={showResolved}
              onChange={(event) => setShowResolved(event.target.checked)}
              data-testid="show-resolved"
            />
            Show resolved{resolvedHidden > 0 && !showResolved ? ` (${resolvedHidden})` : ""}
          </label>
        </fieldset>
        <fieldset className="flex flex-wrap gap-1" aria-label="Filter threads">
          {THREAD_FILTERS.map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={filter === value}
              onClick={() => setFilter(value)}
              data-testid={`thread-filter-${value}`}
              className={cx(
                "rounded-full border px-2.5 py-0.5 text-xs",
                filter === value
                  ? "border-accent bg-accent-soft text-accent-strong"
                  : "border-line text-muted hover:border-line-strong",
              )}
            >
              {FILTER_LABELS[value]}
            </button>
          ))}
        </fieldset>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain p-3">
        {!state.ready && props.offline ? (
          <EmptyState icon="cloudOff" title="Offline" testId="threads-offline" className="py-8">
            The discussion is kept on the server. It comes back, with everything said meanwhile, as
            soon as the connection does.
          </EmptyState>
        ) : !state.ready ? (
          <div className="flex items-center justify-center gap-2 py-10 text-sm text-muted">
            <Spinner /> Loading the discussion…
          </div>
        ) : attached.length === 0 && orphans.length === 0 ? (
          <EmptyState icon="quote" title="No threads here" testId="threads-empty" className="py-8">
            {props.canComment
              ? "Select words in an entry, or open a claim, and press Comment to start a thread."
              : "Nobody has started a thread here yet."}
          </EmptyState>
        ) : (
          <div className="flex flex-col gap-3">
            {attached.map(card)}
            {orphans.length > 0 && (
              <section aria-label="Orphaned threads" data-testid="orphans" className="mt-2">
                <h3 className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">
                  Orphaned threads ({orphans.length})
                </h3>
                <div className="flex flex-col gap-3">{orphans.map(card)}</div>
              </section>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
