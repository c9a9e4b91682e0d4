"use client";

import { cx } from "../ui/cx";
import { Icon } from "../ui/Icon";
import { Spinner } from "../ui/Spinner";
import type { CollabStatus } from "./useCollab";

export type SyncLabel = "connecting" | "saving" | "saved" | "offline" | "read-only" | "closed";

export function syncLabel(status: CollabStatus, readOnly: boolean): SyncLabel {
  if (status.closed) return "closed";
  if (readOnly) return "read-only";
  if (status.connection === "offline") return "offline";
  if (status.connection === "connecting") return "connecting";
  if (!status.synced || status.pending > 0 || status.unsent) return "saving";
  return "saved";
}

const VIEW: Record<SyncLabel, { text: string; hint: string; className: string }> = {
  connecting: {
    text: "Connecting…",
    hint: "Reaching the server.",
    className: "bg-sunken text-muted",
  },
  saving: {
    text: "Saving…",
    hint: "Sending your latest changes.",
    className: "bg-sunken text-ink-soft",
  },
  saved: {
    text: "Saved",
    hint: "All changes are saved on the server.",
    className: "bg-success-soft text-success",
  },
  offline: {
    text: "Offline: changes will sync",
    hint: "You can keep editing. Changes are kept on this device and merged when the connection is back.",
    className: "bg-warning-soft text-warning",
  },
  "read-only": {
    text: "Read-only",
    hint: "This timeline was saved by a newer version of Parallax.",
    className: "bg-sunken text-muted",
  },
  closed: {
    text: "Disconnected",
    hint: "The server closed the connection.",
    className: "bg-danger-soft text-danger",
  },
};

/** Where this page stands with the server, always visible in the top bar. */
export function SyncStatus({ status, readOnly }: { status: CollabStatus; readOnly: boolean }) {
  const label = syncLabel(status, readOnly);
  const view = VIEW[label];
  return (
    <output
      data-testid="sync-status"
      data-state={label}
      data-pending={status.pending}
      title={view.hint}
      aria-live="polite"
      className={cx(
        "inline-flex h-7 shrink-0 items-center gap-1.5 rounded-full px-2.5 text-sm font-medium whitespace-nowrap",
        view.className,
      )}
    >
      {label === "saved" && <Icon name="check" className="h-3.5 w-3.5" />}
      {(label === "saving" || label === "connecting") && <Spinner className="h-3 w-3" />}
      {label === "offline" && <Icon name="cloudOff" className="h-3.5 w-3.5" />}
      {label === "read-only" && <Icon name="lock" className="h-3.5 w-3.5" />}
      {label === "closed" && <Icon name="alert" className="h-3.5 w-3.5" />}
      {view.text}
    </output>
  );
}
