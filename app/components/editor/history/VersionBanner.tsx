"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { VersionDTO } from "@/lib/versions/protocol";
import { Button } from "../../ui/Button";
import { ConfirmDialog } from "../../ui/Dialog";
import { Icon } from "../../ui/Icon";
import { useRestore } from "./useRestore";

const LINK =
  "inline-flex h-7 items-center gap-1.5 rounded-md px-2 text-sm font-medium whitespace-nowrap text-accent-strong hover:bg-accent/10";

/** Says which saved version is on screen, read-only, with the way back to the live timeline. */
export function VersionBanner({
  timelineId,
  version,
  canRestore,
}: {
  timelineId: string;
  version: VersionDTO;
  canRestore: boolean;
}) {
  const router = useRouter();
  const restore = useRestore(timelineId);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const live = `/t/${encodeURIComponent(timelineId)}`;
  const when = new Date(version.createdAt).toLocaleString("en", {
    dateStyle: "medium",
    timeStyle: "short",
  });

  return (
    <div
      role="status"
      data-testid="version-banner"
      className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-1 border-b border-accent/20 bg-accent-soft px-4 py-2 text-base text-accent-strong"
    >
      <Icon name="history" />
      <span className="min-w-0 flex-1">
        <strong className="font-semibold">Viewing version {version.number}</strong> · {version.name}{" "}
        · {when} — read-only
      </span>
      <Link href={live} className={LINK} data-testid="back-to-live">
        <Icon name="back" />
        Back to live
      </Link>
      <Link
        href={`${live}?panel=history&compare=${version.number}`}
        className={LINK}
        data-testid="version-compare-now"
      >
        <Icon name="compare" />
        Compare with now
      </Link>
      {canRestore && (
        <Button
          size="sm"
          variant="primary"
          onClick={() => setConfirming(true)}
          data-testid="version-restore"
        >
          <Icon name="undo" />
          Restore…
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Restore version ${version.number}?`}
        description={
          <>
            Every entry, lane and source becomes as it was in “{version.name}” ({when}). The
            timeline as it is now is saved as a version first, so you can undo this from History.
          </>
        }
        confirmLabel="Restore timeline"
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          setBusy(true);
          const saved = await restore(version.number);
          setBusy(false);
          if (saved) {
            setConfirming(false);
            router.push(`${live}?panel=history`);
          }
        }}
      />
    </div>
  );
}
