"use client";

import { useState } from "react";
import type { CommentDTO, ThreadDTO } from "@/lib/discussion/protocol";
import { Button } from "../../ui/Button";
import { cx } from "../../ui/cx";
import { Icon } from "../../ui/Icon";
import { RelativeTime } from "../../ui/RelativeTime";
import { useToast } from "../../ui/Toast";
import { Avatar } from "../Avatar";
import { CommentText } from "./CommentText";
import { KIND_LABELS, KIND_TONES } from "./kinds";
import { type MentionMember, MentionTextarea } from "./MentionTextarea";
import type { DiscussionActions } from "./useDiscussion";

export interface ThreadCardProps {
  thread: ThreadDTO;
  /** What the thread is about: the quoted words, or the claim or variant. */
  subject: string;
  /** Shown for orphans: the anchored words are gone. */
  orphan: boolean;
  entryTitle?: string;
  meId: string;
  canComment: boolean;
  canModerate: boolean;
  members: MentionMember[];
  actions: DiscussionActions;
  onReveal?: () => void;
  active?: boolean;
}

function report(toast: ReturnType<typeof useToast>, error: unknown, fallback: string) {
  toast({ tone: "error", message: error instanceof Error ? error.message : fallback });
}

/** One thread: what it is about, its comments (deleted ones as placeholders), reply and resolve. */
export function ThreadCard({
  thread,
  subject,
  orphan,
  entryTitle,
  meId,
  canComment,
  canModerate,
  members,
  actions,
  onReveal,
  active,
}: ThreadCardProps) {
  const toast = useToast();
  const [reply, setReply] = useState("");
  const [busy, setBusy] = useState(false);
  const resolved = thread.status === "resolved";

  const send = async () => {
    if (!reply.trim() || busy) return;
    setBusy(true);
    try {
      await actions.reply(thread.id, reply);
      setReply("");
    } catch (error) {
      report(toast, error, "The reply could not be sent.");
    } finally {
      setBusy(false);
    }
  };

  const toggleResolved = async () => {
    try {
      await (resolved ? actions.reopen(thread.id) : actions.resolve(thread.id));
    } catch (error) {
      report(toast, error, "The thread could not be changed.");
    }
  };

  return (
    <article
      data-testid="thread"
      data-thread-id={thread.id}
      data-status={thread.status}
      aria-label={`${KIND_LABELS[thread.kind]} on “${subject}”`}
      className={cx(
        "rounded-lg border bg-surface shadow-card",
        active ? "border-accent/60 ring-2 ring-accent/15" : "border-line",
        resolved && "opacity-75",
      )}
    >
      <header className="flex items-start gap-2 border-b border-line px-3 py-2">
        <span
          className={cx(
            "mt-0.5 shrink-0 rounded-full px-2 py-px text-xs font-medium",
            KIND_TONES[thread.kind],
          )}
        >
          {KIND_LABELS[thread.kind]}
        </span>
        <button
          type="button"
          onClick={onReveal}
          className="min-w-0 flex-1 text-left text-sm"
          title="Show in the timeline"
        >
          {entryTitle && <span className="block truncate text-xs text-muted">{entryTitle}</span>}
          <span
            className={cx(
              "line-clamp-2 italic",
              orphan ? "text-muted line-through decoration-faint" : "text-ink-soft",
            )}
            data-testid="thread-subject"
          >
            “{subject}”
          </span>
          {orphan && (
            <span className="block text-xs text-warning not-italic">
              The words this was about were deleted.
            </span>
          )}
        </button>
        {canComment && (
          <Button
            size="sm"
            variant="ghost"
            onClick={toggleResolved}
            data-testid={resolved ? "reopen-thread" : "resolve-thread"}
          >
            <Icon name={resolved ? "refresh" : "check"} />
            {resolved ? "Reopen" : "Resolve"}
          </Button>
        )}
      </header>
      <ol className="flex flex-col divide-y divide-line">
        {thread.comments.map((comment) => (
          <CommentRow
            key={comment.id}
            threadId={thread.id}
            comment={comment}
            meId={meId}
            canModerate={canModerate}
            members={members}
            actions={actions}
          />
        ))}
      </ol>
      {resolved && thread.resolvedBy && (
        <p
          className="border-t border-line px-3 py-1.5 text-xs text-muted"
          data-testid="resolved-by"
        >
          Resolved by {thread.resolvedBy.name}
        </p>
      )}
      {canComment && !resolved && (
        <div className="flex flex-col gap-2 border-t border-line p-2">
          <MentionTextarea
            value={reply}
            onChange={setReply}
            members={members}
            label="Reply"
            placeholder="Reply… (@ to mention)"
            onSubmit={send}
            testId="reply-input"
          />
          <div className="flex justify-end">
            <Button
              size="sm"
              variant="primary"
              disabled={!reply.trim() || busy}
              onClick={send}
              data-testid="reply-send"
            >
              Reply
            </Button>
          </div>
        </div>
      )}
    </article>
  );
}

function CommentRow({
  threadId,
  comment,
  meId,
  canModerate,
  members,
  actions,
}: {
  threadId: string;
  comment: CommentDTO;
  meId: string;
  canModerate: boolean;
  members: MentionMember[];
  actions: DiscussionActions;
}) {
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const mine = comment.author.id === meId;

  if (comment.deleted) {
    return (
      <li className="px-3 py-2 text-sm text-faint italic" data-testid="comment-deleted">
        Comment deleted
        {comment.deletedBy && comment.deletedBy.id !== comment.author.id && " by a moderator"}.
      </li>
    );
  }

  const save = async () => {
    try {
      await actions.edit(threadId, comment.id, draft);
      setEditing(false);
    } catch (error) {
      report(toast, error, "The comment could not be saved.");
    }
  };

  const remove = async () => {
    if (!window.confirm("Delete this comment? Others will see that a comment was deleted.")) return;
    try {
      await actions.remove(threadId, comment.id);
    } catch (error) {
      report(toast, error, "The comment could not be deleted.");
    }
  };

  return (
    <li className="group/comment flex gap-2 px-3 py-2" data-testid="comment">
      <Avatar name={comment.author.name} color={comment.author.color} size="sm" />
      <div className="min-w-0 flex-1">
        <div className="flex items-baseline gap-2 text-xs text-muted">
          <span className="font-semibold text-ink">{comment.author.name}</span>
          <RelativeTime iso={comment.createdAt} />
          {comment.editedAt && <span>(edited)</span>}
          <span className="ml-auto flex gap-1 opacity-0 group-hover/comment:opacity-100 focus-within:opacity-100">
            {mine && !editing && (
              <button
                type="button"
                className="hover:text-ink"
                onClick={() => {
                  setDraft(comment.body);
                  setEditing(true);
                }}
              >
                Edit
              </button>
            )}
            {(mine || canModerate) && (
              <button type="button" className="hover:text-danger" onClick={remove}>
                Delete
              </button>
            )}
          </span>
        </div>
        {editing ? (
          <div className="mt-1 flex flex-col gap-1.5">
            <MentionTextarea
              value={draft}
              onChange={setDraft}
              members={members}
              label="Edit comment"
              placeholder=""
              autoFocus
              onSubmit={save}
            />
            <div className="flex justify-end gap-2">
              <Button size="sm" onClick={() => setEditing(false)}>
                Cancel
              </Button>
              <Button size="sm" variant="primary" disabled={!draft.trim()} onClick={save}>
                Save
              </Button>
            </div>
          </div>
        ) : (
          <CommentText text={comment.body} meId={meId} />
        )}
      </div>
    </li>
  );
}
