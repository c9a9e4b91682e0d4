"use client";

import { memo, useMemo } from "react";
import type { Lane } from "@/lib/document";
import { TimeAxis } from "../axis/TimeAxis";
import type { TimelineStore } from "./timelineStore";

export interface AxisPanelProps {
  lanes: Lane[];
  /** Filtered entry ids, in chronological order. */
  ids: string[];
  store: TimelineStore;
  fieldsVersion: number;
  /** Changes with any entry's content, so dispute flags stay current. */
  contentVersion: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Adds an entry in a lane on a day (EDTF, e.g. "1955-06-01"). */
  onCreateAt: (laneId: string, when: string) => void;
  readOnly: boolean;
}

/** Toolbar and tick labels of the axis, around its rows. */
const AXIS_CHROME = 64;
const ROW_HEIGHT = 44;
const MAX_HEIGHT = 320;

/** The time axis above the list: the same filtered entries, one row per lane. */
export const AxisPanel = memo(function AxisPanel({
  lanes,
  ids,
  store,
  fieldsVersion,
  contentVersion,
  selectedId,
  onSelect,
  onCreateAt,
  readOnly,
}: AxisPanelProps) {
  // The items are rebuilt only when a dispute flag changes, not on every keystroke.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the versions mark changes inside the store.
  const disputed = useMemo(
    () => ids.filter((id) => store.entryFlags(id).disputed > 0).join(" "),
    [ids, store, contentVersion],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: fieldsVersion marks when entry fields changed inside the store.
  const items = useMemo(() => {
    const flagged = new Set(disputed.split(" "));
    return ids.flatMap((id) => {
      const entry = store.entry(id);
      return entry
        ? [
            {
              id,
              laneId: entry.laneId,
              when: entry.when,
              title: entry.title,
              disputed: flagged.has(id),
            },
          ]
        : [];
    });
  }, [ids, store, fieldsVersion, disputed]);
  const height = Math.min(MAX_HEIGHT, AXIS_CHROME + ROW_HEIGHT * Math.max(lanes.length, 1));
  return (
    <section
      aria-label="Time axis"
      data-testid="axis-slot"
      className="shrink-0 border-b border-line bg-surface"
    >
      <TimeAxis
        lanes={lanes}
        items={items}
        selectedId={selectedId}
        onSelect={onSelect}
        onCreateAt={onCreateAt}
        readOnly={readOnly}
        height={height}
      />
    </section>
  );
});
