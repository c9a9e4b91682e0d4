"use client";

import { cx } from "../../ui/cx";
import { Icon } from "../../ui/Icon";
import type { ChecklistItem } from "./publishClient";

const KIND_LABELS: Record<ChecklistItem["kind"], string> = {
  left_out: "Left out",
  uncited_variant: "Account without a source",
  dispute_without_note: "Dispute without a public note",
  orphaned_dispute: "Orphaned dispute thread",
  missing_source: "Missing source",
};

/**
 * The pre-publish checklist: blocking items first (they must be fixed or
 * overridden), then what is left out of the release and why. Each item
 * opens its entry in the editor.
 */
export function ChecklistList({
  items,
  onOpenEntry,
}: {
  items: ChecklistItem[];
  onOpenEntry: (entryId: string) => void;
}) {
  const sorted = [...items].sort((a, b) => Number(b.blocking) - Number(a.blocking));
  if (sorted.length === 0)
    return (
      <p className="flex items-center gap-2 text-base text-success" data-testid="checklist-clear">
        <Icon name="check" className="h-4 w-4" /> Every entry is approved and every account is
        sourced.
      </p>
    );
  return (
    <ul className="flex flex-col gap-1.5" data-testid="publish-checklist">
      {sorted.map((item, index) => (
        <li
          // Items have no id of their own; kind, entry, claim and variant identify them.
          key={`${item.kind}-${item.entryId}-${item.claimId ?? ""}-${item.variantId ?? ""}-${item.threadId ?? index}`}
          data-testid="checklist-item"
          data-kind={item.kind}
          data-blocking={item.blocking}
          className={cx(
            "flex items-start gap-2 rounded-md border px-3 py-2 text-sm",
            item.blocking ? "border-danger/40 bg-danger-soft" : "border-line bg-sunken",
          )}
        >
          <Icon
            name={item.blocking ? "alert" : "eye"}
            className={cx("mt-0.5 h-4 w-4 shrink-0", item.blocking ? "text-danger" : "text-muted")}
          />
          <div className="min-w-0 flex-1">
            <div className="font-medium text-ink">
              {KIND_LABELS[item.kind]}
              {item.blocking && <span className="ml-1.5 text-danger">· blocks publishing</span>}
            </div>
            <div className="text-muted">{item.message}</div>
          </div>
          <button
            type="button"
            className="shrink-0 text-sm font-medium text-accent hover:underline"
            onClick={() => onOpenEntry(item.entryId)}
          >
            Open
          </button>
        </li>
      ))}
    </ul>
  );
}
