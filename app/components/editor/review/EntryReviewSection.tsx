"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import { type Lane, readEntryContent, type Source } from "@/lib/document";
import { diffEntryContent } from "@/lib/review/diff";
import {
  REVIEW_ACTION_LABELS,
  type ReviewDTO,
  type ReviewEventDTO,
  type ReviewStatus,
} from "@/lib/review/protocol";
import { Button } from "../../ui/Button";
import { cx } from "../../ui/cx";
import { Icon } from "../../ui/Icon";
import { RelativeTime } from "../../ui/RelativeTime";
import { SelectChevron } from "../../ui/SelectChevron";
import { Skeleton } from "../../ui/Skeleton";
import { Spinner } from "../../ui/Spinner";
import { useToast } from "../../ui/Toast";
import type { TimelineStore } from "../timelineStore";
import { EntryDiffView } from "./EntryDiffView";
import type { EntryReviewing } from "./EntryReviewing";
import { ReviewBadge } from "./ReviewBadge";
import { failureMessage } from "./status";

export interface EntryReviewSectionProps {
  entryId: string;
  title: string;
  doc: Y.Doc;
  store: TimelineStore;
  /** Changes whenever the entry does. */
  version: number;
  status: ReviewStatus;
  review: ReviewDTO | undefined;
  reviewing: EntryReviewing;
  lanes: Lane[];
  sourcesById: ReadonlyMap<string, Source>;
}

type Form = "request" | "approve" | "changes" | null;

/**
 * The review of the selected entry: its status, reviewer and last note, the
 * diff since its approval when it changed, the actions the user's role
 * allows, and the audit trail.
 */
export function EntryReviewSection({
  entryId,
  title,
  doc,
  store,
  version,
  status,
  review,
  reviewing,
  lanes,
  sourcesById,
}: EntryReviewSectionProps) {
  const toast = useToast();
  const [form, setForm] = useState<Form>(null);
  const [note, setNote] = useState("");
  const [assignee, setAssignee] = useState<string>(review?.assignee?.id ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [trailOpen, setTrailOpen] = useState(false);
  /** The content hash the reviewer is looking at when they open the approval form. */
  const shownHash = useRef<string | undefined>(undefined);
  const noteId = useId();
  const { unavailable, canRequest, canReview, actions } = reviewing;

  useEffect(() => {
    if (form !== "request") setAssignee(review?.assignee?.id ?? "");
  }, [review?.assignee?.id, form]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version marks when the entry changed inside the document.
  const diff = useMemo(() => {
    if (status !== "changed_since_approval" || !review?.approval) return null;
    const now = readEntryContent(doc, entryId);
    return now ? diffEntryContent(review.approval.content, now) : null;
  }, [status, review?.approval, doc, entryId, version]);

  const open = (next: Form) => {
    setError(null);
    setNote("");
    if (next === "approve") shownHash.current = store.entryHash(entryId);
    setForm((current) => (current === next ? null : next));
  };

  const run = async (work: () => Promise<void>, done: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await work();
      setForm(null);
      setNote("");
      toast({ tone: "success", message: done });
    } catch (failure) {
      setError(failureMessage(failure, "The review could not be changed."));
    } finally {
      setBusy(false);
    }
  };

  const name = title || "Untitled entry";
  const submit = () => {
    if (form === "request")
      void run(
        () => actions.request(entryId, { assigneeId: assignee || null, note }),
        `Asked for review of “${name}”.`,
      );
    else if (form === "approve")
      void run(
        () => actions.approve(entryId, { note, expectedHash: shownHash.current }),
        `Approved “${name}”.`,
      );
    else if (form === "changes" && note.trim())
      void run(() => actions.requestChanges(entryId, note), `Asked for changes to “${name}”.`);
  };

  const reassign = (assigneeId: string) => {
    setAssignee(assigneeId);
    if (!review) return;
    void (async () => {
      try {
        await actions.assign(entryId, assigneeId || null);
      } catch (failure) {
        setAssignee(review.assignee?.id ?? "");
        toast({ tone: "error", message: failureMessage(failure, "The reviewer was not changed.") });
      }
    })();
  };

  if (!reviewing.ready) {
    return (
      <section
        aria-label="Review"
        data-testid="review-section"
        className="mt-3 rounded-md border border-line bg-paper/60 p-2.5"
      >
        {unavailable && !reviewing.connecting ? (
          <p className="flex items-center gap-1.5 text-sm text-muted">
            <Icon name="cloudOff" /> {unavailable}
          </p>
        ) : (
          <div className="flex items-center gap-2" aria-busy="true">
            <Skeleton className="h-5 w-20 rounded-full" />
            <Skeleton className="h-4 w-40" />
          </div>
        )}
      </section>
    );
  }

  const canAskForReview =
    canRequest &&
    (status === "draft" || status === "changes_requested" || status === "changed_since_approval");
  const assigneeLabel = review?.assignee ? review.assignee.name : "No reviewer assigned";

  return (
    <section
      aria-label="Review"
      data-testid="review-section"
      data-status={status}
      className={cx(
        "mt-3 rounded-md border p-2.5",
        status === "changed_since_approval"
          ? "border-warning/40 bg-warning-soft/40"
          : "border-line bg-paper/60",
      )}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1.5">
        <span className="text-xs font-semibold tracking-wide text-muted uppercase">Review</span>
        <ReviewBadge status={status} />
        {canRequest && review && reviewing.reviewers.length > 0 ? (
          <label className="flex items-center gap-1.5 text-sm text-muted">
            Reviewer
            <span className="relative">
              <select
                value={assignee}
                disabled={unavailable !== null}
                title={unavailable ?? undefined}
                onChange={(event) => reassign(event.target.value)}
                data-testid="review-assignee"
                className="h-7 appearance-none rounded-md border border-line-strong bg-surface pr-7 pl-2 text-sm text-ink focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none disabled:text-faint"
              >
                <option value="">No one yet</option>
                {reviewing.reviewers.map((member) => (
                  <option key={member.userId} value={member.userId}>
                    {member.name}
                  </option>
                ))}
              </select>
              <SelectChevron />
            </span>
          </label>
        ) : (
          review && (
            <span className="text-sm text-muted" data-testid="review-assignee-name">
              {review.assignee ? `Reviewer: ${assigneeLabel}` : assigneeLabel}
            </span>
          )
        )}
        <Button
          variant="ghost"
          size="sm"
          className="ml-auto"
          aria-expanded={trailOpen}
          onClick={() => setTrailOpen((value) => !value)}
          data-testid="review-trail-toggle"
        >
          <Icon name="history" />
          Activity
        </Button>
      </div>

      {review?.note && (
        <blockquote
          className="mt-2 border-l-2 border-line-strong pl-2.5 text-sm text-ink-soft"
          data-testid="review-note"
        >
          “{review.note}”
          <footer className="mt-0.5 text-xs text-muted">
            {review.updatedBy.name} · <RelativeTime iso={review.updatedAt} />
          </footer>
        </blockquote>
      )}

      {diff && review?.approval && (
        <div
          className="mt-2 rounded-md border border-warning/30 bg-surface p-2.5"
          data-testid="changed-since-approval"
        >
          <p className="mb-1.5 flex flex-wrap items-center gap-1 text-sm font-medium text-warning">
            <Icon name="alert" />
            Changed since approval
            <span className="font-normal text-muted">
              · approved by {review.approval.by.name} <RelativeTime iso={review.approval.at} />
            </span>
          </p>
          <EntryDiffView diff={diff} lanes={lanes} sourcesById={sourcesById} compact />
        </div>
      )}

      {(canAskForReview || canReview) && (
        <div className="mt-2 flex flex-wrap items-center gap-1.5">
          {(
            [
              {
                form: "request",
                shown: canAskForReview,
                icon: "review",
                label: status === "draft" ? "Request review" : "Request review again",
                testId: "request-review",
              },
              {
                form: "approve",
                shown: canReview && status !== "approved",
                icon: "check",
                label: "Approve…",
                testId: "approve-entry",
              },
              {
                form: "changes",
                shown: canReview,
                icon: "edit",
                label: "Request changes…",
                testId: "request-changes",
              },
            ] as const
          ).map(
            (action) =>
              action.shown && (
                <Button
                  key={action.form}
                  size="sm"
                  variant={form === action.form ? "primary" : "secondary"}
                  disabled={unavailable !== null}
                  title={unavailable ?? undefined}
                  onClick={() => open(action.form)}
                  data-testid={action.testId}
                >
                  <Icon name={action.icon} />
                  {action.label}
                </Button>
              ),
          )}
          {unavailable && <span className="text-xs text-muted">{unavailable}</span>}
        </div>
      )}

      {form && (
        <form
          className="mt-2 flex flex-col gap-2 rounded-md border border-line bg-surface p-2.5"
          data-testid="review-form"
          data-form={form}
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          {form === "request" && (
            <label className="flex flex-col gap-1 text-sm font-medium text-ink-soft">
              Reviewer
              <span className="relative">
                <select
                  value={assignee}
                  onChange={(event) => setAssignee(event.target.value)}
                  data-testid="request-assignee"
                  className="h-8 w-full appearance-none rounded-md border border-line-strong bg-surface pr-8 pl-2.5 text-sm font-normal text-ink focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none"
                >
                  <option value="">Anyone who may review</option>
                  {reviewing.reviewers.map((member) => (
                    <option key={member.userId} value={member.userId}>
                      {member.name}
                    </option>
                  ))}
                </select>
                <SelectChevron />
              </span>
            </label>
          )}
          <label htmlFor={noteId} className="text-sm font-medium text-ink-soft">
            {form === "changes" ? "What should change?" : "Note (optional)"}
          </label>
          <textarea
            id={noteId}
            // biome-ignore lint/a11y/noAutofocus: the form opens on request; its note is what comes next.
            autoFocus
            rows={2}
            value={note}
            required={form === "changes"}
            maxLength={4000}
            onChange={(event) => setNote(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
                event.preventDefault();
                submit();
              } else if (event.key === "Escape") {
                event.stopPropagation();
                setForm(null);
              }
            }}
            placeholder={
              form === "changes"
                ? "Say what is missing or wrong, so the editor knows what to do."
                : form === "approve"
                  ? "Anything the editors should know."
                  : "What should the reviewer look at?"
            }
            data-testid="review-note-input"
            className="w-full resize-y rounded-md border border-line-strong bg-surface px-2.5 py-1.5 text-base text-ink placeholder:text-faint focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none"
          />
          {form === "approve" && reviewing.fourEyes && (
            <p className="text-xs text-muted">
              Four-eyes rule: whoever wrote the latest change cannot approve it.
            </p>
          )}
          {error && (
            <p
              role="alert"
              className="flex items-start gap-1.5 text-sm text-danger"
              data-testid="review-error"
            >
              <Icon name="alert" className="mt-0.5" />
              {error}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button size="sm" variant="ghost" onClick={() => setForm(null)}>
              Cancel
            </Button>
            <Button
              size="sm"
              variant="primary"
              type="submit"
              disabled={busy || unavailable !== null || (form === "changes" && !note.trim())}
              data-testid="review-submit"
            >
              {busy && <Spinner className="h-3 w-3" />}
              {form === "request" ? "Ask for review" : form === "approve" ? "Approve" : "Send back"}
            </Button>
          </div>
        </form>
      )}

      {trailOpen && <AuditTrail entryId={entryId} review={review} reviewing={reviewing} />}
    </section>
  );
}

/** Who did what to the entry's review, newest first; loaded again when the review changes. */
function AuditTrail({
  entryId,
  review,
  reviewing,
}: {
  entryId: string;
  review: ReviewDTO | undefined;
  reviewing: EntryReviewing;
}) {
  const [state, setState] = useState<
    | { kind: "loading" }
    | { kind: "error"; message: string }
    | { kind: "ready"; events: ReviewEventDTO[] }
  >({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const stamp = review?.updatedAt ?? "";
  const { actions, unavailable } = reviewing;

  // biome-ignore lint/correctness/useExhaustiveDependencies: stamp and attempt ask for a fresh copy.
  useEffect(() => {
    if (!review) {
      setState({ kind: "ready", events: [] });
      return;
    }
    let live = true;
    setState((prev) => (prev.kind === "ready" ? prev : { kind: "loading" }));
    actions.history(entryId).then(
      (result) => live && setState({ kind: "ready", events: result.events }),
      (failure) =>
        live &&
        setState({
          kind: "error",
          message: failureMessage(failure, "The history could not be loaded."),
        }),
    );
    return () => {
      live = false;
    };
  }, [actions, entryId, stamp, attempt, Boolean(review)]);

  return (
    <div className="mt-2 border-t border-line pt-2" data-testid="review-trail">
      {state.kind === "loading" ? (
        <div className="flex flex-col gap-1.5" aria-busy="true">
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-4 w-1/2" />
        </div>
      ) : state.kind === "error" ? (
        <p className="flex items-center gap-2 text-sm text-danger">
          <Icon name="alert" />
          {unavailable ?? state.message}
          <Button size="sm" variant="ghost" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </Button>
        </p>
      ) : state.events.length === 0 ? (
        <p className="text-sm text-muted">
          Nobody has asked for a review of this entry yet; it is a draft.
        </p>
      ) : (
        <ol className="flex flex-col gap-1.5">
          {state.events.map((event) => (
            <li key={event.id} className="text-sm text-ink-soft" data-testid="review-event">
              <span className="font-medium text-ink">{event.actor.name}</span>{" "}
              {describeEvent(event)}
              <span className="text-muted">
                {" "}
                · <RelativeTime iso={event.createdAt} />
              </span>
              {event.note && (
                <span className="mt-0.5 block border-l-2 border-line pl-2 text-muted">
                  “{event.note}”
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** "asked for review from Rita", "assigned Rita", "cleared the reviewer", "approved"… */
function describeEvent(event: ReviewEventDTO): string {
  if (event.action === "request" && event.assignee)
    return `${REVIEW_ACTION_LABELS.request} from ${event.assignee.name}`;
  if (event.action === "assign")
    return event.assignee ? `assigned ${event.assignee.name}` : "cleared the reviewer";
  return REVIEW_ACTION_LABELS[event.action];
}
