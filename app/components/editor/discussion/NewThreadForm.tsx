"use client";

import { useState } from "react";
import { THREAD_KINDS, type ThreadKind } from "@/lib/discussion/protocol";
import { Button } from "../../ui/Button";
import { cx } from "../../ui/cx";
import { useToast } from "../../ui/Toast";
import { KIND_LABELS } from "./kinds";
import { type MentionMember, MentionTextarea } from "./MentionTextarea";

export interface NewThreadFormProps {
  /** The words or claim the thread is about, shown as a reminder. */
  subject: string;
  members: MentionMember[];
  onStart: (kind: ThreadKind, body: string) => Promise<void>;
  onCancel: () => void;
}

/** Starts a thread: its kind (comment, question or dispute) and the first comment. */
export function NewThreadForm({ subject, members, onStart, onCancel }: NewThreadFormProps) {
  const toast = useToast();
  const [kind, setKind] = useState<ThreadKind>("comment");
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!body.trim() || busy) return;
    setBusy(true);
    try {
      await onStart(kind, body);
    } catch (error) {
      toast({
        tone: "error",
        message: error instanceof Error ? error.message : "The thread could not be started.",
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="flex flex-col gap-2"
      data-testid="new-thread-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="line-clamp-2 text-sm text-muted italic">“{subject}”</p>
      <fieldset className="flex gap-1" aria-label="Kind of thread">
        {THREAD_KINDS.map((value) => (
          <label
            key={value}
            data-testid={`thread-kind-${value}`}
            className={cx(
              "cursor-pointer rounded-full border px-2.5 py-0.5 text-xs has-focus-visible:ring-2 has-focus-visible:ring-accent/30",
              kind === value
                ? "border-accent bg-accent-soft text-accent-strong"
                : "border-line text-muted hover:border-line-strong",
            )}
          >
            <input
              type="radio"
              name="thread-kind"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
              className="sr-only"
            />
            {KIND_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <MentionTextarea
        value={body}
        onChange={setBody}
        members={members}
        label="Comment"
        placeholder={
          kind === "dispute"
            ? "What is wrong here, and what do the sources say?"
            : kind === "question"
              ? "What would you like to know?"
              : "Your comment… (@ to mention)"
        }
        autoFocus
        onSubmit={submit}
        testId="new-thread-body"
      />
      <div className="flex justify-end gap-2">
        <Button type="button" size="sm" onClick={onCancel}>
          Cancel
        </Button>
        <Button
          type="submit"
          size="sm"
          variant="primary"
          disabled={!body.trim() || busy}
          data-testid="start-thread"
        >
          Start thread
        </Button>
      </div>
    </form>
  );
}
