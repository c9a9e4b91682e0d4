import { describe, expect, it } from "vitest";
import { MAX_WHEN_LENGTH, type ParsedWhen, parseWhen, type WhenErrorCode } from "@/lib/dates";

const iso = (ms: number) =>
  Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : String(ms);

function parsed(input: string): ParsedWhen {
  const result = parseWhen(input);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.error}`);
  return result.value;
}

describe("parseWhen: valid EDTF", () => {
  // [input, kind, first day, last day]
  const table: [string, ParsedWhen["kind"], string, string][] = [
    ["1955-06-01", "day", "1955-06-01", "1955-06-01"],
    ["1956-02-29", "day", "1956-02-29", "1956-02-29"],
    ["1955-12", "month", "1955-12-01", "1955-12-31"],
    ["1956-02", "month", "1956-02-01", "1956-02-29"],
    ["1955", "year", "1955-01-01", "1955-12-31"],
    ["0955", "year", "0955-01-01", "0955-12-31"],
    ["0000", "year", "0000-01-01", "0000-12-31"],
    ["1956-21", "season", "1956-03-01", "1956-05-31"],
    ["1956-22", "season", "1956-06-01", "1956-08-31"],
    ["1956-23", "season", "1956-09-01", "1956-11-30"],
    ["1956-24", "season", "1956-12-01", "1957-02-28"],
    ["1956-29", "season", "1956-09-01", "1956-11-30"],
    ["1956-33", "season", "1956-01-01", "1956-03-31"],
    ["1956-38", "season", "1956-05-01", "1956-08-31"],
    ["1956-41", "season", "1956-07-01", "1956-12-31"],
    ["195X", "decade", "1950-01-01", "1959-12-31"],
    ["195", "decade", "1950-01-01", "1959-12-31"],
    ["19XX", "century", "1900-01-01", "1999-12-31"],
    ["19", "century", "1900-01-01", "1999-12-31"],
    ["1955-XX", "month", "1955-01-01", "1955-12-31"],
    ["1955-06-XX", "day", "1955-06-01", "1955-06-30"],
    ["1955-06-1X", "day", "1955-06-10", "1955-06-19"],
    ["195X-22", "season", "1950-06-01", "1959-08-31"],
    ["1955-09-02/1955-09-21", "interval", "1955-09-02", "1955-09-21"],
    ["1955-12-20/1956-01-10", "interval", "1955-12-20", "1956-01-10"],
    ["1950-01?/1950-03", "interval", "1950-01-01", "1950-03-31"],
    ["1956-21/1956-23", "interval", "1956-03-01", "1956-11-30"],
    ["195X/1960", "interval", "1950-01-01", "1960-12-31"],
    ["[1955,1956]", "set", "1955-01-01", "1956-12-31"],
    ["[1957,1955]", "set", "1955-01-01", "1957-12-31"],
    ["{1955-06-01,1955-06-03}", "set", "1955-06-01", "1955-06-03"],
    ["[1955..1957]", "set", "1955-01-01", "1957-12-31"],
  ];
  it.each(table)("%s is a %s from %s to %s", (input, kind, first, last) => {
    const value = parsed(input);
    expect(value.kind).toBe(kind);
    expect(iso(value.min)).toBe(first);
    expect(iso(value.max)).toBe(last);
    expect(new Date(value.max + 1).getUTCHours()).toBe(0);
  });

  it("gives years before 1 AD in astronomical numbering", () => {
    expect(new Date(parsed("-0001").min).toISOString()).toBe("-000001-01-01T00:00:00.000Z");
    expect(parsed("-1955").max).toBeLessThan(parsed("0000").min);
  });

  it("reads qualifiers on the whole date and on single parts", () => {
    const flags = (input: string) => {
      const { approximate, uncertain, fuzzy } = parsed(input);
      return { approximate, uncertain, fuzzy };
    };
    expect(flags("1955-12~")).toEqual({ approximate: true, uncertain: false, fuzzy: true });
    expect(flags("1955?")).toEqual({ approximate: false, uncertain: true, fuzzy: true });
    expect(flags("1955%")).toEqual({ approximate: true, uncertain: true, fuzzy: true });
    expect(flags("1956-21?")).toEqual({ approximate: false, uncertain: true, fuzzy: true });
    expect(flags("?1955-06-01")).toEqual({ approximate: false, uncertain: true, fuzzy: true });
    expect(flags("1955-06~-01")).toEqual({ approximate: true, uncertain: false, fuzzy: true });
    expect(flags("1955-06-01/1955-06-21~")).toEqual({
      approximate: true,
      uncertain: false,
      fuzzy: true,
    });
    expect(flags("[1955-06,1956-06?]")).toEqual({
      approximate: false,
      uncertain: true,
      fuzzy: true,
    });
    expect(flags("1955-06-01")).toEqual({ approximate: false, uncertain: false, fuzzy: false });
    // Qualifiers widen nothing: the span is the date's own.
    expect(parsed("1955-12~").min).toBe(parsed("1955-12").min);
  });

  it("marks unspecified digits", () => {
    expect(parsed("195X").unspecified).toBe(true);
    expect(parsed("1955-XX").unspecified).toBe(true);
    expect(parsed("195").unspecified).toBe(false);
  });

  it("handles open and unknown interval ends itself, as infinities", () => {
    const from = parsed("1955/..");
    expect([iso(from.min), from.max, from.start, from.end]).toEqual([
      "1955-01-01",
      Infinity,
      "known",
      "open",
    ]);
    const until = parsed("../1956");
    expect([until.min, iso(until.max), until.start, until.end]).toEqual([
      -Infinity,
      "1956-12-31",
      "open",
      "known",
    ]);
    const unknownStart = parsed("/1956-06");
    expect([unknownStart.min, iso(unknownStart.max), unknownStart.start]).toEqual([
      -Infinity,
      "1956-06-30",
      "unknown",
    ]);
    const unknownEnd = parsed("1955-06-01/");
    expect([iso(unknownEnd.min), unknownEnd.max, unknownEnd.end]).toEqual([
      "1955-06-01",
      Infinity,
      "unknown",
    ]);
    expect(parsed("1955-06-01~/..").approximate).toBe(true);
    expect(parsed("[..1955]")).toMatchObject({ min: -Infinity, start: "open", end: "known" });
    expect(parsed("{1955,1957..}")).toMatchObject({ max: Infinity, start: "known", end: "open" });
  });

  it("normalises whitespace but keeps the user's notation", () => {
    expect(parsed("  1955-06-01 ").edtf).toBe("1955-06-01");
    expect(parsed("[1955, 1956]").edtf).toBe("[1955,1956]");
    expect(parsed("?1955-06-01").edtf).toBe("?1955-06-01");
  });
});

describe("parseWhen: invalid input", () => {
  // [input, code, words the message must contain]
  const table: [string, WhenErrorCode, string][] = [
    ["", "empty", "1955-06-01"],
    ["   ", "empty", "1955-06-01"],
    ["1955-13", "invalid_month", "Month 13 does not exist"],
    ["1955-00", "invalid_month", "Month 00 does not exist"],
    ["1955-45", "invalid_month", "neither a month (01–12) nor a season (21–41)"],
    ["1955-13-01/1955-14", "invalid_month", "Month 13 does not exist"],
    ["1955-02-29", "invalid_day", "29 February 1955 does not exist: 1955 is not a leap year"],
    ["1955-02~-29", "invalid_day", "1955 is not a leap year"],
    ["1955-04-31", "invalid_day", "31 April 1955 does not exist: April has 30 days"],
    ["1955-09-02/1955-09-31", "invalid_day", "31 September 1955 does not exist"],
    ["1955-06-00", "invalid_day", "Day 00 does not exist"],
    ["1955-06-32", "invalid_day", "Day 32 does not exist"],
    ["1956-22-01", "invalid_day", "season, which has no days"],
    ["1955-06-01T10:00", "time_of_day", "Times of day"],
    ["1955-09-21/1955-09-02", "interval_order", "Write the earlier date first"],
    ["1955-06-01/1955-06-01", "interval_order", "ends after it starts"],
    ["[1957..1955]", "interval_order", "from earlier to later"],
    ["../..", "interval_ends", "at least one date"],
    ["/", "interval_ends", "at least one date"],
    ["1956-21/1957", "interval_ends", "two dates or two seasons"],
    ["195/196", "interval_ends", "date or a season"],
    ["1955/1956/1957", "syntax", "one slash"],
    ["Y170000002", "out_of_range", "too far"],
    ["June 1955", "syntax", "1955-06 for June 1955"],
    ["1 June 1955", "syntax", "1955-06-01 for 1 June 1955"],
    ["June 1, 1955", "syntax", "1955-06-01"],
    ["summer 1956", "syntax", "1956-22"],
    ["c. 1955", "syntax", "1955~"],
    ["1950s", "syntax", "195X"],
    ["25/12/1955", "syntax", "1955-12-25"],
    ["01/06/1955", "syntax", "1955-06-01 for 1 June 1955, or 1955-01-06 for 6 January 1955"],
    ["19550601", "syntax", "1955-06-01"],
    ["1955-6-1", "syntax", "1955-06-01"],
    ["1955-1956", "syntax", "1955/1956"],
    ["1955 – 1956", "syntax", "1955/1956"],
    ["1955-06-02 to 1955-06-21", "syntax", "1955-06-02/1955-06-21"],
    ["195x", "syntax", "capital X"],
    ["1955 06", "syntax", "no spaces"],
    ["yesterday", "syntax", "1955-12~ (about December 1955)"],
    ["1955-06-01!", "syntax", "is not a date in EDTF"],
  ];
  it.each(table)("%j is refused (%s)", (input, code, words) => {
    const result = parseWhen(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.error).toContain(words);
  });

  it("refuses absurdly long input without parsing it", () => {
    const result = parseWhen(`1955-06-01${" ".repeat(20)}${"[1955,".repeat(20)}`);
    expect(result).toMatchObject({ ok: false, code: "too_long" });
    if (!result.ok) expect(result.error).toContain(String(MAX_WHEN_LENGTH));
  });

  it("never throws, whatever it is given", () => {
    for (const input of [
      "[",
      "{",
      "..",
      "%",
      "~",
      "?",
      "-",
      "Y",
      "X",
      "1955-",
      "[..]",
      "{..}",
      "\u0000",
      "💥",
    ]) {
      expect(() => parseWhen(input)).not.toThrow();
      expect(parseWhen(input).ok).toBe(false);
    }
    expect(parseWhen(undefined as unknown as string).ok).toBe(false);
  });
});
