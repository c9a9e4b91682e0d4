import { describeWhen } from "@/lib/dates";
import type { Lane } from "@/lib/document";
import type { TimelineStore } from "./timelineStore";

/** Case- and accent-insensitive form for matching text in any script. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLocaleLowerCase();
}

/** Narrowing by sourcing state: entries where accounts differ, or with no citation at all. */
export const SHOW_FILTERS = ["", "disputed", "unsourced"] as const;
export type ShowFilter = (typeof SHOW_FILTERS)[number];

export function isShowFilter(value: string): value is ShowFilter {
  return (SHOW_FILTERS as readonly string[]).includes(value);
}

export interface EntryFilter {
  query: string;
  laneId: string;
  show?: ShowFilter;
}

/** The ids (in their given order) that match every word of the query, the lane and the show filter. */
export function filterEntries(
  order: string[],
  store: TimelineStore,
  lanes: Lane[],
  filter: EntryFilter,
): string[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  if (words.length === 0 && !filter.laneId && !filter.show) return order;
  const laneNames = new Map(lanes.map((lane) => [lane.id, fold(lane.name)]));
  return order.filter((id) => {
    const entry = store.entry(id);
    if (!entry) return false;
    if (filter.laneId && entry.laneId !== filter.laneId) return false;
    if (filter.show === "disputed" && store.entryFlags(id).disputed === 0) return false;
    if (filter.show === "unsourced" && !store.entryFlags(id).unsourced) return false;
    if (words.length === 0) return true;
    const fields = fold(
      [
        entry.title,
        entry.when,
        describeWhen(entry.when),
        entry.tags.join(" "),
        laneNames.get(entry.laneId) ?? "",
      ].join(" "),
    );
    const missing = words.filter((word) => !fields.includes(word));
    if (missing.length === 0) return true;
    const body = fold(store.entryText(id));
    return missing.every((word) => body.includes(word));
  });
}
