import { describeWhen } from "@/lib/dates";
import type { Lane } from "@/lib/document";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/review/protocol";
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

/** What the filter bar narrows the axis and the list to; every field empty shows everything. */
export interface EntryFilters {
  query: string;
  laneId: string;
  show: ShowFilter;
  tag: string;
  /** A review status, as the entry's badge shows it. */
  status: ReviewStatus | "";
}

export const NO_FILTERS: EntryFilters = { query: "", laneId: "", show: "", tag: "", status: "" };

/** Each filter's URL parameter, so a filtered view can be shared. */
const PARAMS: Record<keyof EntryFilters, string> = {
  query: "q",
  laneId: "lane",
  show: "show",
  tag: "tag",
  status: "status",
};

const isReviewStatus = (value: string): value is ReviewStatus =>
  Object.hasOwn(REVIEW_STATUS_LABELS, value);

/** The filters a URL asks for; unknown values of the closed lists are dropped. */
export function filtersFromParams(get: (name: string) => string): EntryFilters {
  const show = get(PARAMS.show);
  const status = get(PARAMS.status);
  return {
    query: get(PARAMS.query),
    laneId: get(PARAMS.laneId),
    show: isShowFilter(show) ? show : "",
    tag: get(PARAMS.tag),
    status: isReviewStatus(status) ? status : "",
  };
}

/** The URL parameters for `filters`, with an empty value for each one not in use. */
export function filterParams(filters: EntryFilters): [string, string][] {
  return (Object.keys(PARAMS) as (keyof EntryFilters)[]).map((key) => [PARAMS[key], filters[key]]);
}

export function isFiltered(filters: EntryFilters): boolean {
  return (
    filters.query.trim() !== "" ||
    filters.laneId !== "" ||
    filters.show !== "" ||
    filters.tag !== "" ||
    filters.status !== ""
  );
}

/**
 * The ids (in their given order) that match every word of the query and
 * every other filter. `statusOf` gives an entry's review status; without
 * it (a saved version has none) the status filter is ignored.
 */
export function filterEntries(
  order: string[],
  store: TimelineStore,
  lanes: Lane[],
  filters: EntryFilters,
  statusOf?: (id: string) => ReviewStatus,
): string[] {
  const status = statusOf ? filters.status : "";
  if (!isFiltered({ ...filters, status })) return order;
  const words = fold(filters.query).split(/\s+/).filter(Boolean);
  const laneNames = new Map(lanes.map((lane) => [lane.id, fold(lane.name)]));
  return order.filter((id) => {
    const entry = store.entry(id);
    if (!entry) return false;
    if (filters.laneId && entry.laneId !== filters.laneId) return false;
    if (filters.tag && !entry.tags.includes(filters.tag)) return false;
    if (filters.show === "disputed" && store.entryFlags(id).disputed === 0) return false;
    if (filters.show === "unsourced" && !store.entryFlags(id).unsourced) return false;
    if (status && statusOf?.(id) !== status) return false;
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
