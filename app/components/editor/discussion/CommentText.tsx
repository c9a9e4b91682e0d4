import type { ReactNode } from "react";
import { MENTION_PATTERN } from "@/lib/discussion/protocol";

/** A comment's plain text with its mentions shown as names; never parsed as HTML. */
export function CommentText({ text, meId }: { text: string; meId: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION_PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    parts.push(
      <span
        key={index}
        className={
          match[2] === meId
            ? "rounded bg-accent-soft px-0.5 font-medium text-accent-strong"
            : "font-medium text-accent"
        }
      >
        @{match[1]}
      </span>,
    );
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <p className="text-sm whitespace-pre-wrap text-ink-soft">{parts}</p>;
}

export function mentionToken(name: string, userId: string): string {
  return `@[${name.replace(/[\]\n]/g, " ").slice(0, 80)}](${userId})`;
}
