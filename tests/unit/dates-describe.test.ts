import { describe, expect, it } from "vitest";
import { describeWhen } from "@/lib/dates";

describe("describeWhen", () => {
  const table: [string, string][] = [
    ["1955-06-01", "1 June 1955"],
    ["1955-12", "December 1955"],
    ["1955", "1955"],
    ["1955-12~", "about December 1955"],
    ["1955?", "1955?"],
    ["1955%", "about 1955?"],
    ["1955-09-02/1955-09-21", "2–21 September 1955"],
    ["1955-06-20/1955-07-10", "20 June – 10 July 1955"],
    ["1955-06/1955-08", "June–August 1955"],
    ["1955-12-20/1956-01-10", "20 December 1955 – 10 January 1956"],
    ["1955-12/1956-01", "December 1955 – January 1956"],
    ["1955/1956", "1955–1956"],
    ["1955/1956-06", "1955 – June 1956"],
    ["1950-01?/1950-03", "January? – March 1950"],
    ["1955-06-01/1955-06-21?", "1 June 1955 – 21 June 1955?"],
    ["1955~/1956~", "about 1955 – about 1956"],
    ["1956-22", "summer 1956"],
    ["1956-21?", "spring 1956?"],
    ["1956-23~", "about autumn 1956"],
    ["1956-24", "winter 1956"],
    ["1956-26", "summer 1956 (Northern Hemisphere)"],
    ["1956-30", "summer 1956 (Southern Hemisphere)"],
    ["1956-33", "first quarter of 1956"],
    ["1956-40", "first half of 1956"],
    ["1956-21/1956-23", "spring–autumn 1956"],
    ["1955-24/1956-21", "winter 1955 – spring 1956"],
    ["195X", "1950s"],
    ["195", "1950s"],
    ["195~", "about the 1950s"],
    ["19XX", "20th century"],
    ["19", "20th century"],
    ["20", "21st century"],
    ["XXXX", "an unknown year"],
    ["1955-XX", "1955 (month unknown)"],
    ["1955-06-XX", "June 1955 (day unknown)"],
    ["1955-XX-XX", "1955 (month and day unknown)"],
    ["1955-1X", "October–December 1955 (exact month unknown)"],
    ["1955-06-1X", "10–19 June 1955 (exact day unknown)"],
    ["?1955-06-01", "1 June 1955 (year uncertain)"],
    ["1955-?06-01", "1 June 1955 (month uncertain)"],
    ["1955-06~-01", "1 June 1955 (year and month approximate)"],
    ["1955-06/..", "from June 1955"],
    ["../1956", "until 1956"],
    ["1955/", "from 1955 (end unknown)"],
    ["/1956", "until 1956 (start unknown)"],
    ["[1955,1956]", "1955 or 1956"],
    ["{1955,1956,1957}", "1955, 1956 and 1957"],
    ["[1955-06-01,1955-06-03]", "1 June 1955 or 3 June 1955"],
    ["[..1955]", "1955 or earlier"],
    ["[..1955,1957]", "1955 or earlier, or 1957"],
    ["[1955..1957]", "1955–1957"],
    ["-1955", "1956 BC"],
    ["0000", "1 BC"],
    ["0955-03-01", "1 March 955"],
    ["Y17000", "17000"],
    ["1950S2", "about 1950"],
    ["", "Undated"],
    ["   ", "Undated"],
    ["1955-13", "1955-13"],
    ["not a date", "not a date"],
  ];
  it.each(table)("%j reads %j", (input, expected) => {
    expect(describeWhen(input)).toBe(expected);
  });

  it("never throws", () => {
    for (const input of [
      "[",
      "/",
      "../..",
      "{..}",
      "💥",
      "x".repeat(500),
      undefined as unknown as string,
    ]) {
      expect(() => describeWhen(input)).not.toThrow();
    }
  });
});
