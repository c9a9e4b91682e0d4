import { parseWhen } from "../dates/parse";
import type { AxisItem, AxisLane, AxisMark } from "./types";

/** Entries whose lane is missing or unknown are shown in this row. */
export const UNASSIGNED_LANE_ID = "";

type MarkTime = Omit<AxisMark, "id">;

const cache = new Map<string, MarkTime | null>();
const CACHE_LIMIT = 20_000;

/**
 * The time a `when` string covers, or null when it is undated or unreadable.
 * Memoized per string: a 5,000-entry timeline re-lays out on every frame of a
 * gesture, and most `when` strings repeat across renders.
 */
export function markTime(when: string): MarkTime | null {
  const hit = cache.get(when);
  if (hit !== undefined) return hit;
  const value = computeMarkTime(when);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(when, value);
  return value;
}

function computeMarkTime(when: string): MarkTime | null {
  if (!when.trim()) return null;
  const parsed = parseWhen(when);
  if (!parsed.ok) return null;
  const { min, max, kind, approximate, uncertain } = parsed.value;
  const openStart = !Number.isFinite(min);
  const openEnd = !Number.isFinite(max);
  if (openStart && openEnd) return null;
  const start = openStart ? max : min;
  const end = openEnd ? min : max;
  return {
    start,
    end,
    point: kind === "day" && !openStart && !openEnd,
    approximate,
    uncertain,
    openStart,
    openEnd,
  };
}

export interface LaneMarks {
  laneId: string;
  /** Sorted by start, then id. */
  marks: AxisMark[];
}

export interface AxisRows {
  rows: LaneMarks[];
  /** True when an "Unassigned" row is needed (it is then the last row). */
  hasUnassigned: boolean;
  undated: number;
}

/**
 * Groups dated items into one row per lane, in lane order, plus an
 * "Unassigned" row (id "") for items with no or an unknown lane.
 */
export function buildRows(lanes: readonly AxisLane[], items: readonly AxisItem[]): AxisRows {
  const byLane = new Map<string, AxisMark[]>();
  for (const lane of lanes) byLane.set(lane.id, []);
  const unassigned: AxisMark[] = [];
  let undated = 0;
  for (const item of items) {
    const time = markTime(item.when);
    if (!time) {
      undated++;
      continue;
    }
    const mark: AxisMark = { id: item.id, ...time };
    (byLane.get(item.laneId) ?? unassigned).push(mark);
  }
  const rows: LaneMarks[] = lanes.map((lane) => ({
    laneId: lane.id,
    marks: sortMarks(byLane.get(lane.id) ?? []),
  }));
  if (unassigned.length) rows.push({ laneId: UNASSIGNED_LANE_ID, marks: sortMarks(unassigned) });
  return { rows, hasUnassigned: unassigned.length > 0, undated };
}

function sortMarks(marks: AxisMark[]): AxisMark[] {
  return marks.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Earliest and latest finite instants over all rows, or null when nothing is dated. */
export function extentOf(rows: readonly LaneMarks[]): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    for (const mark of row.marks) {
      if (mark.start < lo) lo = mark.start;
      if (mark.end > hi) hi = mark.end;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}
