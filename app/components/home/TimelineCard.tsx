"use client";

import Link from "next/link";
import { useState } from "react";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import type { TimelineJson } from "../../api/timelineJson";
import { Button } from "../ui/Button";
import { Icon } from "../ui/Icon";
import { InlineEdit } from "../ui/InlineEdit";
import { RelativeTime } from "../ui/RelativeTime";
import { PresentNow } from "./PresentNow";

export interface TimelineCardProps {
  timeline: TimelineJson;
  onRename: (title: string) => Promise<void>;
  onDelete: () => void;
}

export function TimelineCard({ timeline, onRename, onDelete }: TimelineCardProps) {
  const [renaming, setRenaming] = useState(false);
  const entries =
    timeline.entryCount === 1 ? "1 entry" : `${timeline.entryCount.toLocaleString("en")} entries`;
  const mayRename = can(timeline.role, "edit");
  const mayDelete = can(timeline.role, "deleteTimeline");

  return (
    <li
      data-testid="timeline-card"
      data-timeline-id={timeline.id}
      className="group relative flex min-h-36 flex-col rounded-xl border border-line bg-surface p-4 shadow-card transition-shadow hover:border-line-strong hover:shadow-pop"
    >
      <div className="mb-3 flex h-7 items-center gap-1">
        <span className="flex h-7 w-7 items-center justify-center rounded-md bg-accent-soft text-accent">
          <Icon name="timeline" />
        </span>
        {timeline.role && (
          <span
            data-testid="timeline-card-role"
            className="ml-1.5 rounded-full bg-sunken px-2 py-0.5 text-xs font-medium text-muted"
          >
            {ROLE_LABELS[timeline.role]}
          </span>
        )}
        <div className="relative z-10 ml-auto flex gap-0.5 opacity-0 transition-opacity group-focus-within:opacity-100 group-hover:opacity-100">
          {mayRename && (
            <Button
              variant="ghost"
              size="sm"
              icon
              aria-label={`Rename ${timeline.title}`}
              onClick={() => setRenaming(true)}
            >
              <Icon name="edit" />
            </Button>
          )}
          {mayDelete && (
            <Button
              variant="ghost"
              size="sm"
              icon
              aria-label={`Delete ${timeline.title}`}
              className="hover:text-danger"
              onClick={onDelete}
            >
              <Icon name="trash" />
            </Button>
          )}
        </div>
      </div>
      {renaming ? (
        <InlineEdit
          value={timeline.title}
          label="Timeline title"
          editing
          onEditingChange={setRenaming}
          onCommit={onRename}
          testId="timeline-card-title-input"
          className="-mx-1.5 h-8 text-lg font-semibold"
        />
      ) : (
        <Link
          href={`/t/${timeline.id}`}
          className="line-clamp-2 text-lg font-semibold text-ink after:absolute after:inset-0 after:rounded-xl hover:text-accent-strong"
        >
          {timeline.title || "Untitled timeline"}
        </Link>
      )}
      <p className="mt-auto flex items-center gap-2 pt-4 text-sm text-muted">
        <span>{entries}</span>
        <span aria-hidden className="text-faint">
          ·
        </span>
        <span>
          Changed <RelativeTime iso={timeline.updatedAt} />
        </span>
        <PresentNow people={timeline.present ?? []} />
      </p>
    </li>
  );
}
