"use client";

import { useEffect, useRef, useState } from "react";
import type { Role } from "@/lib/auth/roles";
import { cx } from "../../ui/cx";
import { Avatar } from "../Avatar";
import { mentionToken } from "./CommentText";

export interface MentionMember {
  userId: string;
  name: string;
  color: string;
  /** Their role on the timeline (the members list carries it). */
  role?: Role;
}

export interface MentionTextareaProps {
  value: string;
  onChange: (value: string) => void;
  members: MentionMember[];
  placeholder: string;
  label: string;
  autoFocus?: boolean;
  /** ⌘/Ctrl+Enter. */
  onSubmit: () => void;
  testId?: string;
}

/** The "@word" being typed just before the caret, if any. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([^\s@[\]()]{0,40})$/.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

/** A comment box: typing @ offers the timeline's members, and choosing one writes a mention. */
export function MentionTextarea({
  value,
  onChange,
  members,
  placeholder,
  label,
  autoFocus,
  onSubmit,
  testId,
}: MentionTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const query = dismissed ? null : mentionQuery(value, caret);
  const matches = query
    ? members.filter((m) => m.name.toLowerCase().includes(query.query.toLowerCase())).slice(0, 6)
    : [];
  const open = matches.length > 0;
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  const choose = (member: MentionMember) => {
    if (!query) return;
    const token = `${mentionToken(member.name, member.userId)} `;
    const next = value.slice(0, query.start) + token + value.slice(caret);
    onChange(next);
    const at = query.start + token.length;
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(at, at);
      setCaret(at);
    });
  };

  return (
    <div className="relative">
      <textarea
        ref={ref}
        aria-label={label}
        data-testid={testId}
        value={value}
        placeholder={placeholder}
        maxLength={10_000}
        rows={2}
        onChange={(event) => {
          onChange(event.target.value);
          setCaret(event.target.selectionStart);
          setActive(0);
          setDismissed(false);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={(event) => {
          if (open && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
            event.preventDefault();
            const step = event.key === "ArrowDown" ? 1 : -1;
            setActive((i) => (i + step + matches.length) % matches.length);
          } else if (open && (event.key === "Enter" || event.key === "Tab")) {
            event.preventDefault();
            choose(matches[Math.min(active, matches.length - 1)]);
          } else if (open && event.key === "Escape") {
            event.stopPropagation();
            setDismissed(true);
          } else if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            onSubmit();
          }
        }}
        className="block min-h-16 w-full resize-none rounded-md border border-line-strong bg-surface px-2.5 py-1.5 text-sm text-ink [field-sizing:content] placeholder:text-faint focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none"
      />
      {open && (
        <div
          role="listbox"
          aria-label="Mention a member"
          className="absolute top-full left-0 z-50 mt-1 w-64 rounded-md border border-line bg-surface py-1 shadow-pop"
        >
          {matches.map((member, index) => (
            <div
              key={member.userId}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(member);
              }}
              className={cx(
                "flex cursor-pointer items-center gap-2 px-2.5 py-1.5 text-sm",
                index === active ? "bg-accent-soft text-accent-strong" : "text-ink",
              )}
            >
              <Avatar name={member.name} color={member.color} size="sm" />
              {member.name}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
