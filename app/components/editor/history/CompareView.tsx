"use client";

import { useEffect, useState } from "react";
import { describeWhen } from "@/lib/dates";
import type { Lane, Source } from "@/lib/document";
import type { EntryRef, TimelineComparison } from "@/lib/versions/compare";
import type { VersionDTO } from "@/lib/versions/protocol";
import { Button } from "../../ui/Button";
import { cx } from "../../ui/cx";
import { EmptyState } from "../../ui/EmptyState";
import { Icon } from "../../ui/Icon";
import { Skeleton } from "../../ui/Skeleton";
import { Spinner } from "../../ui/Spinner";
import { EntryDiffView } from "../review/EntryDiffView";
import { failureMessage } from "../review/status";
import { type VersionRef, versionsApi } from "./versionsApi";

export interface CompareViewProps {
  timelineId: string;
  from: VersionRef;
  to: VersionRef;
  /** The versions known so far, to name the two sides. */
  versions: VersionDTO[];
  lanes: Lane[];
  sourcesById: ReadonlyMap<string, Source>;
  /** Editors may restore entries of `from` when comparing with now. */
  canRestore: boolean;
  /** Why restoring is unavailable now (offline), or null. */
  unavailable: string | null;
  onRestoreEntry: (from: number, entry: EntryRef) => Promise<unknown>;
  /** Shows the entry in the list, when it exists now. */
  onReveal: (entryId: string) => void;
  entryExists: (entryId: string) => boolean;
  onBack: () => void;
  /** Changes when the live timeline changed, so "now" is compared again. */
  liveVersion: number;
}

type State =
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "ready"; comparison: TimelineComparison };

/** A side of the comparison, in words. */
function sideName(ref: VersionRef, versions: VersionDTO[]): string {
  if (ref === "now") return "Now";
  const version = versions.find((v) => v.number === ref);
  return version ? `Version ${ref} · ${version.name}` : `Version ${ref}`;
}

/**
 * Two versions side by side, entry by entry: counts of added, removed and
 * changed entries, then each changed entry's diff, and a way to restore an
 * entry as it was in the older version.
 */
export function CompareView(props: CompareViewProps) {
  const { timelineId, from, to, versions, liveVersion } = props;
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [restoring, setRestoring] = useState<string | null>(null);
  // "Now" moves with every edit; compare again shortly after the timeline settles.
  const [settled, setSettled] = useState(liveVersion);
  useEffect(() => {
    if (to !== "now") return;
    const timer = setTimeout(() => setSettled(liveVersion), 800);
    return () => clearTimeout(timer);
  }, [liveVersion, to]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt and settled ask for a fresh comparison.
  useEffect(() => {
    let live = true;
    setState((prev) => (prev.kind === "ready" ? prev : { kind: "loading" }));
    versionsApi.compare(timelineId, from, to).then(
      (comparison) => live && setState({ kind: "ready", comparison }),
      (error) =>
        live &&
        setState({
          kind: "error",
          message: failureMessage(error, "The versions could not be compared."),
        }),
    );
    return () => {
      live = false;
    };
  }, [timelineId, from, to, attempt, settled]);

  const restorable = props.canRestore && to === "now" && typeof from === "number";

  const restore = async (entry: EntryRef) => {
    if (typeof from !== "number") return;
    setRestoring(entry.id);
    try {
      await props.onRestoreEntry(from, entry);
      setAttempt((n) => n + 1);
    } finally {
      setRestoring(null);
    }
  };

  const restoreButton = (entry: EntryRef) =>
    restorable && (
      <Button
        size="sm"
        disabled={restoring !== null || props.unavailable !== null}
        title={props.unavailable ?? `Make this entry as it was in version ${from}`}
        onClick={() => void restore(entry)}
        data-testid="restore-entry"
      >
        {restoring === entry.id ? <Spinner className="h-3 w-3" /> : <Icon name="undo" />}
        Restore this entry
      </Button>
    );

  const heading = (entry: EntryRef, tone: "changed" | "removed" | "added") => {
    const exists = props.entryExists(entry.id);
    return (
      <div className="min-w-0 flex-1">
        <p className="text-xs text-muted">{describeWhen(entry.when)}</p>
        {exists ? (
          <button
            type="button"
            onClick={() => props.onReveal(entry.id)}
            className={cx(
              "text-left text-base font-medium text-ink hover:text-accent hover:underline",
              tone === "removed" && "line-through decoration-danger/60",
            )}
            title="Show in the timeline"
          >
            {entry.title || "Untitled entry"}
          </button>
        ) : (
          <p
            className={cx(
              "text-base font-medium text-ink",
              tone === "removed" && "line-through decoration-danger/60",
            )}
          >
            {entry.title || "Untitled entry"}
          </p>
        )}
      </div>
    );
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="compare-view">
      <div className="flex shrink-0 flex-col gap-1.5 border-b border-line p-3">
        <Button
          variant="ghost"
          size="sm"
          onClick={props.onBack}
          className="-ml-1 self-start"
          data-testid="compare-back"
        >
          <Icon name="back" />
          Versions
        </Button>
        <h3
          className="flex flex-wrap items-center gap-x-1.5 text-base font-semibold text-ink"
          data-testid="compare-title"
        >
          <span>{sideName(from, versions)}</span>
          <span aria-hidden className="text-faint">
            →
          </span>
          <span className="sr-only">compared with</span>
          <span>{sideName(to, versions)}</span>
        </h3>
        {state.kind === "ready" && (
          <p className="flex flex-wrap gap-1.5 text-xs" data-testid="compare-counts">
            <Count
              n={state.comparison.changed.length}
              label="changed"
              tone="bg-warning-soft text-warning"
            />
            <Count
              n={state.comparison.added.length}
              label="added"
              tone="bg-success-soft text-success"
            />
            <Count
              n={state.comparison.removed.length}
              label="removed"
              tone="bg-danger-soft text-danger"
            />
            <Count n={state.comparison.unchanged} label="unchanged" tone="bg-sunken text-muted" />
          </p>
        )}
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain p-3">
        {state.kind === "loading" ? (
          <section className="flex flex-col gap-2" aria-busy="true" aria-label="Comparing">
            {[0, 1].map((row) => (
              <div key={row} className="rounded-lg border border-line bg-surface p-3">
                <Skeleton className="h-3 w-24" />
                <Skeleton className="mt-2 h-4 w-3/4" />
                <Skeleton className="mt-3 h-3 w-full" />
                <Skeleton className="mt-1.5 h-3 w-5/6" />
              </div>
            ))}
          </section>
        ) : state.kind === "error" ? (
          <EmptyState
            icon="alert"
            title="The comparison could not be made"
            className="py-8"
            action={<Button onClick={() => setAttempt((n) => n + 1)}>Try again</Button>}
          >
            {state.message}
          </EmptyState>
        ) : state.comparison.changed.length +
            state.comparison.added.length +
            state.comparison.removed.length ===
          0 ? (
          <EmptyState icon="check" title="No differences" testId="compare-same" className="py-8">
            Every entry reads the same in both. (Tags and comments are not compared.)
          </EmptyState>
        ) : (
          <div className="flex flex-col gap-4">
            {state.comparison.changed.length > 0 && (
              <Section title="Changed" count={state.comparison.changed.length}>
                {state.comparison.changed.map((entry) => (
                  <li
                    key={entry.id}
                    className="rounded-lg border border-line bg-surface p-3 shadow-card"
                    data-testid="compare-entry"
                    data-change="changed"
                    data-entry-id={entry.id}
                  >
                    <div className="mb-2 flex items-start gap-2">
                      {heading(entry, "changed")}
                      {restoreButton(entry)}
                    </div>
                    <EntryDiffView
                      diff={entry.diff}
                      lanes={props.lanes}
                      sourcesById={props.sourcesById}
                      compact
                    />
                  </li>
                ))}
              </Section>
            )}
            {(["removed", "added"] as const).map(
              (change) =>
                state.comparison[change].length > 0 && (
                  <Section
                    key={change}
                    title={change === "removed" ? "Removed" : "Added"}
                    count={state.comparison[change].length}
                  >
                    {state.comparison[change].map((entry) => (
                      <li
                        key={entry.id}
                        className="flex items-start gap-2 rounded-lg border border-line bg-surface p-3 shadow-card"
                        data-testid="compare-entry"
                        data-change={change}
                        data-entry-id={entry.id}
                      >
                        {heading(entry, change)}
                        {/* An added entry is undone by deleting it, not restored. */}
                        {change === "removed" && restoreButton(entry)}
                      </li>
                    ))}
                  </Section>
                ),
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function Count({ n, label, tone }: { n: number; label: string; tone: string }) {
  return (
    <span
      className={cx(
        "rounded-full px-2 py-0.5 font-medium tabular-nums",
        n === 0 ? "bg-sunken text-faint" : tone,
      )}
    >
      {n.toLocaleString("en")} {label}
    </span>
  );
}

function Section({
  title,
  count,
  children,
}: {
  title: string;
  count: number;
  children: React.ReactNode;
}) {
  return (
    <section aria-label={`${title} entries`}>
      <h4 className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">
        {title} ({count})
      </h4>
      <ul className="flex flex-col gap-2">{children}</ul>
    </section>
  );
}
