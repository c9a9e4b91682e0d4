"use client";

import { useState } from "react";
import type { ThreadKind } from "@/lib/discussion/protocol";
import { cx } from "../../ui/cx";
import { Icon } from "../../ui/Icon";
import { Popover } from "../../ui/Popover";
import { useToast } from "../../ui/Toast";
import type { EntryDiscussion } from "./EntryDiscussion";
import { NewThreadForm } from "./NewThreadForm";
import { useCommentShortcut } from "./useCommentShortcut";
import type { NewThread } from "./useDiscussion";

export interface StartThreadButtonProps {
  discussion: EntryDiscussion;
  /**
   * What the new thread is attached to, read when the button is pressed (the
   * current selection, a claim or a variant); null when nothing is selected.
   */
  target: () => { subject: string; thread: Omit<NewThread, "kind" | "body"> } | null;
  label: string;
  /** Said when `target` finds nothing to attach to. */
  emptyHint: string;
  compact?: boolean;
  testId?: string;
  /**
   * Whether the page's selection is the one `target` reads; given, the
   * keyboard shortcuts (C, Ctrl/⌘+Alt+M) open the form as the button does.
   */
  holdsSelection?: () => boolean;
}

/** A "Comment" button that opens the new-thread form for a selection, a claim or a variant. */
export function StartThreadButton({
  discussion,
  target,
  label,
  emptyHint,
  compact,
  testId,
  holdsSelection,
}: StartThreadButtonProps) {
  const toast = useToast();
  const [pending, setPending] = useState<ReturnType<StartThreadButtonProps["target"]>>(null);
  const close = () => setPending(null);
  const open = () => {
    const next = target();
    if (!next) toast({ message: emptyHint });
    else setPending(next);
  };
  useCommentShortcut(holdsSelection, open);

  const start = async (kind: ThreadKind, body: string) => {
    if (!pending) return;
    const thread = await discussion.start({ ...pending.thread, kind, body });
    close();
    discussion.open(thread.id);
  };

  return (
    <Popover
      open={pending !== null}
      onClose={close}
      label="Start a thread"
      align="end"
      className="w-80"
      trigger={
        <button
          type="button"
          aria-label={label}
          title={label}
          data-testid={testId}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => (pending ? close() : open())}
          className={cx(
            "flex h-7 items-center gap-1 rounded-md px-1.5 text-sm transition-colors",
            pending
              ? "bg-accent-soft text-accent-strong"
              : "text-muted hover:bg-sunken hover:text-ink",
          )}
        >
          <Icon name="chat" />
          {!compact && "Comment"}
        </button>
      }
    >
      {pending && (
        <NewThreadForm
          subject={pending.subject}
          members={discussion.members}
          onStart={start}
          onCancel={close}
        />
      )}
    </Popover>
  );
}
