import { describe, expect, it } from "vitest";
import { compareWhen, sortEntries, whenRange } from "@/lib/dates";

const entry = (id: string, when: string, createdAt = 0) => ({ id, when, createdAt });
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe("compareWhen", () => {
  it("orders by earliest instant, then latest", () => {
    const shuffled = ["1955-07", "1956", "1955-06", "1955", "1955-06-02", "1955-06-01"];
    expect([...shuffled].sort(compareWhen)).toEqual([
      "1955",
      "1955-06-01",
      "1955-06",
      "1955-06-02",
      "1955-07",
      "1956",
    ]);
    expect(compareWhen("1955-06-01", "1955-06")).toBeLessThan(0);
    expect(compareWhen("1955-06", "1955")).toBeGreaterThan(0);
    expect(compareWhen("1955-01", "1955")).toBeLessThan(0);
  });

  it("places intervals by their start, and the shorter first", () => {
    expect(compareWhen("1955-09-02/1955-09-21", "1955-09-03")).toBeLessThan(0);
    expect(compareWhen("1955-09-02/1955-09-21", "1955-09-02")).toBeGreaterThan(0);
    expect(compareWhen("1955-09-02/1955-09-05", "1955-09-02/1955-09-21")).toBeLessThan(0);
    expect(compareWhen("../1956", "1900")).toBeLessThan(0);
    expect(compareWhen("1955/..", "1955/1956")).toBeGreaterThan(0);
    expect(compareWhen("1955/..", "1955/")).toBe(0);
  });

  it("treats approximate dates by the span they name", () => {
    expect(compareWhen("1955-12~", "1955-12")).toBe(0);
    expect(compareWhen("1955-12~", "1955-11-30")).toBeGreaterThan(0);
    expect(compareWhen("1956-22", "1956-06-01")).toBeGreaterThan(0);
    expect(compareWhen("1956-22", "1956-05-31")).toBeGreaterThan(0);
  });

  it("puts undated and invalid strings after every date", () => {
    expect(compareWhen("", "9999")).toBeGreaterThan(0);
    expect(compareWhen("1955/..", "")).toBeLessThan(0);
    expect(compareWhen("", "not a date")).toBe(0);
  });
});

describe("whenRange", () => {
  it("gives the instants a when can mean, or null", () => {
    expect(whenRange("1955")).toEqual({ min: Date.UTC(1955, 0, 1), max: Date.UTC(1956, 0, 1) - 1 });
    expect(whenRange("../1955")?.min).toBe(-Infinity);
    expect(whenRange("")).toBeNull();
    expect(whenRange("1955-13")).toBeNull();
  });
});

describe("sortEntries", () => {
  it("sorts chronologically, ties by createdAt then id, undated last", () => {
    const list = [
      entry("undated", "", 1),
      entry("year", "1955", 5),
      entry("tie-b", "1955-06-01", 2),
      entry("tie-a", "1955-06-01", 2),
      entry("tie-early", "1955-06-01", 1),
      entry("approx", "1955-06-01~", 0),
      entry("interval", "1955-06-01/1955-06-03", 0),
      entry("open", "../1955-06-01", 9),
      entry("invalid", "June 1955", 0),
    ];
    expect(ids(sortEntries(list))).toEqual([
      "open",
      "year",
      "approx",
      "tie-early",
      "tie-a",
      "tie-b",
      "interval",
      "invalid",
      "undated",
    ]);
  });

  it("gives the same order whatever the input order", () => {
    const list = [
      "1955",
      "1955~",
      "1955?",
      "",
      "1956-22",
      "1956-06/1956-08",
      "195X",
      "1950-01?/1950-03",
    ].map((when, i) => entry(`e${i % 3}-${i}`, when, i % 2));
    const expected = ids(sortEntries(list));
    for (let shift = 1; shift < list.length; shift++) {
      const rotated = [...list.slice(shift), ...list.slice(0, shift)];
      expect(ids(sortEntries(rotated))).toEqual(expected);
      expect(ids(sortEntries([...rotated].reverse()))).toEqual(expected);
    }
  });

  it("returns a new array and leaves the input alone", () => {
    const list = [entry("b", "1956"), entry("a", "1955")];
    const sorted = sortEntries(list);
    expect(ids(sorted)).toEqual(["a", "b"]);
    expect(ids(list)).toEqual(["b", "a"]);
  });
});
