/**
 * Proleptic Gregorian calendar arithmetic in UTC, valid for any year the
 * JavaScript Date range can hold. Years use astronomical numbering, as EDTF
 * does: year 0 is 1 BC, year -1 is 2 BC.
 */

export const MONTH_NAMES = [
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
] as const;

/** Milliseconds since the epoch at the start of the day; `month` is 1-based and may overflow. */
export function utc(year: number, month = 1, day = 1): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(0);
  return date.setUTCFullYear(year, month - 1, day);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The last millisecond of a day, month or year. */
export function endOfDay(year: number, month: number, day: number): number {
  return utc(year, month, day + 1) - 1;
}

export function endOfMonth(year: number, month: number): number {
  return utc(year, month + 1, 1) - 1;
}

export function endOfYear(year: number): number {
  return utc(year + 1, 1, 1) - 1;
}

/** The UTC calendar year an instant falls in. */
export function yearOf(instant: number): number {
  return new Date(instant).getUTCFullYear();
}

/**
 * Divisions of a year (EDTF codes 21–41) as [first month, month count].
 * Seasons follow the meteorological convention (spring = March–May) rather
 * than calendar quarters, so "summer 1956" lies where readers expect it.
 * Winter starts in December of its year and runs into the next.
 * Codes 21–24 name seasons without a hemisphere and use the northern ones.
 */
const DIVISIONS: Record<number, [first: number, months: number]> = {
  21: [3, 3], // spring
  22: [6, 3], // summer
  23: [9, 3], // autumn
  24: [12, 3], // winter
  25: [3, 3], // spring, Northern Hemisphere
  26: [6, 3],
  27: [9, 3],
  28: [12, 3],
  29: [9, 3], // spring, Southern Hemisphere
  30: [12, 3],
  31: [3, 3],
  32: [6, 3],
  33: [1, 3], // quarters
  34: [4, 3],
  35: [7, 3],
  36: [10, 3],
  37: [1, 4], // quadrimesters
  38: [5, 4],
  39: [9, 4],
  40: [1, 6], // semesters
  41: [7, 6],
};

export function isDivisionCode(code: number): boolean {
  return code in DIVISIONS;
}

/** The instants covered by a season or other division of a year, from the first year to the last. */
export function divisionRange(
  code: number,
  firstYear: number,
  lastYear = firstYear,
): { min: number; max: number } {
  const [first, months] = DIVISIONS[code];
  return { min: utc(firstYear, first, 1), max: utc(lastYear, first + months, 1) - 1 };
}

/** Whether a Date-range instant is finite and inside what JavaScript dates can hold. */
export function isRepresentable(instant: number): boolean {
  return Number.isFinite(instant) && Math.abs(instant) <= 8.64e15;
}
