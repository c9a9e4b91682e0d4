"use client";

import Link from "next/link";
import { useId, useState } from "react";
import type { Lane, Source } from "@/lib/document";
import type { EntryRef } from "@/lib/versions/compare";
import {
  MAX_VERSION_NAME_LENGTH,
  VERSION_KIND_LABELS,
  type VersionDTO,
} from "@/lib/versions/protocol";
import { Button } from "../../ui/Button";
import { cx } from "../../ui/cx";
import { ConfirmDialog } from "../../ui/Dialog";
import { EmptyState } from "../../ui/EmptyState";
import { Icon } from "../../ui/Icon";
import { RelativeTime } from "../../ui/RelativeTime";
import { Skeleton } from "../../ui/Skeleton";
import { Spinner } from "../../ui/Spinner";
import { useToast } from "../../ui/Toast";
import type { Comparing } from "../panelParams";
import { failureMessage } from "../review/status";
import { CompareView } from "./CompareView";
import type { VersionsState } from "./useVersions";
import { versionsApi } from "./versionsApi";

export interface HistoryPanelProps {
  timelineId: string;
  versions: VersionsState;
  onReload: () => void;
  /** A version saved here, shown at once (its event may come later). */
  onSaved: (version: VersionDTO) => void;
  /** Editors and owners save and restore versions. */
  canEdit: boolean;
  /** Why saving and restoring are unavailable now (offline), or null. */
  unavailable: string | null;
  restore: (number: number, entryId?: string, entryTitle?: string) => Promise<VersionDTO | null>;
  comparing: Comparing | null;
  onCompare: (comparing: Comparing | null) => void;
  lanes: Lane[];
  sourcesById: ReadonlyMap<string, Source>;
  entryExists: (entryId: string) => boolean;
  onReveal: (entryId: string) => void;
  liveVersion: number;
}

const KIND_TONES: Record<VersionDTO["kind"], string> = {
  named: "bg-accent-soft text-accent-strong",
  auto: "bg-sunken text-muted",
  publication: "bg-success-soft text-success",
  restore: "bg-warning-soft text-warning",
};

/**
 * The History tab: the timeline's versions, newest first and live; saving a
 * named version; viewing one read-only, comparing it with now or with
 * another, and restoring it (the present is saved first, so a restore can
 * be undone).
 */
export function HistoryPanel(props: HistoryPanelProps) {
  const { timelineId, versions, canEdit, unavailable, comparing } = props;
  const toast = useToast();
  const [name, setName] = useState("");
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  const [confirming, setConfirming] = useState<VersionDTO | null>(null);
  const [restoring, setRestoring] = useState(false);
  const nameId = useId();
  const list = versions.kind === "ready" ? versions.versions : [];

  if (comparing) {
    return (
      <CompareView
        key={`${comparing.from}-${comparing.to}`}
        timelineId={timelineId}
        from={comparing.from}
        to={comparing.to}
        versions={list}
        lanes={props.lanes}
        sourcesById={props.sourcesById}
        canRestore={canEdit}
        unavailable={unavailable}
        onRestoreEntry={(from: number, entry: EntryRef) =>
          props.restore(from, entry.id, entry.title)
        }
        onReveal={props.onReveal}
        entryExists={props.entryExists}
        onBack={() => props.onCompare(null)}
        liveVersion={props.liveVersion}
      />
    );
  }

  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed || saving) return;
    setSaving(true);
    setSaveError(null);
    try {
      const version = await versionsApi.save(timelineId, trimmed);
      props.onSaved(version);
      setName("");
      toast({ tone: "success", message: `Saved version ${version.number}, “${version.name}”.` });
    } catch (error) {
      setSaveError(failureMessage(error, "The version could not be saved."));
    } finally {
      setSaving(false);
    }
  };

  const togglePick = (number: number) =>
    setPicked((current) =>
      current.includes(number)
        ? current.filter((n) => n !== number)
        : [...current.slice(-1), number],
    );

  const confirmRestore = async () => {
    if (!confirming) return;
    setRestoring(true);
    const done = await props.restore(confirming.number);
    setRestoring(false);
    if (done) setConfirming(null);
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="history-panel">
      {canEdit && (
        <form
          className="flex shrink-0 flex-col gap-1.5 border-b border-line p-3"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label htmlFor={nameId} className="text-xs font-medium text-muted">
            Save the timeline as it is now
          </label>
          <div className="flex gap-2">
            <input
              id={nameId}
              value={name}
              maxLength={MAX_VERSION_NAME_LENGTH}
              onChange={(event) => setName(event.target.value)}
              placeholder="Name, e.g. “Sent to the press”"
              disabled={unavailable !== null}
              data-testid="version-name"
              className="h-8 min-w-0 flex-1 rounded-md border border-line-strong bg-surface px-2.5 text-base text-ink placeholder:text-faint focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none disabled:bg-sunken"
            />
            <Button
              size="sm"
              variant="primary"
              type="submit"
              className="h-8"
              disabled={!name.trim() || saving || unavailable !== null}
              title={unavailable ?? undefined}
              data-testid="save-version"
            >
              {saving && <Spinner className="h-3 w-3" />}
              Save version
            </Button>
          </div>
          {(saveError || unavailable) && (
            <p
              role={saveError ? "alert" : undefined}
              className={cx("text-xs", saveError ? "text-danger" : "text-muted")}
            >
              {saveError ?? unavailable}
            </p>
          )}
        </form>
      )}
      {picked.length > 0 && (
        <div
          className="flex shrink-0 items-center gap-2 border-b border-line bg-accent-soft/60 px-3 py-2 text-sm"
          data-testid="compare-picked"
        >
          <span className="min-w-0 flex-1 text-ink-soft">
            {picked.length === 1
              ? `Version ${picked[0]} picked: pick another to compare.`
              : `Compare version ${Math.min(...picked)} with ${Math.max(...picked)}.`}
          </span>
          {picked.length === 2 && (
            <Button
              size="sm"
              variant="primary"
              onClick={() => {
                props.onCompare({ from: Math.min(...picked), to: Math.max(...picked) });
                setPicked([]);
              }}
              data-testid="compare-picked-button"
            >
              Compare
            </Button>
          )}
          <Button size="sm" variant="ghost" onClick={() => setPicked([])}>
            Clear
          </Button>
        </div>
      )}
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain p-3">
        {versions.kind === "loading" ? (
          <section className="flex flex-col gap-2" aria-busy="true" aria-label="Loading versions">
            {[0, 1, 2, 3].map((row) => (
              <div key={row} className="rounded-lg border border-line bg-surface p-3">
                <Skeleton className="h-4 w-2/3" />
                <Skeleton className="mt-2 h-3 w-1/2" />
              </div>
            ))}
          </section>
        ) : versions.kind === "error" ? (
          <EmptyState
            icon="alert"
            title="The versions could not be loaded"
            testId="versions-error"
            className="py-8"
            action={<Button onClick={props.onReload}>Try again</Button>}
          >
            {versions.message}
          </EmptyState>
        ) : list.length === 0 ? (
          <EmptyState
            icon="history"
            title="No versions yet"
            testId="versions-empty"
            className="py-8"
          >
            {canEdit
              ? "Name and save a version above before a big change, or when a chapter is done. Parallax also saves one on its own while people edit."
              : "Editors save versions of the timeline here; Parallax also saves one on its own while people edit."}
          </EmptyState>
        ) : (
          <ol className="flex flex-col gap-2" aria-label="Versions, newest first">
            {list.map((version) => (
              <li
                key={version.number}
                data-testid="version-item"
                data-number={version.number}
                className={cx(
                  "rounded-lg border bg-surface p-3 shadow-card",
                  picked.includes(version.number)
                    ? "border-accent/60 ring-2 ring-accent/15"
                    : "border-line",
                )}
              >
                <div className="flex items-start gap-2">
                  <p className="flex min-w-0 flex-1 flex-wrap items-baseline gap-x-2 gap-y-0.5">
                    <span
                      className="text-base font-medium text-ink"
                      data-testid="version-name-text"
                    >
                      <span className="text-muted tabular-nums">{version.number}</span> ·{" "}
                      {version.name}
                    </span>
                    <span
                      className={cx(
                        "rounded-full px-1.5 py-px text-[0.6875rem] font-medium",
                        KIND_TONES[version.kind],
                      )}
                    >
                      {VERSION_KIND_LABELS[version.kind]}
                    </span>
                  </p>
                  <input
                    type="checkbox"
                    className="mt-1.5"
                    checked={picked.includes(version.number)}
                    onChange={() => togglePick(version.number)}
                    aria-label={`Pick version ${version.number} to compare`}
                    title="Pick two versions to compare them"
                    data-testid="pick-version"
                  />
                </div>
                <p className="mt-0.5 text-xs text-muted">
                  {version.createdBy ? version.createdBy.name : "Parallax"} ·{" "}
                  <RelativeTime iso={version.createdAt} /> ·{" "}
                  {version.entryCount.toLocaleString("en")}{" "}
                  {version.entryCount === 1 ? "entry" : "entries"}
                </p>
                <div className="mt-1.5 -ml-2 flex flex-wrap gap-0.5">
                  <Link
                    href={`/t/${encodeURIComponent(timelineId)}/v/${version.number}`}
                    className="inline-flex h-7 items-center gap-1.5 rounded-md px-2 text-sm font-medium text-ink-soft hover:bg-sunken hover:text-ink"
                    data-testid="view-version"
                  >
                    <Icon name="eye" />
                    View
                  </Link>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => props.onCompare({ from: version.number, to: "now" })}
                    data-testid="compare-with-now"
                  >
                    <Icon name="compare" />
                    Compare with now
                  </Button>
                  {canEdit && (
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={unavailable !== null}
                      title={unavailable ?? "Make the whole timeline as it was in this version"}
                      onClick={() => setConfirming(version)}
                      data-testid="restore-version"
                    >
                      <Icon name="undo" />
                      Restore…
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? `Restore version ${confirming.number}?` : "Restore"}
        description={
          confirming && (
            <>
              Every entry, lane and source becomes as it was in “{confirming.name}” (
              {new Date(confirming.createdAt).toLocaleString("en", {
                dateStyle: "medium",
                timeStyle: "short",
              })}
              ). The timeline as it is now is saved as a version first, so you can undo this from
              History.
            </>
          )
        }
        confirmLabel="Restore timeline"
        busy={restoring}
        onConfirm={() => void confirmRestore()}
        onCancel={() => setConfirming(null)}
      />
    </div>
  );
}
