/**
 * The structure of a parsed `when`, shared by the parser, the readable
 * preview and the ordering. Internal to lib/dates: other code uses the flat
 * `ParsedWhen` summary.
 *
 * Qualification and unspecified digits are bitmasks over the digits of the
 * date, as in the `edtf` package: year digits are bits 0–3, month 4–5 and
 * day 6–7 (so the whole year is 15, the month 48, the day 192).
 */

export const YEAR_BITS = 15;
export const MONTH_BITS = 48;
export const DAY_BITS = 192;

interface Span {
  /** Earliest instant, ms since epoch (UTC). */
  min: number;
  /** Latest instant, ms since epoch (UTC). */
  max: number;
}

/** A calendar date of year, month or day precision, possibly qualified or with X digits. */
export interface DateNode extends Span {
  type: "date";
  year: number;
  /** 1–12, present for month and day precision (X digits read as 0). */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  approximate: number;
  uncertain: number;
  unspecified: number;
}

/** A season or other division of a year (EDTF codes 21–41). Season bits are the month bits. */
export interface SeasonNode extends Span {
  type: "season";
  year: number;
  code: number;
  approximate: number;
  uncertain: number;
  unspecified: number;
}

/** `195` (the 1950s) or `19` (1900–1999). */
export interface DecadeNode extends Span {
  type: "decade" | "century";
  value: number;
  approximate: boolean;
  uncertain: boolean;
}

/** A year written with a `Y` prefix or significant digits (`Y17000`, `1950S2`). */
export interface LongYearNode extends Span {
  type: "longYear";
  year: number;
  significant?: number;
}

export type PointNode = DateNode | SeasonNode | DecadeNode | LongYearNode;

/** How an interval end is given: a date, `..` (open, no limit) or nothing (unknown). */
export type IntervalEnd = PointNode | "open" | "unknown";

export interface IntervalNode extends Span {
  type: "interval";
  start: IntervalEnd;
  end: IntervalEnd;
}

export interface RangeMember extends Span {
  from: DateNode;
  to: DateNode;
}

/** `[a,b]` (one of; `all` false) or `{a,b}` (all of; `all` true). */
export interface SetNode extends Span {
  type: "set";
  all: boolean;
  /** `..` before the first member: or any earlier date. */
  earlier: boolean;
  /** `..` after the last member: or any later date. */
  later: boolean;
  members: (DateNode | RangeMember)[];
}

export type WhenNode = PointNode | IntervalNode | SetNode;
