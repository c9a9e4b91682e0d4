/**
 * The editor's filter bar logic (app/components/editor/searchFilter.ts):
 * filters read from and written to the URL, and entries narrowed by tag and
 * by review status alongside search, lane and sourcing.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  type EntryFilters,
  filterEntries,
  filterParams,
  filtersFromParams,
  isFiltered,
  NO_FILTERS,
} from "@/app/components/editor/searchFilter";
import { TimelineStore } from "@/app/components/editor/timelineStore";
import { createEntry, createLane, listLanes } from "@/lib/document";
import type { ReviewStatus } from "@/lib/review/protocol";

function timeline() {
  const doc = new Y.Doc();
  const talks = createLane(doc, { name: "Negotiations" });
  const camps = createLane(doc, { name: "Prisoners" });
  const ids = {
    london: createEntry(doc, {
      title: "London talks open",
      when: "1955-06-01",
      laneId: talks,
      tags: ["talks", "disputed date"],
    }),
    moscow: createEntry(doc, {
      title: "Moscow declaration",
      when: "1956-10-19",
      laneId: talks,
      tags: ["talks"],
    }),
    returns: createEntry(doc, {
      title: "Last repatriation ship",
      when: "1956-12-26",
      laneId: camps,
      tags: ["repatriation"],
    }),
  };
  const store = new TimelineStore(doc);
  const order = [ids.london, ids.moscow, ids.returns];
  return { doc, store, ids, order, talks, lanes: listLanes(doc) };
}

const statuses = (map: Record<string, ReviewStatus>) => (id: string) => map[id] ?? "draft";

describe("filters in the URL", () => {
  it("reads every filter and round-trips through the parameters", () => {
    const filters: EntryFilters = {
      query: "london",
      laneId: "lane-1",
      show: "disputed",
      tag: "talks",
      status: "changed_since_approval",
    };
    const params = new Map(filterParams(filters));
    expect(params).toEqual(
      new Map([
        ["q", "london"],
        ["lane", "lane-1"],
        ["show", "disputed"],
        ["tag", "talks"],
        ["status", "changed_since_approval"],
      ]),
    );
    expect(filtersFromParams((name) => params.get(name) ?? "")).toEqual(filters);
  });

  it("drops values that are not in the closed lists", () => {
    const params = new Map([
      ["show", "everything"],
      ["status", "published"],
      ["tag", "talks"],
    ]);
    expect(filtersFromParams((name) => params.get(name) ?? "")).toEqual({
      ...NO_FILTERS,
      tag: "talks",
    });
    // Not even a key of Object.prototype passes as a status.
    expect(filtersFromParams((name) => (name === "status" ? "toString" : "")).status).toBe("");
  });

  it("says whether anything is filtered", () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, query: "   " })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, tag: "talks" })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, status: "approved" })).toBe(true);
  });
});

describe("filterEntries", () => {
  it("narrows by tag, exactly", () => {
    const { store, ids, order, lanes } = timeline();
    expect(filterEntries(order, store, lanes, { ...NO_FILTERS, tag: "talks" })).toEqual([
      ids.london,
      ids.moscow,
    ]);
    expect(filterEntries(order, store, lanes, { ...NO_FILTERS, tag: "talk" })).toEqual([]);
  });

  it("narrows by review status when the statuses are known, and ignores it when not", () => {
    const { store, ids, order, lanes } = timeline();
    const statusOf = statuses({ [ids.london]: "approved", [ids.returns]: "in_review" });
    const approved = { ...NO_FILTERS, status: "approved" as const };
    expect(filterEntries(order, store, lanes, approved, statusOf)).toEqual([ids.london]);
    const drafts = { ...NO_FILTERS, status: "draft" as const };
    expect(filterEntries(order, store, lanes, drafts, statusOf)).toEqual([ids.moscow]);
    // A saved version has no review states: the status filter does not hide everything.
    expect(filterEntries(order, store, lanes, approved)).toEqual(order);
  });

  it("combines every filter", () => {
    const { store, ids, order, lanes, talks } = timeline();
    const statusOf = statuses({ [ids.london]: "approved", [ids.moscow]: "approved" });
    const filters: EntryFilters = {
      ...NO_FILTERS,
      query: "moscow",
      laneId: talks,
      tag: "talks",
      status: "approved",
    };
    expect(filterEntries(order, store, lanes, filters, statusOf)).toEqual([ids.moscow]);
    expect(
      filterEntries(order, store, lanes, { ...filters, status: "in_review" }, statusOf),
    ).toEqual([]);
  });
});
