/** How one end of what a `when` means is known. */
export type WhenBound = "known" | "open" | "unknown";

/** What a `when` string can mean, as the rest of Parallax needs it. */
export interface ParsedWhen {
  /** The EDTF string, normalised (trimmed, no spaces around commas). */
  edtf: string;
  kind: "day" | "month" | "year" | "season" | "decade" | "century" | "interval" | "set";
  /**
   * Earliest instant it can mean, ms since epoch (UTC); -Infinity when the
   * start is open (`../1956`) or unknown (`/1956`). A `when` is a single
   * point on the axis only when it is a day: then `max - min` is one day less 1 ms.
   */
  min: number;
  /** Latest instant it can mean, ms since epoch (UTC); +Infinity for an open or unknown end. */
  max: number;
  /** Qualified with `~` or `%` anywhere. */
  approximate: boolean;
  /** Qualified with `?` or `%` anywhere. */
  uncertain: boolean;
  /** `approximate || uncertain`: the axis draws it with soft edges. */
  fuzzy: boolean;
  /** Has unspecified digits (`195X`, `1955-XX`). */
  unspecified: boolean;
  /** How the start is given: "open" for `../1956`, "unknown" for `/1956`, else "known". */
  start: WhenBound;
  /** How the end is given: "open" for `1955/..`, "unknown" for `1955/`, else "known". */
  end: WhenBound;
}

/** Stable codes for why a `when` was refused; `error` says it in words, with an example. */
export type WhenErrorCode =
  | "empty"
  | "too_long"
  | "time_of_day"
  | "invalid_month"
  | "invalid_day"
  | "interval_order"
  | "interval_ends"
  | "out_of_range"
  | "syntax";

export type WhenResult =
  | { ok: true; value: ParsedWhen }
  | { ok: false; code: WhenErrorCode; error: string };

/** Longest `when` accepted; real EDTF strings are far shorter. */
export const MAX_WHEN_LENGTH = 100;
