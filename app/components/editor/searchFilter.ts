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

export interface EntryFilter {
  query: string;
  laneId: string;
}

/** The ids (in their given order) that match every word of the query and the lane filter. */
export function filterEntries(
  order: string[],
  store: TimelineStore,
  lanes: Lane[],
  filter: EntryFilter,
): string[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  if (words.length === 0 && !filter.laneId) return order;
  const laneNames = new Map(lanes.map((lane) => [lane.id, fold(lane.name)]));
  return order.filter((id) => {
    const entry = store.entry(id);
    if (!entry) return false;
    if (filter.laneId && entry.laneId !== filter.laneId) return false;
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
