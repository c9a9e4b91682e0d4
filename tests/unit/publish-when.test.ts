import { describe, expect, it } from "vitest";
import { isoDate, whenDates } from "@/lib/publish";
import { whenGroup } from "@/lib/publish/when";

const iso = (when: string) => {
  const dates = whenDates(when);
  return (
    dates && [dates.start && isoDate(dates.start), dates.end && isoDate(dates.end), dates.exact]
  );
};

describe("whenDates", () => {
  it.each([
    ["1955-06-01", ["1955-06-01", undefined, true]],
    ["1955-06", ["1955-06", undefined, true]],
    ["1955", ["1955", undefined, true]],
    ["1955-09-02/1955-09-21", ["1955-09-02", "1955-09-21", true]],
    ["1955-03/1956", ["1955-03", "1956", true]],
    ["1955-12~", ["1955-12", undefined, false]],
    ["1955?", ["1955", undefined, false]],
    ["1950-01?/1950-03", ["1950-01", "1950-03", false]],
    ["1956-22", ["1956-06", "1956-08", false]],
    ["1956-24", ["1956-12", "1957-02", false]],
    ["195", ["1950", "1959", false]],
    ["195X", ["1950", "1959", false]],
    ["1955-06-1X", ["1955-06-10", "1955-06-19", false]],
    ["1955-06/..", ["1955-06", undefined, false]],
    ["../1956", [undefined, "1956", false]],
    ["/1956", [undefined, "1956", false]],
    ["[1955,1956]", ["1955", "1956", false]],
    ["[..1955]", [undefined, "1955", false]],
    ["-0043", ["-0043", undefined, true]],
    ["Y17000", ["+17000", undefined, true]],
  ])("%s", (when, expected) => {
    expect(iso(when)).toEqual(expected);
  });

  it("has nothing for undated or invalid strings, and reads like the editor", () => {
    expect(whenDates("")).toBeNull();
    expect(whenDates("June 1955")).toBeNull();
    expect(whenDates("1955-12~")?.readable).toBe("about December 1955");
  });
});

describe("whenGroup", () => {
  it("files an entry under its start year, its end for an open start, or as undated", () => {
    expect(whenGroup("1955-06-01/1956-10-19")).toBe("1955");
    expect(whenGroup("../1949-03")).toBe("Until 1949");
    expect(whenGroup("-0043")).toBe("44 BC");
    expect(whenGroup("")).toBe("Undated");
  });
});
