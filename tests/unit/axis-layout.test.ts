import { describe, expect, it } from "vitest";
import {
  type AxisGlyph,
  type AxisMark,
  CLUSTER_GAP_PX,
  DAY_MS,
  layoutLane,
  markTime,
  visibleExtents,
  YEAR_MS,
} from "@/lib/axis";

function mark(id: string, when: string): AxisMark {
  const time = markTime(when);
  if (!time) throw new Error(`undated: ${when}`);
  return { id, ...time };
}

function sorted(marks: AxisMark[]): AxisMark[] {
  return marks.sort((a, b) => a.start - b.start);
}

const T1955 = Date.UTC(1955, 0, 1);

function kinds(glyphs: AxisGlyph[]): string[] {
  return glyphs.map((g) =>
    g.kind === "cluster" ? `cluster(${g.ids.length})` : `${g.kind}:${g.id}`,
  );
}

describe("layoutLane clustering", () => {
  const days = sorted([
    mark("a", "1955-06-01"),
    mark("b", "1955-06-02"),
    mark("c", "1955-06-03"),
    mark("d", "1955-09-15"),
  ]);

  it("draws day-precise dates as separate points when zoomed to weeks", () => {
    const view = { start: Date.UTC(1955, 4, 28), end: Date.UTC(1955, 5, 8), width: 1000 };
    const glyphs = layoutLane(days, view);
    expect(kinds(glyphs)).toEqual(["point:a", "point:b", "point:c"]);
  });

  it("merges points that sit within the gap into one cluster when zoomed out", () => {
    const view = { start: T1955, end: T1955 + YEAR_MS, width: 1000 };
    const glyphs = layoutLane(days, view);
    expect(kinds(glyphs)).toEqual(["cluster(3)", "point:d"]);
    const cluster = glyphs[0];
    if (cluster.kind !== "cluster") throw new Error("expected a cluster");
    expect(cluster.ids).toEqual(["a", "b", "c"]);
    expect(cluster.start).toBe(Date.UTC(1955, 5, 1));
    expect(cluster.end).toBe(Date.UTC(1955, 5, 4) - 1);
  });

  it("merges everything into one cluster at decade zoom, and splits it again on zooming in", () => {
    const century = { start: Date.UTC(1900, 0, 1), end: Date.UTC(2000, 0, 1), width: 1000 };
    expect(kinds(layoutLane(days, century))).toEqual(["cluster(4)"]);
    const year = { start: T1955, end: T1955 + YEAR_MS, width: 1000 };
    expect(layoutLane(days, year)).toHaveLength(2);
    const week = { start: Date.UTC(1955, 4, 30), end: Date.UTC(1955, 5, 6), width: 1000 };
    expect(layoutLane(days, week).every((g) => g.kind === "point")).toBe(true);
  });

  it("keeps points just beyond the gap apart and merges those just within it", () => {
    const width = 1000;
    const view = { start: 0, end: 1000 * DAY_MS, width }; // 1 px per day, points at day noon
    const diameter = 9;
    const apart = sorted([mark("x", "1970-01-11"), mark("y", "1970-01-31")]); // 20 px apart
    expect(kinds(layoutLane(apart, view))).toEqual(["point:x", "point:y"]);
    const near = sorted([
      mark("x", "1970-01-11"),
      mark("y", `1970-01-${11 + diameter + CLUSTER_GAP_PX - 1}`),
    ]);
    expect(kinds(layoutLane(near, view))).toEqual(["cluster(2)"]);
  });

  it("chains clusters: each member need only be near the previous run", () => {
    const view = { start: 0, end: 1000 * DAY_MS, width: 1000 };
    const chain = sorted(
      Array.from({ length: 10 }, (_, i) =>
        mark(
          `m${i}`,
          `1970-${String(1 + Math.floor((i * 15) / 28)).padStart(2, "0")}-${String(1 + ((i * 15) % 28)).padStart(2, "0")}`,
        ),
      ),
    );
    const glyphs = layoutLane(chain, view);
    expect(glyphs).toHaveLength(1);
    expect(glyphs[0].kind).toBe("cluster");
  });

  it("stacks overlapping wide spans into tracks and clusters the overflow", () => {
    const spans = sorted([
      mark("s1", "1955"),
      mark("s2", "1955-03/1955-11"),
      mark("s3", "1955-05"),
      mark("s4", "1955-06"),
      mark("s5", "1955-05-20/1955-06-20"),
    ]);
    const view = { start: T1955, end: T1955 + YEAR_MS, width: 1200 };
    const glyphs = layoutLane(spans, view);
    const tracks = Object.fromEntries(
      glyphs.flatMap((g) => (g.kind === "span" ? [[g.id, g.track]] : [])),
    );
    expect(tracks).toEqual({ s1: 0, s2: 1, s3: 2 });
    const overflow = glyphs.filter((g) => g.kind === "cluster");
    expect(overflow).toHaveLength(1);
    if (overflow[0].kind !== "cluster") throw new Error("expected a cluster");
    expect(overflow[0].ids.sort()).toEqual(["s4", "s5"]);
  });

  it("treats a long span as a wide span, not a cluster, when points sit inside it", () => {
    const marks = sorted([
      mark("year", "1955"),
      mark("p1", "1955-06-01"),
      mark("p2", "1955-06-20"),
    ]);
    const view = { start: T1955, end: T1955 + YEAR_MS, width: 1000 };
    expect(kinds(layoutLane(marks, view))).toEqual(["span:year", "point:p1", "point:p2"]);
  });

  it("turns a month into a point-sized mark that clusters when zoomed out to centuries", () => {
    const marks = sorted([mark("m", "1955-06"), mark("p", "1955-06-15")]);
    const view = { start: Date.UTC(1900, 0, 1), end: Date.UTC(2000, 0, 1), width: 1000 };
    expect(kinds(layoutLane(marks, view))).toEqual(["cluster(2)"]);
  });
});

describe("culling", () => {
  const marks = sorted(
    Array.from({ length: 365 }, (_, i) => {
      const t = new Date(T1955 + i * DAY_MS).toISOString().slice(0, 10);
      return mark(`d${i}`, t);
    }),
  );

  it("keeps only marks within the view plus a small margin", () => {
    const view = { start: Date.UTC(1955, 5, 1), end: Date.UTC(1955, 5, 11), width: 1000 };
    const ids = visibleExtents(marks, view).map((e) => e.mark.id);
    // 100 px a day and a 40 px margin: 30 May ends at -100 px, 12 June starts at 1100 px.
    expect(ids[0]).toBe("d150"); // 31 May ends at the left edge
    expect(ids[ids.length - 1]).toBe("d161"); // 11 June starts at the right edge
    expect(ids).toHaveLength(12);
    expect(layoutLane(marks, view).every((g) => g.kind === "point")).toBe(true);
  });

  it("keeps a long span that starts before and ends after the view", () => {
    const span = [mark("long", "1950/1960")];
    const view = { start: T1955, end: T1955 + DAY_MS * 10, width: 1000 };
    const [glyph] = layoutLane(span, view);
    if (glyph.kind !== "span") throw new Error("expected a span");
    expect(glyph.x0).toBe(-40);
    expect(glyph.x1).toBe(1040);
    expect(glyph.startEdge).toBe("crisp");
    expect(glyph.endEdge).toBe("crisp");
  });

  it("clusters 5,000 marks into a bounded number of glyphs that account for every mark", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const many = sorted(
      Array.from({ length: 5000 }, (_, i) => {
        const t = Date.UTC(1900, 0, 1) + random() * 100 * YEAR_MS;
        return {
          id: `r${i}`,
          start: t,
          end: t + DAY_MS - 1,
          point: true,
          approximate: false,
          uncertain: false,
          openStart: false,
          openEnd: false,
        };
      }),
    );
    const view = { start: Date.UTC(1900, 0, 1), end: Date.UTC(2000, 0, 1), width: 1200 };
    const glyphs = layoutLane(many, view);
    expect(glyphs.length).toBeLessThan(1200 / CLUSTER_GAP_PX);
    const total = glyphs.reduce((n, g) => n + (g.kind === "cluster" ? g.ids.length : 1), 0);
    expect(total).toBe(5000);
  });
});

describe("fuzzy and open spans", () => {
  const view = { start: Date.UTC(1950, 0, 1), end: Date.UTC(1960, 0, 1), width: 1000 };

  it("fades both edges of an approximate span and marks uncertainty", () => {
    const [approx] = layoutLane([mark("a", "1955~")], view);
    if (approx.kind !== "span") throw new Error("expected a span");
    expect([approx.startEdge, approx.endEdge]).toEqual(["soft", "soft"]);
    expect(approx.mark.approximate).toBe(true);
    const [unsure] = layoutLane([mark("u", "1955?")], view);
    if (unsure.kind !== "span") throw new Error("expected a span");
    expect([unsure.startEdge, unsure.endEdge]).toEqual(["crisp", "crisp"]);
    expect(unsure.mark.uncertain).toBe(true);
  });

  it("draws a crisp edge where the viewport cuts an approximate span", () => {
    const narrow = { start: Date.UTC(1955, 3, 1), end: Date.UTC(1956, 6, 1), width: 1000 };
    const [glyph] = layoutLane([mark("a", "1955~")], narrow);
    if (glyph.kind !== "span") throw new Error("expected a span");
    expect(glyph.startEdge).toBe("crisp");
    expect(glyph.endEdge).toBe("soft");
  });

  it("clamps an open end to just past the right edge and fades it out", () => {
    const [glyph] = layoutLane([mark("o", "1955/..")], view);
    if (glyph.kind !== "span") throw new Error("expected a span");
    expect(glyph.x0).toBeCloseTo(500, 0);
    expect(glyph.x1).toBe(1040);
    expect([glyph.startEdge, glyph.endEdge]).toEqual(["crisp", "open"]);
  });

  it("clamps an open start to just past the left edge and fades it out", () => {
    const [glyph] = layoutLane([mark("o", "../1955")], view);
    if (glyph.kind !== "span") throw new Error("expected a span");
    expect(glyph.x0).toBe(-40);
    expect(glyph.x1).toBeCloseTo(600, 0);
    expect([glyph.startEdge, glyph.endEdge]).toEqual(["open", "crisp"]);
  });

  it("culls an open-ended span whose known edge is beyond the view on its closed side", () => {
    expect(layoutLane([mark("late", "1970/..")], view)).toEqual([]);
    expect(layoutLane([mark("early", "../1940")], view)).toEqual([]);
    expect(layoutLane([mark("before", "1940/..")], view)).toHaveLength(1);
  });
});
