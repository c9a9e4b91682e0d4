/**
 * Publication dates of sources as typed by people and found in BibTeX or RIS
 * files ("1955", "1955-06-01", "June 1955", "1956/06/01/", "Spring 1956",
 * "circa 1955"), turned into CSL dates. Anything that is not clearly a date
 * stays a literal, so nothing typed is lost or guessed.
 */
import type { CslDate } from "@/lib/document";

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const SEASONS: Record<string, number> = { spring: 1, summer: 2, autumn: 3, fall: 3, winter: 4 };
const SEASON_NAMES = ["", "Spring", "Summer", "Autumn", "Winter"];

const NO_DATE = /^(n\.?\s?d\.?|no date|s\.?\s?d\.?|undated|unknown)$/i;
const CIRCA = /^(?:circa|ca\.?|c\.|about|approx\.?|~)\s*(.+)$|^(.+?)\s*~$/i;

type Parts = number[];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate() || 31;
}

function valid(parts: Parts): Parts | undefined {
  const [year, month, day] = parts;
  if (!Number.isInteger(year) || year === 0 || Math.abs(year) > 9999) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (month === undefined || day < 1 || day > daysIn(year, month))) {
    return undefined;
  }
  return parts;
}

function month(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")];
}

/** One point in time: ISO-like numbers, or words ("1 June 1955", "June 1, 1955", "Jun 1955"). */
function parsePoint(text: string): Parts | undefined {
  const t = text.trim();
  // 1955, 1955-06, 1955-06-01
  let m = /^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
  // RIS: 1955/06/01/, 1955//, 1955///Spring (the trailing "other" part is ignored).
  m ??= /^(\d{1,4})\/(\d{1,2})?(?:\/(\d{1,2})?(?:\/.*)?)?$/.exec(t);
  if (m) {
    const parts = [Number(m[1])];
    if (m[2]) parts.push(Number(m[2]));
    if (m[2] && m[3]) parts.push(Number(m[3]));
    return valid(parts);
  }
  // 1 June 1955, 1 Jun. 1955
  m = /^(\d{1,2})\.?\s+([A-Za-z]+\.?),?\s+(\d{1,4})$/.exec(t);
  if (m && month(m[2])) return valid([Number(m[3]), month(m[2]) as number, Number(m[1])]);
  // June 1, 1955 and June 1 1955
  m = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{1,4})$/.exec(t);
  if (m && month(m[1])) return valid([Number(m[3]), month(m[1]) as number, Number(m[2])]);
  // June 1955
  m = /^([A-Za-z]+\.?),?\s+(\d{1,4})$/.exec(t);
  if (m && month(m[1])) return valid([Number(m[2]), month(m[1]) as number]);
  return undefined;
}

/** "2–21 September 1945" and "2 September – 21 September 1945": a range within one month or year. */
function parseShortRange(text: string): Parts[] | undefined {
  let m = /^(\d{1,2})\s*[–—-]\s*(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{1,4})$/.exec(text);
  if (m && month(m[3])) {
    const mo = month(m[3]) as number;
    const a = valid([Number(m[4]), mo, Number(m[1])]);
    const b = valid([Number(m[4]), mo, Number(m[2])]);
    return a && b ? [a, b] : undefined;
  }
  m = /^(\d{1,2})\s+([A-Za-z]+\.?)\s*[–—-]\s*(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{1,4})$/.exec(text);
  if (m && month(m[2]) && month(m[4])) {
    const a = valid([Number(m[5]), month(m[2]) as number, Number(m[1])]);
    const b = valid([Number(m[5]), month(m[4]) as number, Number(m[3])]);
    return a && b ? [a, b] : undefined;
  }
  return undefined;
}

function parseRange(text: string): Parts[] | undefined {
  const short = parseShortRange(text);
  if (short) return short;
  // 1955-1956: two years joined by a hyphen.
  const years = /^(\d{3,4})-(\d{3,4})$/.exec(text);
  if (years) {
    const a = valid([Number(years[1])]);
    const b = valid([Number(years[2])]);
    return a && b ? [a, b] : undefined;
  }
  // EDTF-style "1955-06-01/1955-06-03" (dashes only, so "1955/06/03" stays one day).
  const slash = /^(-?\d{1,4}(?:-\d{1,2}){0,2})\/(-?\d{1,4}(?:-\d{1,2}){0,2})$/.exec(text);
  const pieces = slash
    ? [slash[1], slash[2]]
    : text.split(/\s+(?:[–—-]|to)\s+|\s*[–—]\s*/).filter(Boolean);
  if (pieces.length !== 2) return undefined;
  const a = parsePoint(pieces[0]);
  const b = parsePoint(pieces[1]);
  return a && b ? [a, b] : undefined;
}

/**
 * A CSL date from text: date-parts when the text is clearly a date or a range
 * of two, a season, "circa …"; undefined for "" and "n.d."; otherwise the text
 * itself as a literal ("late 1955", "1955?").
 */
export function parseIssued(input: string): CslDate | undefined {
  const text = input.trim().replace(/\s+/g, " ");
  if (!text || NO_DATE.test(text)) return undefined;
  const circa = CIRCA.exec(text);
  if (circa) {
    const inner = parseIssued(circa[1] ?? circa[2]);
    if (inner?.["date-parts"]) return { ...inner, circa: true };
    return { literal: text.slice(0, 500) };
  }
  const season = /^(spring|summer|autumn|fall|winter),?\s+(\d{1,4})$/i.exec(text);
  if (season) {
    const year = valid([Number(season[2])]);
    if (year) return { "date-parts": [year], season: SEASONS[season[1].toLowerCase()] };
  }
  const point = parsePoint(text);
  if (point) return { "date-parts": [point] };
  const range = parseRange(text);
  if (range) return { "date-parts": range };
  return { literal: text.slice(0, 500) };
}

const pad = (n: number) => String(n).padStart(2, "0");

function pointText(parts: Parts): string {
  const [year, month, day] = parts;
  let out = String(year);
  if (month) out += `-${pad(month)}`;
  if (month && day) out += `-${pad(day)}`;
  return out;
}

/** A CSL date as the text `parseIssued` reads back to the same date ("1955-06", "circa 1955"). */
export function issuedText(date: CslDate | undefined): string {
  if (!date) return "";
  const parts = date["date-parts"];
  if (!parts?.length) return date.literal ?? "";
  let text = parts.map(pointText).join("/");
  const season = typeof date.season === "number" ? SEASON_NAMES[date.season] : undefined;
  if (season && parts.length === 1 && parts[0].length === 1) text = `${season} ${text}`;
  if (date.circa) text = `circa ${text}`;
  return text;
}

/** The first year of a CSL date, when it has date-parts. */
export function issuedYear(date: CslDate | undefined): number | undefined {
  return date?.["date-parts"]?.[0]?.[0];
}

const MONTH_NAMES = [
  "",
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

function describePoint(parts: Parts): string {
  const [year, month, day] = parts;
  const y = year < 0 ? `${-year} BCE` : String(year);
  if (month && day) return `${day} ${MONTH_NAMES[month]} ${y}`;
  if (month) return `${MONTH_NAMES[month]} ${y}`;
  return y;
}

/** A CSL date in words, for previews: "1 June 1955", "1–3 June 1955", "circa 1955", "late 1955". */
export function describeIssued(date: CslDate | undefined): string {
  if (!date) return "";
  const parts = date["date-parts"];
  if (!parts?.length) return date.literal ?? "";
  let text: string;
  if (parts.length === 2) {
    const [a, b] = parts;
    text =
      a.length === 3 && b.length === 3 && a[0] === b[0] && a[1] === b[1]
        ? `${a[2]}–${describePoint(b)}`
        : `${describePoint(a)} – ${describePoint(b)}`;
  } else text = describePoint(parts[0]);
  const season = typeof date.season === "number" ? SEASON_NAMES[date.season] : undefined;
  if (season && parts.length === 1 && parts[0].length === 1) text = `${season} ${text}`;
  return date.circa ? `circa ${text}` : text;
}
