import Link from "next/link";
import { CloseCode } from "@/lib/collab";
import { Icon } from "../ui/Icon";
import type { CollabStatus } from "./useCollab";

/** A strip under the toolbar for states that change what the user can do. */
export function StatusBanner({
  status,
  schemaTooNew,
}: {
  status: CollabStatus;
  schemaTooNew: boolean;
}) {
  if (status.closed) {
    return (
      <div
        role="alert"
        data-testid="closed-banner"
        className="flex shrink-0 items-center gap-2 border-b border-danger/20 bg-danger-soft px-4 py-2 text-base text-danger"
      >
        <Icon name="alert" />
        <strong className="font-semibold">{status.closed.title}.</strong>
        <span className="text-danger/90">{status.closed.detail}</span>
        {status.closed.code === CloseCode.timelineDeleted ? (
          <Link href="/" className="ml-auto rounded-md px-2 py-0.5 font-medium hover:bg-danger/10">
            Back to timelines
          </Link>
        ) : (
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="ml-auto rounded-md px-2 py-0.5 font-medium hover:bg-danger/10"
          >
            Reload
          </button>
        )}
      </div>
    );
  }
  if (schemaTooNew) {
    return (
      <div
        role="status"
        data-testid="readonly-banner"
        className="flex shrink-0 items-center gap-2 border-b border-line bg-sunken px-4 py-2 text-base text-ink-soft"
      >
        <Icon name="lock" />
        This timeline was saved by a newer version of Parallax, so it is shown read-only here.
        Reload after updating to edit it.
      </div>
    );
  }
  if (status.connection === "offline") {
    return (
      <div
        role="status"
        data-testid="offline-banner"
        className="flex shrink-0 items-center gap-2 border-b border-warning/20 bg-warning-soft px-4 py-2 text-base text-warning"
      >
        <Icon name="cloudOff" />
        You are offline. Keep working: your changes are kept on this device and merge with everyone
        else's when you reconnect.
      </div>
    );
  }
  return null;
}
