import type { WhenErrorCode } from "./types";

/** Thrown inside lib/dates while parsing; `parseWhen` turns it into a `WhenResult`. */
export class WhenError extends Error {
  constructor(
    readonly code: WhenErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "WhenError";
  }
}

/** The examples every general message ends with. */
export const WHEN_EXAMPLES =
  "Try 1955-06-01 (a day), 1955-06 (a month), 1955-12~ (about December 1955), 1956-22 (summer 1956) or 1955-09-02/1955-09-21 (from one date to another).";
