import { describe, expect, it } from "vitest";
import {
  buildRows,
  clampRange,
  DAY_MS,
  edtfDay,
  extentOf,
  fitRange,
  MAX_SPAN_MS,
  MIN_SPAN_MS,
  markTime,
  panBy,
  rangeAround,
  revealMark,
  YEAR_MS,
  zoomAt,
} from "@/lib/axis";

const range = { start: Date.UTC(1950, 0, 1), end: Date.UTC(1960, 0, 1) };

describe("zoom and pan", () => {
  it("keeps the instant under the pointer fixed while zooming", () => {
    const width = 1000;
    const x = 250;
    const before = range.start + ((range.end - range.start) * x) / width;
    const next = zoomAt(range, 2, x, width);
    expect(next.end - next.start).toBeCloseTo((range.end - range.start) / 2, -1);
    expect(next.start + ((next.end - next.start) * x) / width).toBeCloseTo(before, -1);
  });

  it("stops at four days and at the widest span", () => {
    let r = range;
    for (let i = 0; i < 40; i++) r = zoomAt(r, 2, 500, 1000);
    expect(r.end - r.start).toBe(MIN_SPAN_MS);
    for (let i = 0; i < 40; i++) r = zoomAt(r, 0.5, 500, 1000);
    expect(r.end - r.start).toBeCloseTo(MAX_SPAN_MS, -3);
  });

  it("pans by pixels at the current zoom", () => {
    const next = panBy(range, 100, 1000);
    expect(next.start - range.start).toBeCloseTo((range.end - range.start) / 10, -1);
    expect(next.end - next.start).toBeCloseTo(range.end - range.start, -1);
  });

  it("fits the data with a margin, and a sane default when empty", () => {
    const fit = fitRange([Date.UTC(1945, 0, 1), Date.UTC(1960, 0, 1)]);
    expect(fit.start).toBeLessThan(Date.UTC(1945, 0, 1));
    expect(fit.end).toBeGreaterThan(Date.UTC(1960, 0, 1));
    const single = fitRange([Date.UTC(1955, 5, 1), Date.UTC(1955, 5, 2)]);
    expect(single.end - single.start).toBe(MIN_SPAN_MS);
    const empty = fitRange(null, Date.UTC(2020, 0, 1));
    expect(empty.start).toBeLessThan(Date.UTC(2020, 0, 1));
    expect(empty.end).toBeGreaterThan(Date.UTC(2020, 0, 1));
  });

  it("repairs broken ranges", () => {
    const r = clampRange({ start: 5, end: 5 });
    expect(r.end - r.start).toBe(MIN_SPAN_MS);
    const far = clampRange({ start: 9e15, end: 9.1e15 });
    expect(far.end).toBeLessThanOrEqual(8.64e15);
  });

  it("pans to reveal an off-screen mark, keeping the zoom, and leaves a visible one alone", () => {
    const time = markTime("1970-03-04");
    if (!time) throw new Error("undated");
    const mark = { id: "m", ...time };
    const next = revealMark(range, mark);
    expect(next.end - next.start).toBeCloseTo(range.end - range.start, -1);
    expect(mark.start).toBeGreaterThan(next.start);
    expect(mark.end).toBeLessThan(next.end);
    const inside = markTime("1955");
    if (!inside) throw new Error("undated");
    expect(revealMark(range, { id: "i", ...inside })).toBe(range);
  });

  it("zooms to a cluster's extent with room around it", () => {
    const r = rangeAround(Date.UTC(1955, 5, 1), Date.UTC(1955, 7, 1));
    expect(r.start).toBeLessThan(Date.UTC(1955, 5, 1));
    expect(r.end).toBeGreaterThan(Date.UTC(1955, 7, 1));
    expect(r.end - r.start).toBeLessThan(YEAR_MS / 3);
  });
});

describe("rows and marks", () => {
  const lanes = [
    { id: "war", name: "War", color: "#b42318" },
    { id: "talks", name: "Talks", color: "#3d4fd6" },
  ];

  it("groups by lane in lane order, adds Unassigned only when needed, and counts undated", () => {
    const rows = buildRows(lanes, [
      { id: "b", laneId: "talks", when: "1956-10-19", title: "Joint declaration" },
      { id: "a", laneId: "talks", when: "1955-06-01", title: "London talks" },
      { id: "c", laneId: "war", when: "", title: "No date yet" },
      { id: "d", laneId: "gone", when: "1945-08", title: "Lane deleted" },
      { id: "e", laneId: "", when: "bogus", title: "Unreadable" },
    ]);
    expect(rows.rows.map((r) => [r.laneId, r.marks.map((m) => m.id)])).toEqual([
      ["war", []],
      ["talks", ["a", "b"]],
      ["", ["d"]],
    ]);
    expect(rows.hasUnassigned).toBe(true);
    expect(rows.undated).toBe(2);
    const clean = buildRows(lanes, [{ id: "a", laneId: "war", when: "1945", title: "x" }]);
    expect(clean.hasUnassigned).toBe(false);
    expect(clean.rows).toHaveLength(2);
    expect(extentOf(rows.rows)).toEqual([Date.UTC(1945, 7, 1), Date.UTC(1956, 9, 20) - 1]);
  });

  it("turns EDTF precision and qualifiers into points and fuzzy spans", () => {
    expect(markTime("1955-06-01")).toMatchObject({
      point: true,
      approximate: false,
      uncertain: false,
    });
    expect(markTime("1955-12~")).toMatchObject({ point: false, approximate: true });
    expect(markTime("1955?")).toMatchObject({ point: false, uncertain: true });
    expect(markTime("1955-09-02/1955-09-21")).toMatchObject({
      point: false,
      start: Date.UTC(1955, 8, 2),
      end: Date.UTC(1955, 8, 22) - 1,
    });
    expect(markTime("1955/..")).toMatchObject({
      openEnd: true,
      openStart: false,
      start: Date.UTC(1955, 0, 1),
    });
    expect(markTime("../1955")).toMatchObject({ openStart: true, end: Date.UTC(1956, 0, 1) - 1 });
    expect(markTime("")).toBeNull();
    expect(markTime("not a date")).toBeNull();
  });

  it("returns the same object for a repeated when string", () => {
    expect(markTime("1956-10-19")).toBe(markTime("1956-10-19"));
  });

  it("names the EDTF day of an instant, in any year", () => {
    expect(edtfDay(Date.UTC(1955, 5, 1, 13))).toBe("1955-06-01");
    expect(edtfDay(Date.UTC(1955, 5, 1) - 1)).toBe("1955-05-31");
    const early = new Date(0);
    early.setUTCFullYear(-43, 2, 15);
    expect(edtfDay(early.getTime() + DAY_MS / 2)).toBe("-0043-03-15");
  });
});
