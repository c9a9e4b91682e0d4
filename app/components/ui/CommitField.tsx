"use client";

import { useEffect, useRef, useState } from "react";
import { cx } from "./cx";

export interface CommitFieldProps {
  value: string;
  /** Called on blur (or Enter, for one line) when the text changed; throw to keep the draft. */
  onCommit: (value: string) => void;
  label: string;
  placeholder?: string;
  multiline?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  className?: string;
  testId?: string;
}

/**
 * A field edited in place that writes once, when the user is done with it,
 * rather than on every key. Changes made by others show while it is not
 * focused; a failed commit keeps the draft so nothing typed is lost.
 */
export function CommitField({
  value,
  onCommit,
  label,
  placeholder,
  multiline,
  readOnly,
  maxLength,
  className,
  testId,
}: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);

  const commit = () => {
    if (draft.trim() === value.trim()) return;
    try {
      onCommit(draft);
    } catch {
      // The caller reported the problem; the draft stays for the user to fix.
    }
  };

  const shared = {
    "aria-label": label,
    "data-testid": testId,
    value: draft,
    placeholder,
    readOnly,
    maxLength,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      commit();
    },
    className: cx(
      "block w-full min-w-0 rounded-md border border-transparent bg-transparent px-1.5 py-0.5 text-ink placeholder:text-faint hover:border-line focus:border-accent focus:bg-surface focus:outline-none focus:ring-2 focus:ring-accent/15 read-only:hover:border-transparent",
      className,
    ),
  };
  if (multiline) {
    return (
      <textarea
        {...shared}
        rows={1}
        onChange={(event) => setDraft(event.target.value)}
        className={cx(shared.className, "resize-none [field-sizing:content]")}
      />
    );
  }
  return (
    <input
      {...shared}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          commit();
        } else if (event.key === "Escape") {
          setDraft(value);
        }
      }}
    />
  );
}
