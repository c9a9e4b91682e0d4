"use client";

import { useId, useState } from "react";
import { MAX_TAG_LENGTH } from "@/lib/document";
import { Icon } from "../../ui/Icon";

export interface TagsFieldProps {
  tags: string[];
  onChange: (tags: string[]) => void;
  readOnly: boolean;
}

/** Tags as removable chips; Enter or a comma adds the typed tag. */
export function TagsField({ tags, onChange, readOnly }: TagsFieldProps) {
  const [draft, setDraft] = useState("");
  const inputId = useId();

  const add = (text = draft) => {
    const tag = text.replace(/\s+/g, " ").trim();
    setDraft("");
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };

  return (
    <div className="flex min-w-0 items-center gap-2">
      <label
        htmlFor={inputId}
        className="flex w-16 shrink-0 items-center gap-1.5 text-sm text-muted"
      >
        <Icon name="tag" className="h-3.5 w-3.5" />
        Tags
      </label>
      <div className="flex min-h-8 min-w-0 flex-1 flex-wrap items-center gap-1 rounded-md border border-line-strong bg-surface px-1.5 py-1 focus-within:border-accent focus-within:ring-2 focus-within:ring-accent/15">
        {tags.map((tag) => (
          <span
            key={tag}
            data-testid="entry-tag"
            className="inline-flex h-6 items-center gap-1 rounded bg-sunken pr-0.5 pl-2 text-sm text-ink-soft"
          >
            {tag}
            {!readOnly && (
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(tags.filter((t) => t !== tag))}
                className="flex h-5 w-5 items-center justify-center rounded text-muted hover:bg-line hover:text-ink"
              >
                <Icon name="close" className="h-3 w-3" />
              </button>
            )}
          </span>
        ))}
        {!readOnly && (
          <input
            id={inputId}
            data-testid="entry-tags-input"
            value={draft}
            maxLength={MAX_TAG_LENGTH}
            placeholder={tags.length ? "" : "Add a tag…"}
            onChange={(event) => {
              const value = event.target.value;
              if (value.endsWith(",")) add(value.slice(0, -1));
              else setDraft(value);
            }}
            onBlur={() => add()}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                add();
              } else if (event.key === "Backspace" && !draft && tags.length) {
                onChange(tags.slice(0, -1));
              }
            }}
            className="h-6 min-w-24 flex-1 bg-transparent px-1 text-sm text-ink placeholder:text-faint focus:outline-none"
          />
        )}
      </div>
    </div>
  );
}
