"use client";

import { useEffect, useRef, useState } from "react";
import { MAX_TITLE_LENGTH } from "@/lib/document";

export interface TitleFieldProps {
  value: string;
  onCommit: (title: string) => void;
  readOnly: boolean;
  onFocus: () => void;
  autoFocus?: boolean;
}

const COMMIT_DELAY = 250;

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The entry title, edited in place. The draft is kept while typing (the
 * document stores the trimmed title, which would eat a trailing space), and
 * written after a short pause, so others see it almost as it is typed.
 */
export function TitleField({ value, onCommit, readOnly, onFocus, autoFocus }: TitleFieldProps) {
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

  return (
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
      className="-mx-1.5 block w-[calc(100%+0.75rem)] min-w-0 resize-none overflow-hidden rounded-md [field-sizing:content] border border-transparent bg-transparent px-1.5 py-0.5 text-lg font-semibold text-ink placeholder:text-faint hover:border-line focus:border-accent focus:bg-surface focus:outline-none focus:ring-2 focus:ring-accent/15 read-only:hover:border-transparent"
    />
  );
}
