"use client";

import { useEffect, useRef, useState } from "react";
import { MAX_TITLE_LENGTH } from "@/lib/document";

export interface TitleFieldProps {
  value: string;
  onCommit: (title: string) => void;
  readOnly: boolean;
  onFocus: () => void;
  autoFocus?: boolean;
  /** Words of the title that open threads are about, as [from, to) offsets. */
  highlights?: readonly { from: number; to: number }[];
}

const COMMIT_DELAY = 250;

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/** The box both the textarea and its highlight layer share, so their words line up. */
const TITLE_BOX =
  "-mx-1.5 min-w-0 rounded-md border border-transparent px-1.5 py-0.5 text-lg font-semibold";

/** Splits a title into plain and marked runs (overlapping marks merge). */
function segments(text: string, marks: readonly { from: number; to: number }[]) {
  const flags = new Array<boolean>(text.length).fill(false);
  for (const { from, to } of marks)
    for (let i = from; i < Math.min(to, text.length); i++) flags[i] = true;
  const out: { from: number; text: string; marked: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out[out.length - 1];
    if (last && last.marked === flags[i]) last.text += text[i];
    else out.push({ from: i, text: text[i], marked: flags[i] });
  }
  return out;
}

/**
 * The entry title, edited in place. The draft is kept while typing (the
 * document stores the trimmed title, which would eat a trailing space), and
 * written after a short pause, so others see it almost as it is typed.
 */
export function TitleField({
  value,
  onCommit,
  readOnly,
  onFocus,
  autoFocus,
  highlights = [],
}: TitleFieldProps) {
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ref = useRef<HTMLTextAreaElement>(null);

  const dirty = useRef(false);
  const draftRef = useRef(draft);
  draftRef.current = draft;

  // Take in changes from others, unless they only differ by our own untrimmed typing.
  useEffect(() => {
    if (!focused.current || (!dirty.current && clean(draftRef.current) !== value)) setDraft(value);
  }, [value]);

  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const flush = (text: string) => {
    clearTimeout(timer.current);
    if (dirty.current && clean(text) !== value) onCommit(text);
    dirty.current = false;
  };

  // A textarea cannot mark words, so the marks are drawn on an identical layer behind it.
  const marked = highlights.length > 0 && draft === value;
  const field = (
    <textarea
      ref={ref}
      rows={1}
      data-testid="entry-title-input"
      aria-label="Entry title"
      value={draft}
      readOnly={readOnly}
      maxLength={MAX_TITLE_LENGTH}
      placeholder="Untitled entry"
      onFocus={() => {
        focused.current = true;
        onFocus();
      }}
      onBlur={() => {
        focused.current = false;
        flush(draft);
      }}
      onChange={(event) => {
        const next = event.target.value.replace(/[\r\n]+/g, " ");
        setDraft(next);
        dirty.current = true;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => flush(next), COMMIT_DELAY);
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          flush(draft);
          const card = event.currentTarget.closest("[data-entry-id]");
          card?.querySelector<HTMLElement>(".ProseMirror")?.focus();
        }
      }}
      className={`${TITLE_BOX} relative block w-[calc(100%+0.75rem)] resize-none overflow-hidden [field-sizing:content] bg-transparent text-ink placeholder:text-faint hover:border-line focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/15 read-only:hover:border-transparent ${marked ? "" : "focus:bg-surface"}`}
    />
  );
  if (!marked) return field;
  return (
    <div className="relative">
      <div
        aria-hidden
        data-testid="title-highlights"
        className={`${TITLE_BOX} pointer-events-none absolute inset-y-0 left-0 w-[calc(100%+0.75rem)] whitespace-pre-wrap break-words text-transparent`}
      >
        {segments(value, highlights).map((part) =>
          part.marked ? (
            <mark
              key={part.from}
              className="rounded-sm bg-accent-soft text-transparent underline decoration-accent/50 decoration-2 underline-offset-4"
            >
              {part.text}
            </mark>
          ) : (
            <span key={part.from}>{part.text}</span>
          ),
        )}
      </div>
      {field}
    </div>
  );
}
