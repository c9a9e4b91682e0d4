import edtf from "edtf";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareWhen, describeWhen, parseWhen, sortEntries } from "@/lib/dates";

/** Seeded, so a failure reproduces; pin any failing seed as its own test. */
const RUNS = { seed: 1955, numRuns: 300 };

const pad = (value: number, width = 2) => String(value).padStart(width, "0");
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Any valid day, month or year, with an optional qualifier on the whole. */
const simpleDate = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayRatio: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    precision: fc.constantFrom(1, 2, 3),
    mark: fc.constantFrom("", "~", "?", "%"),
  })
  .map(({ year, month, dayRatio, precision, mark }) => {
    const day = 1 + Math.floor(dayRatio * daysIn(year, month));
    const parts = [pad(year, 4), pad(month), pad(day)].slice(0, precision);
    return `${parts.join("-")}${mark}`;
  });

describe("parseWhen properties", () => {
  it("agrees with the edtf package on every day, month and year", () => {
    fc.assert(
      fc.property(simpleDate, (text) => {
        const ours = parseWhen(text);
        const theirs = edtf(text);
        expect(ours.ok).toBe(true);
        if (!ours.ok) return;
        expect(ours.value.min).toBe(theirs.min);
        expect(ours.value.max).toBe(theirs.max);
        if (theirs.type === "Date") {
          expect(ours.value.approximate).toBe(theirs.approximate.value > 0);
          expect(ours.value.uncertain).toBe(theirs.uncertain.value > 0);
        }
      }),
      RUNS,
    );
  });

  it("refuses every day past the end of its month", () => {
    const impossible = fc
      .record({
        year: fc.integer({ min: 1000, max: 2999 }),
        month: fc.integer({ min: 1, max: 12 }),
        extra: fc.integer({ min: 1, max: 3 }),
      })
      .filter(({ year, month, extra }) => daysIn(year, month) + extra <= 31)
      .map(({ year, month, extra }) => `${year}-${pad(month)}-${pad(daysIn(year, month) + extra)}`);
    fc.assert(
      fc.property(impossible, (text) => {
        expect(parseWhen(text)).toMatchObject({ ok: false, code: "invalid_day" });
      }),
      RUNS,
    );
  });

  it("spans an interval from the start of its first date to the end of its last", () => {
    fc.assert(
      fc.property(simpleDate, simpleDate, (a, b) => {
        const [first, second] = [parseWhen(a), parseWhen(b)];
        if (!first.ok || !second.ok || first.value.min >= second.value.min) return;
        const interval = parseWhen(`${a}/${b}`);
        expect(interval.ok).toBe(true);
        if (!interval.ok) return;
        expect(interval.value.min).toBe(first.value.min);
        expect(interval.value.max).toBe(second.value.max);
        expect(interval.value.fuzzy).toBe(first.value.fuzzy || second.value.fuzzy);
      }),
      RUNS,
    );
  });

  it("never throws and never shows EDTF notation for a valid date", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const result = parseWhen(text);
        const readable = describeWhen(text);
        if (result.ok) expect(readable).not.toMatch(/\d-\d|[~%/]/);
        else expect(readable).toBe(text.trim() ? text : "Undated");
      }),
      RUNS,
    );
    fc.assert(
      fc.property(simpleDate, (text) => {
        expect(describeWhen(text)).not.toMatch(/\d-\d|[~%]/);
      }),
      RUNS,
    );
  });
});

describe("sortEntries properties", () => {
  const when = fc.oneof(
    simpleDate,
    fc.constantFrom("", "1956-22", "195X", "../1955", "1955/..", "1955-06/1955-08", "bad"),
  );
  const entries = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      when,
      createdAt: fc.integer({ min: 0, max: 3 }),
    }),
    { selector: (entry) => entry.id, maxLength: 30 },
  );

  it("gives one order for any input order, sorted by compareWhen", () => {
    fc.assert(
      fc.property(entries, fc.func(fc.integer()), (list, key) => {
        const sorted = sortEntries(list);
        const shuffled = [...list].sort((a, b) => key(a.id) - key(b.id));
        expect(sortEntries(shuffled)).toEqual(sorted);
        for (let i = 1; i < sorted.length; i++) {
          expect(compareWhen(sorted[i - 1].when, sorted[i].when)).toBeLessThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });
});
