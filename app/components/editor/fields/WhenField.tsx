"use client";

import { useEffect, useId, useRef, useState } from "react";
import { describeWhen, parseWhen } from "@/lib/dates";
import { cx } from "../../ui/cx";
import { Icon } from "../../ui/Icon";

export interface WhenFieldProps {
  value: string;
  /** Writes a valid EDTF string ("" for undated); may throw EntryError. */
  onCommit: (when: string) => void;
  readOnly: boolean;
}

type Check = { ok: true; preview: string } | { ok: false; error: string };

function check(text: string): Check {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, preview: "Undated" };
  const parsed = parseWhen(trimmed);
  return parsed.ok
    ? { ok: true, preview: describeWhen(parsed.value.edtf) }
    : { ok: false, error: parsed.error };
}

/**
 * The `when` of an entry as EDTF text, with a live readable preview while
 * typing. Valid text is saved on Enter or when leaving the field (saving
 * moves the entry to its place in the list, so not in mid-typing); invalid
 * text shows why, next to the input, and is never saved.
 */
export function WhenField({ value, onCommit, readOnly }: WhenFieldProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  const inputId = useId();
  const messageId = useId();

  useEffect(() => {
    if (!focused.current) {
      setDraft(value);
      setError(null);
    }
  }, [value]);

  const commit = (text: string) => {
    const result = check(text);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    try {
      if (text.trim() !== value) onCommit(text.trim());
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : "This date could not be saved.");
    }
  };

  const result = check(draft);
  const shown = error ?? (result.ok ? null : result.error);

  return (
    <div className="min-w-0">
      <div className="flex items-center gap-2">
        <label
          htmlFor={inputId}
          className="flex w-16 shrink-0 items-center gap-1.5 text-sm text-muted"
        >
          <Icon name="calendar" className="h-3.5 w-3.5" />
          When
        </label>
        <input
          id={inputId}
          data-testid="entry-when-input"
          value={draft}
          readOnly={readOnly}
          spellCheck={false}
          autoComplete="off"
          placeholder="1955-06-01, 1955-12~, 1955-09-02/1955-09-21"
          aria-invalid={shown ? true : undefined}
          aria-describedby={messageId}
          onFocus={() => {
            focused.current = true;
          }}
          onBlur={() => {
            focused.current = false;
            commit(draft);
          }}
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              commit(draft);
            } else if (event.key === "Escape") {
              event.preventDefault();
              setDraft(value);
              setError(null);
              event.currentTarget.blur();
            }
          }}
          className={cx(
            "h-8 w-64 min-w-0 rounded-md border bg-surface px-2 font-mono text-sm text-ink placeholder:font-sans placeholder:text-faint focus:outline-none focus:ring-2",
            shown
              ? "border-danger focus:ring-danger/15"
              : "border-line-strong focus:border-accent focus:ring-accent/15",
          )}
        />
        {!shown && (
          <span
            id={messageId}
            data-testid="entry-when-preview"
            aria-live="polite"
            className="truncate text-sm text-ink-soft"
          >
            → {result.ok ? result.preview : ""}
          </span>
        )}
      </div>
      {shown && (
        <p
          id={messageId}
          data-testid="entry-when-error"
          role="alert"
          className="mt-1 ml-18 flex items-start gap-1.5 text-sm text-danger"
        >
          <Icon name="alert" className="mt-0.5 h-3.5 w-3.5" />
          <span>
            {shown} <span className="text-muted">Not saved.</span>
          </span>
        </p>
      )}
    </div>
  );
}
