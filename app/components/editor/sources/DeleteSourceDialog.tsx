"use client";

import type { Source } from "@/lib/document";
import { MISSING_SOURCE, shortTitle } from "@/lib/sources";
import { ConfirmDialog } from "../../ui/Dialog";

const SHOWN = 8;

/**
 * Asks before a source is deleted. When entries cite it, it names them and
 * says what their citations will read; the deletion can be undone.
 */
export function DeleteSourceDialog({
  source,
  citing,
  entryTitle,
  onCancel,
  onConfirm,
}: {
  /** The source to delete; none keeps the dialog closed. */
  source: Source | undefined;
  citing: string[];
  entryTitle: (entryId: string) => string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const count = citing.length;
  return (
    <ConfirmDialog
      open={source !== undefined}
      title={`Delete “${source ? shortTitle(source) : ""}”?`}
      description={
        count === 0 ? (
          "No entry cites it. You can undo this."
        ) : (
          <div className="flex flex-col gap-2" data-testid="delete-source-citing">
            <span>
              {count === 1 ? "One entry cites" : `${count} entries cite`} this source. Their
              citations will stay, and read “{MISSING_SOURCE}” until they cite another source:
            </span>
            <ul className="list-disc pl-5 text-ink-soft">
              {citing.slice(0, SHOWN).map((id) => (
                <li key={id}>{entryTitle(id) || "Untitled entry"}</li>
              ))}
              {count > SHOWN && <li className="list-none text-muted">and {count - SHOWN} more</li>}
            </ul>
          </div>
        )
      }
      confirmLabel="Delete source"
      danger
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
}
