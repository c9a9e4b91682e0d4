/**
 * An EDTF `when` as calendar dates at their precision, for formats that
 * know only dates (TimelineJS, schema.org, CSV): 1955-06-01 stays a day,
 * 1955-06 a month, 1955 a year. What dates cannot say (qualifiers, X digits,
 * seasons, decades, sets, open ends) is flagged, so the readable date is
 * shown with them.
 */
import { describeWhen, parseWhen } from "../dates";

export interface DateParts {
  /** Astronomical: 0 is 1 BC. */
  year: number;
  month?: number;
  day?: number;
}

export interface WhenDates {
  /** Absent for an open or unknown start (`../1956`). */
  start?: DateParts;
  /** Absent for a single day, month or year, and for an open or unknown end. */
  end?: DateParts;
  /** False when the dates alone would misstate `when`: show `readable` with them. */
  exact: boolean;
  /** `describeWhen`, e.g. "about December 1955". */
  readable: string;
}

type Precision = "year" | "month" | "day";

const PRECISE_KINDS: ReadonlySet<string> = new Set(["day", "month", "year"]);

function partsAt(ms: number, precision: Precision): DateParts {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (precision === "year") return { year };
  const month = date.getUTCMonth() + 1;
  return precision === "month" ? { year, month } : { year, month, day: date.getUTCDate() };
}

/**
 * For spans that are not a plain day, month or year (a season, a decade, a
 * set): the coarsest unit this edge falls on. An end is the last instant of
 * its unit, so the instant after it starts the next one.
 */
function edgePrecision(ms: number, edge: "start" | "end"): Precision {
  const date = new Date(edge === "start" ? ms : ms + 1);
  if (date.getUTCDate() !== 1) return "day";
  return date.getUTCMonth() === 0 ? "year" : "month";
}

/** One edge of a parsed date or span; none where it is open (`[..1955]`). */
function edgeOf(kind: string, ms: number, edge: "start" | "end"): DateParts | undefined {
  if (!Number.isFinite(ms)) return undefined;
  return partsAt(ms, PRECISE_KINDS.has(kind) ? (kind as Precision) : edgePrecision(ms, edge));
}

/** One side of an interval: "" (unknown) and ".." (open) give no date. */
function side(text: string, edge: "start" | "end") {
  const parsed = text && text !== ".." ? parseWhen(text) : null;
  if (!parsed?.ok) return null;
  const { kind, min, max } = parsed.value;
  return {
    parts: edgeOf(kind, edge === "start" ? min : max, edge),
    precise: PRECISE_KINDS.has(kind),
  };
}

const sameParts = (a: DateParts, b: DateParts) =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/** The dates of a `when`, or null when it is empty or not valid EDTF. */
export function whenDates(when: string): WhenDates | null {
  const parsed = parseWhen(when);
  if (!parsed.ok) return null;
  const value = parsed.value;
  let start: DateParts | undefined;
  let end: DateParts | undefined;
  let precise: boolean;
  if (value.kind === "interval") {
    const [from, to] = value.edtf.split("/");
    const a = side(from, "start");
    const b = side(to, "end");
    start = a?.parts;
    end = b?.parts;
    precise = Boolean(a?.precise && b?.precise);
  } else {
    start = edgeOf(value.kind, value.min, "start");
    end = edgeOf(value.kind, value.max, "end");
    precise = PRECISE_KINDS.has(value.kind);
  }
  if (start && end && sameParts(start, end)) end = undefined;
  return {
    start,
    end,
    exact: precise && !value.approximate && !value.uncertain && !value.unspecified,
    readable: describeWhen(when),
  };
}

const pad = (value: number, width: number) => String(Math.abs(value)).padStart(width, "0");

/** ISO 8601 at the date's precision: "1955", "1955-06", "1955-06-01"; "-0043" is 44 BC. */
export function isoDate(parts: DateParts): string {
  const { year, month, day } = parts;
  const sign = year < 0 ? "-" : year > 9999 ? "+" : "";
  let text = `${sign}${pad(year, 4)}`;
  if (month !== undefined) text += `-${pad(month, 2)}`;
  if (month !== undefined && day !== undefined) text += `-${pad(day, 2)}`;
  return text;
}

/** The year an entry is filed under in chronological groupings, or null when undated. */
export function whenYear(when: string): number | null {
  const dates = whenDates(when);
  return (dates?.start ?? dates?.end)?.year ?? null;
}

const yearName = (year: number) => (year > 0 ? String(year) : `${1 - year} BC`);

/**
 * The heading an entry is filed under on the public page and in Markdown:
 * its start year, "Until <year>" for an open start, or "Undated".
 */
export function whenGroup(when: string): string {
  const dates = whenDates(when);
  if (dates?.start) return yearName(dates.start.year);
  if (dates?.end) return `Until ${yearName(dates.end.year)}`;
  return "Undated";
}
