"use client";

import { useId } from "react";
import { cx } from "../../ui/cx";
import { Icon } from "../../ui/Icon";
import type { ChecklistItem, LeftOut } from "./publishClient";

const KIND_LABELS: Record<ChecklistItem["kind"], string> = {
  left_out: "Left out",
  uncited_variant: "Account without a source",
  dispute_without_note: "Dispute without a public note",
  orphaned_dispute: "Orphaned dispute thread",
  missing_source: "Missing source",
};

const LEFT_OUT_REASONS: Record<LeftOut["reason"], string> = {
  draft: "Not sent for review",
  in_review: "In review",
  changes_requested: "Changes requested",
  approval_mismatch: "Approval does not match",
};

/**
 * The pre-publish checklist, in two groups: what blocks the release (it
 * must be fixed or overridden) and the entries left out of it and why. The
 * list scrolls on its own, so a long one leaves the release's kind, note and
 * override in view. Each item opens its entry in the editor.
 */
export function ChecklistList({
  items,
  leftOut,
  onOpenEntry,
}: {
  items: ChecklistItem[];
  leftOut: LeftOut[];
  onOpenEntry: (entryId: string) => void;
}) {
  const ids = useId();
  const blocking = items.filter((item) => item.blocking);
  // The server's left-out items and `leftOut` list the same entries; the latter has titles.
  const leftOutItems = new Map(
    items.filter((item) => item.kind === "left_out").map((item) => [item.entryId, item]),
  );
  if (blocking.length === 0 && leftOut.length === 0)
    return (
      <p
        className="flex items-center gap-2 rounded-md border border-success/30 bg-success-soft px-3 py-2 text-sm text-success"
        data-testid="checklist-clear"
      >
        <Icon name="check" className="h-4 w-4 shrink-0" />
        Every entry is approved, and nothing would mislead a reader.
      </p>
    );
  return (
    <section
      className="flex max-h-72 flex-col gap-3 overflow-y-auto overscroll-contain rounded-md border border-line p-2"
      data-testid="publish-checklist"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is focusable so the keyboard can scroll it
      tabIndex={0}
      aria-label="Checklist"
    >
      {blocking.length > 0 ? (
        <section aria-labelledby={`${ids}-blocking`}>
          <h4
            id={`${ids}-blocking`}
            className="mb-1.5 flex items-center gap-1.5 px-1 text-sm font-semibold text-danger"
          >
            <Icon name="alert" className="h-4 w-4" />
            Blocks publishing ({blocking.length})
          </h4>
          <ul className="flex flex-col gap-1.5">
            {blocking.map((item, index) => (
              <li
                key={`${item.kind}-${item.entryId}-${item.claimId ?? ""}-${item.variantId ?? ""}-${item.threadId ?? index}`}
                data-testid="checklist-item"
                data-kind={item.kind}
                data-blocking="true"
                className="flex items-start gap-2 rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-sm"
              >
                <div className="min-w-0 flex-1">
                  <div className="font-medium text-ink">{KIND_LABELS[item.kind]}</div>
                  <div className="text-ink-soft">{item.message}</div>
                </div>
                <OpenButton onClick={() => onOpenEntry(item.entryId)} />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p
          className="flex items-center gap-2 px-1 text-sm text-success"
          data-testid="checklist-clear"
        >
          <Icon name="check" className="h-4 w-4 shrink-0" />
          Nothing in this release would mislead a reader.
        </p>
      )}
      {leftOut.length > 0 && (
        <section aria-labelledby={`${ids}-left-out`}>
          <h4 id={`${ids}-left-out`} className="mb-1 px-1 text-sm font-semibold text-ink">
            Left out of this release ({leftOut.length})
            <span className="ml-1.5 font-normal text-muted">only approved entries go in</span>
          </h4>
          <ul className="flex flex-col divide-y divide-line rounded-md border border-line bg-sunken/60">
            {leftOut.map((entry) => (
              <li
                key={entry.entryId}
                data-testid="checklist-item"
                data-kind="left_out"
                data-blocking="false"
                data-entry-id={entry.entryId}
                title={leftOutItems.get(entry.entryId)?.message}
                className="flex items-center gap-2 px-3 py-1.5 text-sm"
              >
                <span className="min-w-0 flex-1 truncate text-ink">
                  {entry.title || <span className="text-faint">Untitled entry</span>}
                </span>
                <span
                  className={cx(
                    "shrink-0 rounded-full px-2 py-0.5 text-xs font-medium",
                    entry.reason === "changes_requested" || entry.reason === "approval_mismatch"
                      ? "bg-warning-soft text-warning"
                      : "bg-surface text-muted",
                  )}
                >
                  {LEFT_OUT_REASONS[entry.reason]}
                </span>
                <OpenButton onClick={() => onOpenEntry(entry.entryId)} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function OpenButton({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      className="shrink-0 rounded-sm text-sm font-medium text-accent hover:underline"
      onClick={onClick}
    >
      Open
    </button>
  );
}
