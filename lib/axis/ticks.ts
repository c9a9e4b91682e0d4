/**
 * Adaptive ticks for the time axis: the finest calendar step whose labels
 * stay readable at the current zoom (days → months → years → decades → …).
 * Calendar arithmetic is UTC, like the EDTF instants it labels.
 */
import { DAY_MS, YEAR_MS } from "./view";

export type TickUnit = "day" | "month" | "year";

export interface TickStep {
  unit: TickUnit;
  every: number;
}

export interface Tick {
  /** Instant of the gridline, ms. */
  t: number;
  label: string;
  /** Starts a larger unit (a month among days, a year among months, a decade among years…). */
  major: boolean;
}

export interface TickSet {
  step: TickStep;
  ticks: Tick[];
  /** The larger unit at the left edge ("June 1955" among days, "1955" among months), or "". */
  context: string;
}

/** Steps from finest to coarsest. */
export const TICK_STEPS: readonly TickStep[] = [
  { unit: "day", every: 1 },
  { unit: "day", every: 2 },
  { unit: "day", every: 7 },
  { unit: "month", every: 1 },
  { unit: "month", every: 3 },
  { unit: "month", every: 6 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000].map(
    (every): TickStep => ({ unit: "year", every }),
  ),
];

/** Labels need about this much room, px. */
export const MIN_TICK_SPACING_PX = 64;

/**
 * Room a tick label takes to the right of its gridline, px: 11px tabular
 * digits (about 7px each) after a 4px gap. Labels that would run past the
 * plot's right edge are left out rather than cut off.
 */
export function tickLabelRoom(label: string): number {
  return 4 + label.length * 7;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function approxMs(step: TickStep): number {
  if (step.unit === "day") return step.every * DAY_MS;
  if (step.unit === "month") return (step.every * YEAR_MS) / 12;
  return step.every * YEAR_MS;
}

/** The finest step whose ticks are at least `minSpacing` px apart. */
export function chooseStep(
  spanMs: number,
  width: number,
  minSpacing = MIN_TICK_SPACING_PX,
): TickStep {
  const pxPerMs = width / spanMs;
  return (
    TICK_STEPS.find((step) => approxMs(step) * pxPerMs >= minSpacing) ??
    TICK_STEPS[TICK_STEPS.length - 1]
  );
}

/** Midnight UTC of a calendar day, valid for any year (Date.UTC maps 0–99 to 1900–1999). */
export function utcDate(year: number, month: number, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
}

/** A year as people write it: 1955, 44 BC (EDTF year 0 is 1 BC). */
export function yearLabel(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BC`;
}

/** Ticks covering [start, end] for a plot `width` px wide. */
export function ticksFor(start: number, end: number, width: number): TickSet {
  const step = chooseStep(end - start, width);
  const first = new Date(start);
  const ticks: Tick[] = [];
  const push = (t: number, label: string, major: boolean) => {
    if (t >= start && t <= end) ticks.push({ t, label, major });
  };
  if (step.unit === "day") {
    const y = first.getUTCFullYear();
    const m = first.getUTCMonth();
    // Walk month by month so day steps restart on the 1st (1, 8, 15, 22, 29 for weeks).
    for (let month = 0; ; month++) {
      const monthStart = utcDate(y, m + month);
      if (monthStart > end) break;
      const date = new Date(monthStart);
      const days = new Date(utcDate(y, m + month + 1) - DAY_MS).getUTCDate();
      for (let d = 1; d <= days; d += step.every) {
        if (step.every > 1 && days - d < step.every / 2 && d !== 1) continue; // no crowded last tick
        const t = monthStart + (d - 1) * DAY_MS;
        if (t > end) break;
        const label =
          d === 1
            ? `1 ${MONTHS[date.getUTCMonth()]}${date.getUTCMonth() === 0 ? ` ${yearLabel(date.getUTCFullYear())}` : ""}`
            : String(d);
        push(t, label, d === 1);
      }
    }
    return {
      step,
      ticks,
      context: `${MONTHS_LONG[first.getUTCMonth()]} ${yearLabel(first.getUTCFullYear())}`,
    };
  }
  if (step.unit === "month") {
    const y = first.getUTCFullYear();
    const m0 = Math.floor(first.getUTCMonth() / step.every) * step.every;
    for (let month = m0; ; month += step.every) {
      const t = utcDate(y, month);
      if (t > end) break;
      const date = new Date(t);
      const january = date.getUTCMonth() === 0;
      push(t, january ? yearLabel(date.getUTCFullYear()) : MONTHS[date.getUTCMonth()], january);
    }
    return { step, ticks, context: yearLabel(first.getUTCFullYear()) };
  }
  const majorEvery = step.every < 10 ? 10 : step.every * 10;
  const y0 = Math.floor(first.getUTCFullYear() / step.every) * step.every;
  for (let year = y0; ; year += step.every) {
    const t = utcDate(year, 0);
    if (t > end) break;
    push(t, yearLabel(year), year % majorEvery === 0);
  }
  return { step, ticks, context: "" };
}
