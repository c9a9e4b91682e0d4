import { describe, expect, it } from "vitest";
import { chooseStep, DAY_MS, ticksFor, YEAR_MS, yearLabel } from "@/lib/axis";

const at = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);

describe("tick choice per zoom", () => {
  it("picks the finest step whose labels keep their distance", () => {
    expect(chooseStep(7 * DAY_MS, 1000)).toEqual({ unit: "day", every: 1 });
    expect(chooseStep(30 * DAY_MS, 1000)).toEqual({ unit: "day", every: 2 });
    expect(chooseStep(90 * DAY_MS, 1000)).toEqual({ unit: "day", every: 7 });
    expect(chooseStep(YEAR_MS, 1000)).toEqual({ unit: "month", every: 1 });
    expect(chooseStep(3 * YEAR_MS, 1000)).toEqual({ unit: "month", every: 3 });
    expect(chooseStep(5 * YEAR_MS, 1000)).toEqual({ unit: "month", every: 6 });
    expect(chooseStep(15 * YEAR_MS, 1000)).toEqual({ unit: "year", every: 1 });
    expect(chooseStep(60 * YEAR_MS, 1000)).toEqual({ unit: "year", every: 5 });
    expect(chooseStep(120 * YEAR_MS, 1000)).toEqual({ unit: "year", every: 10 });
    expect(chooseStep(1000 * YEAR_MS, 1000)).toEqual({ unit: "year", every: 100 });
  });

  it("gets coarser on a narrow screen", () => {
    expect(chooseStep(15 * YEAR_MS, 300)).toEqual({ unit: "year", every: 5 });
  });

  it("labels days with the day number, the 1st with its month, and names the month at the left", () => {
    const set = ticksFor(at(1955, 4, 29), at(1955, 5, 4), 1000);
    expect(set.ticks.map((t) => t.label)).toEqual(["29", "30", "31", "1 Jun", "2", "3", "4"]);
    expect(set.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(["1 Jun"]);
    expect(set.context).toBe("May 1955");
    expect(set.ticks[3].t).toBe(at(1955, 5, 1));
  });

  it("names the year on the first of January among days", () => {
    const set = ticksFor(at(1955, 11, 30), at(1956, 0, 2), 600);
    expect(set.ticks.map((t) => t.label)).toEqual(["30", "31", "1 Jan 1956", "2"]);
  });

  it("starts weekly ticks afresh each month", () => {
    const set = ticksFor(at(1955, 5, 1), at(1955, 7, 31), 1000);
    expect(set.step).toEqual({ unit: "day", every: 7 });
    expect(set.ticks.slice(0, 6).map((t) => t.label)).toEqual([
      "1 Jun",
      "8",
      "15",
      "22",
      "1 Jul",
      "8",
    ]);
  });

  it("labels months by name and Januaries by year", () => {
    const set = ticksFor(at(1955, 9, 1), at(1956, 2, 15), 1000);
    expect(set.step).toEqual({ unit: "month", every: 1 });
    expect(set.ticks.map((t) => t.label)).toEqual(["Oct", "Nov", "Dec", "1956", "Feb", "Mar"]);
    expect(set.context).toBe("1955");
  });

  it("labels years and decades, with decades as major ticks", () => {
    const years = ticksFor(at(1948), at(1961), 1000);
    expect(years.ticks.map((t) => t.label)).toEqual(
      Array.from({ length: 14 }, (_, i) => String(1948 + i)),
    );
    expect(years.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(["1950", "1960"]);
    const decades = ticksFor(at(1900), at(2010), 1000);
    expect(decades.ticks.map((t) => t.label)).toEqual(
      Array.from({ length: 12 }, (_, i) => String(1900 + 10 * i)),
    );
    expect(decades.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(["1900", "2000"]);
  });

  it("handles years before 100 and before the common era", () => {
    expect(yearLabel(1955)).toBe("1955");
    expect(yearLabel(0)).toBe("1 BC");
    expect(yearLabel(-43)).toBe("44 BC");
    const start = new Date(0);
    start.setUTCFullYear(40, 0, 1);
    const end = new Date(0);
    end.setUTCFullYear(52, 0, 1);
    const set = ticksFor(start.getTime(), end.getTime(), 1000);
    expect(set.ticks[0].label).toBe("40");
    expect(set.ticks.map((t) => new Date(t.t).getUTCFullYear())).toEqual(
      Array.from({ length: 13 }, (_, i) => 40 + i),
    );
  });

  it("keeps ticks at least the minimum spacing apart", () => {
    for (const span of [5 * DAY_MS, 40 * DAY_MS, 2 * YEAR_MS, 30 * YEAR_MS, 700 * YEAR_MS]) {
      const start = at(1900);
      const set = ticksFor(start, start + span, 900);
      const xs = set.ticks.map((t) => ((t.t - start) / span) * 900);
      for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThan(40);
    }
  });
});
