import { daysInMonth, isLeapYear, MONTH_NAMES } from "./calendar";
import { WHEN_EXAMPLES, WhenError } from "./errors";

/**
 * Explains why a `when` string is not valid EDTF, in words a historian can
 * act on: what is wrong and how to write it. Only called on input that
 * failed to parse (or that the `edtf` package would silently change, such
 * as 29 February in a common year), so it may be slow and thorough.
 */
export function diagnose(text: string): WhenError {
  return (
    diagnoseNotation(text) ??
    diagnoseParts(text) ??
    new WhenError("syntax", `"${text}" is not a date in EDTF. ${WHEN_EXAMPLES}`)
  );
}

const MONTH_BY_PREFIX = new Map(
  MONTH_NAMES.map((name, index) => [name.slice(0, 3).toLowerCase(), index + 1]),
);
const SEASON_CODES: Record<string, number> = {
  spring: 21,
  summer: 22,
  autumn: 23,
  fall: 23,
  winter: 24,
};
const pad = (value: number) => String(value).padStart(2, "0");

function monthFromWord(word: string): number | undefined {
  return MONTH_BY_PREFIX.get(word.slice(0, 3).toLowerCase());
}

/**
 * Whole-input mistakes: natural-language dates, other date notations, ranges
 * with dashes, times of day. Never flags valid EDTF, so it may run first.
 */
export function diagnoseNotation(text: string): WhenError | null {
  if (/\d[tT]\d|\d:\d/.test(text)) {
    return new WhenError(
      "time_of_day",
      "Times of day are not used: give the day only, e.g. 1955-06-01.",
    );
  }

  let match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,})\.?,?\s+(\d{4})$/i.exec(text);
  if (match && monthFromWord(match[2])) {
    const [day, month, year] = [
      Number(match[1]),
      monthFromWord(match[2]) as number,
      Number(match[3]),
    ];
    return new WhenError(
      "syntax",
      `Write dates year first, in numbers: ${year}-${pad(month)}-${pad(day)} for ${day} ${MONTH_NAMES[month - 1]} ${year}.`,
    );
  }
  match = /^([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text);
  if (match && monthFromWord(match[1])) {
    const [month, day, year] = [
      monthFromWord(match[1]) as number,
      Number(match[2]),
      Number(match[3]),
    ];
    return new WhenError(
      "syntax",
      `Write dates year first, in numbers: ${year}-${pad(month)}-${pad(day)} for ${day} ${MONTH_NAMES[month - 1]} ${year}.`,
    );
  }
  match = /^([a-z]{3,})\.?,?\s+(\d{4})$/i.exec(text);
  if (match && SEASON_CODES[match[1].toLowerCase()]) {
    const code = SEASON_CODES[match[1].toLowerCase()];
    return new WhenError(
      "syntax",
      `Write a season as year-code: ${match[2]}-${code} for ${match[1].toLowerCase()} ${match[2]} (21 spring, 22 summer, 23 autumn, 24 winter).`,
    );
  }
  if (match && monthFromWord(match[1])) {
    const month = monthFromWord(match[1]) as number;
    return new WhenError(
      "syntax",
      `Write a month as year-month: ${match[2]}-${pad(month)} for ${MONTH_NAMES[month - 1]} ${match[2]}.`,
    );
  }
  match = /^(?:c\.|ca\.?|circa|about|around|approx\.?|approximately)\s*(\S+)$/i.exec(text);
  if (match) {
    return new WhenError(
      "syntax",
      `Mark an approximate date with ~ after it: ${match[1]}~ means about ${match[1]}.`,
    );
  }
  match = /^(\d{3})0'?s$/i.exec(text);
  if (match) {
    return new WhenError(
      "syntax",
      `Write a decade with X for the unknown digit: ${match[1]}X means the ${match[1]}0s.`,
    );
  }
  match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (match) return dayMonthYear(Number(match[1]), Number(match[2]), match[3]);
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) {
    return new WhenError(
      "syntax",
      `Separate year, month and day with hyphens: ${match[1]}-${match[2]}-${match[3]}.`,
    );
  }
  match =
    /^(\S+?)\s*(?:[–—]|\s-\s|\s+to\s+|\s+until\s+)\s*(\S+)$/i.exec(text) ??
    /^(-?\d{4})-(\d{4})$/.exec(text);
  if (match) {
    return new WhenError(
      "syntax",
      `Write a range with a slash between its ends: ${match[1]}/${match[2]}.`,
    );
  }
  if (/\s/.test(text.replace(/\s*,\s*/g, ","))) {
    return new WhenError(
      "syntax",
      `EDTF has no spaces: write "${text.replace(/\s+/g, "")}", or ${WHEN_EXAMPLES.replace(/^Try/, "try")}`,
    );
  }
  if (/\d[xu]|[xu]\d|[xu]{2}/.test(text)) {
    return new WhenError(
      "syntax",
      "Write an unspecified digit as a capital X, e.g. 195X for a year in the 1950s or 1955-XX for an unknown month of 1955.",
    );
  }
  return null;
}

/** `01/06/1955`: say how to write it year first, and which readings it could have. */
function dayMonthYear(first: number, second: number, year: string): WhenError {
  const readings = [
    [first, second],
    [second, first],
  ]
    .filter(
      ([day, month]) =>
        month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(year), month),
    )
    .map(
      ([day, month]) =>
        `${year}-${pad(month)}-${pad(day)} for ${day} ${MONTH_NAMES[month - 1]} ${year}`,
    );
  const unique = [...new Set(readings)];
  const examples = unique.length ? unique.join(", or ") : `${year}-06-01 for 1 June ${year}`;
  return new WhenError("syntax", `Write dates year first, as year-month-day: ${examples}.`);
}

/** Mistakes inside one date of an interval or set: impossible months and days, digit counts. */
function diagnoseParts(text: string): WhenError | null {
  for (const raw of text.split(/\/|,|\.\.|[[\]{}]/)) {
    const part = raw.replace(/[?~%]/g, "").trim();
    if (!part) continue;
    const problem = diagnoseDate(part);
    if (problem) return problem;
  }
  return null;
}

function diagnoseDate(part: string): WhenError | null {
  let match = /^(-?\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(part);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = match[3] === undefined ? undefined : Number(match[3]);
    if (month >= 21 && month <= 41) {
      if (day !== undefined) {
        return new WhenError(
          "invalid_day",
          `${year}-${match[2]} is a season, which has no days: write ${year}-${match[2]} alone, or a day such as ${year}-06-01.`,
        );
      }
      return null;
    }
    if (month === 0 || month > 12) {
      const detail =
        month > 41
          ? `${match[2]} is neither a month (01–12) nor a season (21–41)`
          : `Month ${match[2]} does not exist`;
      return new WhenError(
        "invalid_month",
        `${detail}: months run from 01 to 12, e.g. ${year}-06 for June ${year}; 21–24 are seasons, e.g. ${year}-22 for summer ${year}.`,
      );
    }
    if (day === undefined) return null;
    const name = MONTH_NAMES[month - 1];
    if (day === 0)
      return new WhenError(
        "invalid_day",
        `Day 00 does not exist: days start at 01, e.g. ${year}-${match[2]}-01 for 1 ${name} ${year}.`,
      );
    if (day > 31)
      return new WhenError(
        "invalid_day",
        `Day ${day} does not exist: no month has more than 31 days.`,
      );
    const last = daysInMonth(year, month);
    if (day > last) {
      const reason =
        month === 2 && day === 29 && !isLeapYear(year)
          ? `${year} is not a leap year`
          : `${name} ${month === 2 ? `${year} ` : ""}has ${last} days`;
      return new WhenError("invalid_day", `${day} ${name} ${year} does not exist: ${reason}.`);
    }
    return null;
  }
  match = /^(-?\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(part);
  if (match) {
    const month = pad(Number(match[2]));
    const day = match[3] === undefined ? "" : `-${pad(Number(match[3]))}`;
    return new WhenError(
      "syntax",
      `Write months and days with two digits: ${match[1]}-${month}${day}.`,
    );
  }
  if (/^\d{5,}$/.test(part)) {
    return new WhenError(
      "syntax",
      `A year with more than four digits starts with Y, e.g. Y${part}; a date is written 1955-06-01.`,
    );
  }
  if (/^\d$/.test(part)) {
    return new WhenError("syntax", `A year has four digits, e.g. 000${part} or 195${part}.`);
  }
  return null;
}
