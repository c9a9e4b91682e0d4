"use client";

import {
  type Ref,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from "react";
import type * as Y from "yjs";
import { describeWhen } from "@/lib/dates";
import { type Lane, readEntryContent, type Source } from "@/lib/document";
import { diffEntryContent } from "@/lib/review/diff";
import type { ReviewDTO, ReviewStatus } from "@/lib/review/protocol";
import { Button } from "../../ui/Button";
import { cx } from "../../ui/cx";
import { EmptyState } from "../../ui/EmptyState";
import { Icon } from "../../ui/Icon";
import { Kbd } from "../../ui/Kbd";
import { Skeleton } from "../../ui/Skeleton";
import { Spinner } from "../../ui/Spinner";
import { useToast } from "../../ui/Toast";
import { Avatar } from "../Avatar";
import type { TimelineStore } from "../timelineStore";
import { useEntryVersion } from "../useEntryVersion";
import { EntryDiffView } from "./EntryDiffView";
import type { EntryReviewing } from "./EntryReviewing";
import { ReviewBadge } from "./ReviewBadge";
import { failureMessage, liveStatus } from "./status";

export const QUEUE_FILTERS = ["waiting", "mine", "changed", "disputes"] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

const FILTER_LABELS: Record<QueueFilter, string> = {
  waiting: "Waiting for review",
  mine: "Assigned to me",
  changed: "Changed since approval",
  disputes: "Open disputes",
};

/** What the editor's keyboard shortcuts ask of the queue while the Review tab is open. */
export interface ReviewQueueHandle {
  /** Selects the next (or previous) entry of the queue; false when the queue is empty. */
  move(step: 1 | -1): boolean;
  approve(): void;
  requestChanges(): void;
  /** Opens the selected queue entry in the list; false when none is selected. */
  open(): boolean;
}

export interface ReviewPanelProps {
  ref?: Ref<ReviewQueueHandle>;
  doc: Y.Doc;
  store: TimelineStore;
  /** Entry ids in chronological order. */
  order: string[];
  contentVersion: number;
  reviewing: EntryReviewing;
  /** Entries with an open dispute thread. */
  disputeThreads: ReadonlySet<string>;
  lanes: Lane[];
  sourcesById: ReadonlyMap<string, Source>;
  selectedId: string | null;
  /** Selects the entry and scrolls the list to it. */
  onReveal: (entryId: string) => void;
  /** Selects the entry and takes the keyboard to its review. */
  onOpen: (entryId: string) => void;
}

interface QueueEntry {
  id: string;
  status: ReviewStatus;
  review: ReviewDTO | undefined;
  disputed: boolean;
}

function inFilter(item: QueueEntry, filter: QueueFilter, meId: string): boolean {
  switch (filter) {
    case "waiting":
      return item.status === "in_review";
    case "mine":
      return (
        item.review?.assignee?.id === meId &&
        (item.status === "in_review" ||
          item.status === "changes_requested" ||
          item.status === "changed_since_approval")
      );
    case "changed":
      return item.status === "changed_since_approval";
    case "disputes":
      return item.disputed;
  }
}

/**
 * The Review tab: the queue of entries waiting for review, assigned to the
 * user, changed since their approval, or with open disputes, each with its
 * status, reviewer and the diff since approval. The keyboard works the
 * queue: J/K (or ↓/↑ in the list) move, A approves, R asks for changes,
 * Enter opens the entry.
 */
export function ReviewPanel({
  ref,
  doc,
  store,
  order,
  contentVersion,
  reviewing,
  disputeThreads,
  lanes,
  sourcesById,
  selectedId,
  onReveal,
  onOpen,
}: ReviewPanelProps) {
  const toast = useToast();
  const [filter, setFilter] = useState<QueueFilter>("waiting");
  const [changesFor, setChangesFor] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const { reviews, meId, canReview, unavailable, actions } = reviewing;
  const [settingRule, setSettingRule] = useState(false);
  const changeRule = async (on: boolean) => {
    if (!reviewing.setFourEyes) return;
    setSettingRule(true);
    try {
      await reviewing.setFourEyes(on);
      toast({
        tone: "success",
        message: on
          ? "Four-eyes rule on: whoever wrote an entry's latest change cannot approve it."
          : "Four-eyes rule off: anyone who may review can approve any entry.",
      });
    } catch (error) {
      toast({ tone: "error", message: failureMessage(error, "The rule was not changed.") });
    } finally {
      setSettingRule(false);
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: contentVersion marks entry changes inside the store (hashes, claims).
  const entries = useMemo<QueueEntry[]>(
    () =>
      order.map((id) => {
        const review = reviews.get(id);
        return {
          id,
          review,
          status: liveStatus(store, id, review),
          disputed: store.entryFlags(id).disputed > 0 || disputeThreads.has(id),
        };
      }),
    [order, reviews, store, disputeThreads, contentVersion],
  );
  const counts = useMemo(() => {
    const out = { waiting: 0, mine: 0, changed: 0, disputes: 0 } as Record<QueueFilter, number>;
    for (const item of entries)
      for (const key of QUEUE_FILTERS) if (inFilter(item, key, meId)) out[key]++;
    return out;
  }, [entries, meId]);
  const queue = useMemo(
    () => entries.filter((item) => inFilter(item, filter, meId)),
    [entries, filter, meId],
  );
  const ids = useMemo(() => queue.map((item) => item.id), [queue]);

  // Where the selection was in the queue, so J goes on from there after an approved entry leaves it.
  const lastIndex = useRef(-1);
  const selectedIndex = selectedId ? ids.indexOf(selectedId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) lastIndex.current = selectedIndex;
  }, [selectedIndex]);

  const approve = useCallback(
    async (id: string) => {
      if (!canReview || busyId) return;
      if (unavailable) {
        toast({ tone: "error", message: unavailable });
        return;
      }
      const title = store.entry(id)?.title || "Untitled entry";
      setBusyId(id);
      try {
        await actions.approve(id, { expectedHash: store.entryHash(id) });
        toast({ tone: "success", message: `Approved “${title}”.` });
      } catch (error) {
        toast({ tone: "error", message: failureMessage(error, "The entry was not approved.") });
      } finally {
        setBusyId(null);
      }
    },
    [canReview, busyId, unavailable, store, actions, toast],
  );

  const sendChanges = async (id: string, note: string) => {
    const title = store.entry(id)?.title || "Untitled entry";
    setBusyId(id);
    try {
      await actions.requestChanges(id, note);
      setChangesFor(null);
      toast({ tone: "success", message: `Asked for changes to “${title}”.` });
      return true;
    } catch (error) {
      toast({ tone: "error", message: failureMessage(error, "The request was not sent.") });
      return false;
    } finally {
      setBusyId(null);
    }
  };

  useImperativeHandle(
    ref,
    () => ({
      move(step) {
        if (ids.length === 0) return false;
        const index = selectedIndex;
        let next: number;
        if (index >= 0) next = Math.min(ids.length - 1, Math.max(0, index + step));
        else if (lastIndex.current >= 0)
          next = Math.min(ids.length - 1, step === 1 ? lastIndex.current : lastIndex.current - 1);
        else next = step === 1 ? 0 : ids.length - 1;
        onReveal(ids[Math.max(0, next)]);
        return true;
      },
      approve() {
        if (selectedId && selectedIndex >= 0) void approve(selectedId);
      },
      requestChanges() {
        if (!canReview || !selectedId || selectedIndex < 0) return;
        if (unavailable) toast({ tone: "error", message: unavailable });
        else setChangesFor(selectedId);
      },
      open() {
        if (!selectedId || selectedIndex < 0) return false;
        onOpen(selectedId);
        return true;
      },
    }),
    [ids, selectedIndex, selectedId, approve, canReview, unavailable, onReveal, onOpen, toast],
  );

  // The selected entry of the queue stays in view.
  useEffect(() => {
    if (!selectedId) return;
    document
      .querySelector(`[data-testid="review-item"][data-entry-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);

  /** ↓/↑ on an item go to the next or previous one (keeping the keyboard in the queue); Enter opens it. */
  const onItemKey = (event: React.KeyboardEvent<HTMLButtonElement>, id: string) => {
    const index = ids.indexOf(id);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = ids[index + (event.key === "ArrowDown" ? 1 : -1)];
      if (!next) return;
      onReveal(next);
      document
        .querySelector<HTMLElement>(
          `[data-testid="review-item"][data-entry-id="${CSS.escape(next)}"] [data-item-head]`,
        )
        ?.focus();
    } else if (event.key === "Enter") {
      event.preventDefault();
      onOpen(id);
    }
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="review-panel">
      <div className="flex shrink-0 flex-col gap-2 border-b border-line p-3">
        <fieldset className="flex flex-wrap gap-1" aria-label="Review queue">
          {QUEUE_FILTERS.map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={filter === value}
              onClick={() => setFilter(value)}
              data-testid={`review-filter-${value}`}
              className={cx(
                "inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs",
                filter === value
                  ? "border-accent bg-accent-soft text-accent-strong"
                  : "border-line text-muted hover:border-line-strong",
              )}
            >
              {FILTER_LABELS[value]}
              <span
                className={cx(
                  "rounded-full px-1.5 tabular-nums",
                  filter === value ? "bg-surface/80" : "bg-sunken",
                )}
                data-testid={`review-count-${value}`}
              >
                {reviewing.ready || value === "disputes" ? counts[value] : "–"}
              </span>
            </button>
          ))}
        </fieldset>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
          <span className="inline-flex items-center gap-1">
            <Kbd>J</Kbd>
            <Kbd>K</Kbd> move
          </span>
          {canReview && (
            <>
              <span className="inline-flex items-center gap-1">
                <Kbd>A</Kbd> approve
              </span>
              <span className="inline-flex items-center gap-1">
                <Kbd>R</Kbd> request changes
              </span>
            </>
          )}
          <span className="inline-flex items-center gap-1">
            <Kbd>Enter</Kbd> open
          </span>
          {reviewing.setFourEyes ? (
            <label
              className="ml-auto inline-flex items-center gap-1.5"
              title="When on, whoever wrote an entry's latest change cannot approve it."
            >
              <input
                type="checkbox"
                checked={reviewing.fourEyes}
                disabled={settingRule || unavailable !== null}
                onChange={(event) => void changeRule(event.target.checked)}
                data-testid="four-eyes-toggle"
              />
              Four-eyes rule
            </label>
          ) : (
            reviewing.fourEyes && (
              <span
                className="ml-auto inline-flex items-center gap-1"
                title="Whoever wrote an entry's latest change cannot approve it."
                data-testid="four-eyes-rule"
              >
                <Icon name="eye" className="h-3.5 w-3.5" /> Four-eyes rule
              </span>
            )
          )}
        </p>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain p-3">
        {!reviewing.ready && unavailable && !reviewing.connecting && filter !== "disputes" ? (
          <EmptyState icon="cloudOff" title="Offline" testId="review-offline" className="py-8">
            Reviews are kept on the server. The queue comes back, with everything decided meanwhile,
            as soon as the connection does.
          </EmptyState>
        ) : !reviewing.ready && filter !== "disputes" ? (
          <section
            className="flex flex-col gap-2"
            aria-busy="true"
            aria-label="Loading the review queue"
          >
            {[0, 1, 2].map((row) => (
              <div key={row} className="rounded-lg border border-line bg-surface p-3">
                <Skeleton className="h-4 w-3/4" />
                <Skeleton className="mt-2 h-3 w-1/3" />
                <Skeleton className="mt-3 h-5 w-24 rounded-full" />
              </div>
            ))}
          </section>
        ) : queue.length === 0 ? (
          <EmptyState
            icon={filter === "disputes" ? "flag" : "review"}
            title={EMPTY[filter].title}
            testId="review-empty"
            className="py-8"
          >
            {EMPTY[filter].text(reviewing.canRequest, reviewing.canReview)}
          </EmptyState>
        ) : (
          <ul
            aria-label={FILTER_LABELS[filter]}
            className="flex flex-col gap-2"
            data-testid="review-queue"
          >
            {queue.map((item) => (
              <QueueItem
                key={item.id}
                item={item}
                doc={doc}
                store={store}
                lanes={lanes}
                sourcesById={sourcesById}
                active={item.id === selectedId}
                canReview={canReview}
                unavailable={unavailable}
                busy={busyId === item.id}
                askingChanges={changesFor === item.id}
                onReveal={onReveal}
                onKey={onItemKey}
                onApprove={approve}
                onAskChanges={(id) => setChangesFor(id)}
                onCancelChanges={() => setChangesFor(null)}
                onSendChanges={sendChanges}
              />
            ))}
          </ul>
        )}
        {!reviewing.ready && unavailable && !reviewing.connecting && filter === "disputes" && (
          <p className="mt-3 text-xs text-muted">{unavailable}</p>
        )}
        {busyId && (
          <span className="sr-only" role="status">
            <Spinner /> Saving…
          </span>
        )}
      </div>
    </div>
  );
}

const EMPTY: Record<
  QueueFilter,
  { title: string; text: (canRequest: boolean, canReview: boolean) => string }
> = {
  waiting: {
    title: "Nothing is waiting for review",
    text: (canRequest) =>
      canRequest
        ? "Select an entry, then press “Request review” in its Review section to ask a reviewer to check it."
        : "Entries show up here when an editor asks for a review.",
  },
  mine: {
    title: "Nothing is assigned to you",
    text: (_canRequest, canReview) =>
      canReview
        ? "When an editor names you as the reviewer of an entry, it shows up here."
        : "Only reviewers and owners are assigned entries to review.",
  },
  changed: {
    title: "No approved entry has changed",
    text: () =>
      "When someone edits an approved entry, it shows up here with what changed since the approval.",
  },
  disputes: {
    title: "No open disputes",
    text: () =>
      "Entries where accounts differ, or with an open dispute thread, show up here until they are settled.",
  },
};

function QueueItem({
  item,
  doc,
  store,
  lanes,
  sourcesById,
  active,
  canReview,
  unavailable,
  busy,
  askingChanges,
  onReveal,
  onKey,
  onApprove,
  onAskChanges,
  onCancelChanges,
  onSendChanges,
}: {
  item: QueueEntry;
  doc: Y.Doc;
  store: TimelineStore;
  lanes: Lane[];
  sourcesById: ReadonlyMap<string, Source>;
  active: boolean;
  canReview: boolean;
  unavailable: string | null;
  busy: boolean;
  askingChanges: boolean;
  onReveal: (id: string) => void;
  onKey: (event: React.KeyboardEvent<HTMLButtonElement>, id: string) => void;
  onApprove: (id: string) => void;
  onAskChanges: (id: string) => void;
  onCancelChanges: () => void;
  onSendChanges: (id: string, note: string) => Promise<boolean>;
}) {
  const { id, review, status } = item;
  const version = useEntryVersion(store, id);
  const [note, setNote] = useState("");
  useEffect(() => {
    if (!askingChanges) setNote("");
  }, [askingChanges]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version marks when the entry changed inside the document.
  const diff = useMemo(() => {
    if (status !== "changed_since_approval" || !review?.approval) return null;
    const now = readEntryContent(doc, id);
    return now ? diffEntryContent(review.approval.content, now) : null;
  }, [status, review?.approval, doc, id, version]);
  const entry = store.entry(id);
  if (!entry) return null;
  const lane = lanes.find((l) => l.id === entry.laneId);
  const showNote = review?.note && (status === "in_review" || status === "changes_requested");

  return (
    <li
      aria-current={active || undefined}
      data-testid="review-item"
      data-entry-id={id}
      data-status={status}
      className={cx(
        "rounded-lg border bg-surface shadow-card transition-colors",
        active ? "border-accent/60 ring-2 ring-accent/15" : "border-line hover:border-line-strong",
      )}
    >
      <button
        type="button"
        data-item-head
        onClick={() => onReveal(id)}
        onKeyDown={(event) => onKey(event, id)}
        className="block w-full rounded-t-lg px-3 pt-2.5 pb-2 text-left focus-visible:outline-offset-[-2px]"
        title="Show in the timeline (Enter opens its review)"
      >
        <span className="flex items-baseline gap-2 text-xs text-muted">
          <span className="font-semibold text-ink-soft">{describeWhen(entry.when)}</span>
          {lane && (
            <span className="inline-flex items-center gap-1 truncate">
              <span
                aria-hidden
                className="h-1.5 w-1.5 shrink-0 rounded-full"
                style={{ background: lane.color }}
              />
              {lane.name}
            </span>
          )}
        </span>
        <span
          className="mt-0.5 block text-base font-medium text-ink"
          data-testid="review-item-title"
        >
          {entry.title || <span className="text-faint">Untitled entry</span>}
        </span>
        <span className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1">
          <ReviewBadge status={status} />
          {item.disputed && (
            <span className="inline-flex items-center gap-1 text-xs font-medium text-warning">
              <Icon name="flag" /> disputed
            </span>
          )}
          {review?.assignee ? (
            <span className="inline-flex items-center gap-1 text-xs text-muted">
              <Avatar name={review.assignee.name} color={review.assignee.color} size="sm" />
              {review.assignee.name}
            </span>
          ) : (
            status === "in_review" && <span className="text-xs text-faint">No reviewer yet</span>
          )}
        </span>
        {showNote && (
          <span className="mt-1.5 line-clamp-2 block border-l-2 border-line-strong pl-2 text-sm text-ink-soft">
            “{review.note}” <span className="text-muted">— {review.updatedBy.name}</span>
          </span>
        )}
      </button>
      {diff && (
        <div className="border-t border-line px-3 py-2">
          <p className="mb-1 text-xs font-medium text-warning">
            Since {review?.approval?.by.name}’s approval
          </p>
          <EntryDiffView diff={diff} lanes={lanes} sourcesById={sourcesById} compact />
        </div>
      )}
      {active && canReview && !askingChanges && (
        <div className="flex items-center gap-1.5 border-t border-line px-3 py-2">
          {status !== "approved" && (
            <Button
              size="sm"
              variant="primary"
              disabled={busy || unavailable !== null}
              title={unavailable ?? "Approve (A)"}
              onClick={() => onApprove(id)}
              data-testid="queue-approve"
            >
              {busy ? <Spinner className="h-3 w-3" /> : <Icon name="check" />}
              Approve
              <Kbd className="border-white/30 bg-white/10 text-white">A</Kbd>
            </Button>
          )}
          <Button
            size="sm"
            disabled={busy || unavailable !== null}
            title={unavailable ?? "Request changes (R)"}
            onClick={() => onAskChanges(id)}
            data-testid="queue-request-changes"
          >
            Request changes
            <Kbd>R</Kbd>
          </Button>
        </div>
      )}
      {askingChanges && (
        <form
          className="flex flex-col gap-2 border-t border-line px-3 py-2"
          data-testid="queue-changes-form"
          onSubmit={async (event) => {
            event.preventDefault();
            if (note.trim()) await onSendChanges(id, note);
          }}
        >
          <label className="text-sm font-medium text-ink-soft">
            What should change?
            <textarea
              // biome-ignore lint/a11y/noAutofocus: R opens this field to type in at once.
              autoFocus
              rows={2}
              value={note}
              maxLength={4000}
              onChange={(event) => setNote(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
                  event.preventDefault();
                  event.currentTarget.form?.requestSubmit();
                } else if (event.key === "Escape") {
                  event.stopPropagation();
                  onCancelChanges();
                }
              }}
              placeholder="Say what is missing or wrong, so the editor knows what to do."
              data-testid="queue-changes-note"
              className="mt-1 block w-full resize-y rounded-md border border-line-strong bg-surface px-2.5 py-1.5 text-base font-normal text-ink placeholder:text-faint focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none"
            />
          </label>
          <div className="flex justify-end gap-2">
            <Button size="sm" variant="ghost" onClick={onCancelChanges}>
              Cancel
            </Button>
            <Button
              size="sm"
              variant="primary"
              type="submit"
              disabled={busy || !note.trim()}
              data-testid="queue-changes-send"
            >
              {busy && <Spinner className="h-3 w-3" />}
              Send back
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
