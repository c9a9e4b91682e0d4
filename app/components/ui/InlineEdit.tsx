"use client";

import { useEffect, useRef, useState } from "react";
import { cx } from "./cx";

export interface InlineEditProps {
  value: string;
  /** Called with the trimmed new value when it changed; may reject to keep editing. */
  onCommit: (value: string) => void | Promise<void>;
  label: string;
  placeholder?: string;
  className?: string;
  inputClassName?: string;
  testId?: string;
  maxLength?: number;
  disabled?: boolean;
  /** Starts in edit mode (e.g. after "Rename" in a menu). */
  editing?: boolean;
  onEditingChange?: (editing: boolean) => void;
}

/** Text that turns into an input on click: Enter saves, Escape cancels. */
export function InlineEdit({
  value,
  onCommit,
  label,
  placeholder,
  className,
  inputClassName,
  testId,
  maxLength = 300,
  disabled,
  editing: editingProp,
  onEditingChange,
}: InlineEditProps) {
  const [editingState, setEditingState] = useState(false);
  const editing = editingProp ?? editingState;
  const setEditing = (next: boolean) => {
    setEditingState(next);
    onEditingChange?.(next);
  };
  const [draft, setDraft] = useState(value);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (editing) {
      inputRef.current?.focus();
      inputRef.current?.select();
    } else {
      setDraft(value);
    }
  }, [editing, value]);

  const commit = async () => {
    const next = draft.replace(/\s+/g, " ").trim();
    if (!next || next === value) {
      setEditing(false);
      return;
    }
    try {
      await onCommit(next);
      setEditing(false);
    } catch {
      inputRef.current?.focus();
    }
  };

  if (editing && !disabled) {
    return (
      <input
        ref={inputRef}
        aria-label={label}
        data-testid={testId}
        value={draft}
        maxLength={maxLength}
        placeholder={placeholder}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            void commit();
          } else if (event.key === "Escape") {
            event.preventDefault();
            event.stopPropagation();
            setDraft(value);
            setEditing(false);
          }
        }}
        className={cx(
          "min-w-0 rounded-md border border-accent bg-surface px-1.5 text-ink ring-2 ring-accent/15 focus:outline-none",
          className,
          inputClassName,
        )}
      />
    );
  }

  return (
    <button
      type="button"
      disabled={disabled}
      data-testid={testId ? `${testId}-display` : undefined}
      title={disabled ? undefined : `${label} (click to edit)`}
      onClick={() => setEditing(true)}
      className={cx(
        "min-w-0 truncate rounded-md border border-transparent px-1.5 text-left enabled:hover:border-line enabled:hover:bg-surface",
        !value && "text-faint",
        className,
      )}
    >
      {value || placeholder}
    </button>
  );
}
