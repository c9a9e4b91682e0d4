/**
 * The release as a Knight Lab TimelineJS 3 document
 * (https://timeline.knightlab.com/docs/json-format.html), to embed or load
 * into TimelineJS as it is. Dates keep their EDTF precision; where dates
 * alone would misstate the `when` (about, uncertain, seasons, open ends…),
 * the readable date is shown instead. Undated entries cannot be placed and
 * are left out, which the title slide says. Text fields are HTML, built by
 * the escaping renderer in ./html.
 */
import { accountsDiffer, type Claim, type Source } from "../document";
import { shortReference } from "../sources";
import { bodyCitations } from "./citations";
import { bodyHtml, escapeHtml } from "./html";
import { RELEASE_KIND_LABELS, type Release, type ReleaseEntry } from "./release";
import { type DateParts, whenDates } from "./when";

export interface TimelineJsDate extends DateParts {
  display_date?: string;
}

export interface TimelineJsText {
  headline?: string;
  text?: string;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: TimelineJsText;
  group?: string;
  display_date?: string;
  unique_id: string;
}

export interface TimelineJsDocument {
  title?: { text: TimelineJsText };
  events: TimelineJsSlide[];
  eras?: { start_date: TimelineJsDate; end_date: TimelineJsDate; text?: TimelineJsText }[];
}

/** The fields TimelineJS 3 documents for each object; `validateTimelineJs` refuses others. */
export const TIMELINEJS_FIELDS = {
  document: ["events", "title", "eras", "scale"],
  slide: [
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
  ],
  date: [
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "millisecond",
    "display_date",
    "format",
  ],
  text: ["headline", "text"],
  era: ["start_date", "end_date", "text"],
} as const;

function variantsHtml(claim: Claim, sources: ReadonlyMap<string, Source>): string {
  return claim.variants
    .map((variant) => {
      const refs = variant.citations.map((c) => shortReference(sources.get(c.sourceId), c));
      const note = variant.note ? ` — ${escapeHtml(variant.note)}` : "";
      const cited = refs.length ? ` <em>(${escapeHtml(refs.join("; "))})</em>` : "";
      return `<li><strong>${escapeHtml(variant.value)}</strong>${note}${cited}</li>`;
    })
    .join("");
}

/** The body with numbered markers, each "Accounts differ" claim, then the body's references. */
function entryHtml(entry: ReleaseEntry, sources: ReadonlyMap<string, Source>): string {
  const body = bodyHtml(entry.body, (_, n) => `<sup>${n}</sup>`);
  const differ = entry.claims
    .filter(accountsDiffer)
    .map(
      (claim) =>
        `<div class="accounts-differ"><p><strong>Accounts differ: ${escapeHtml(claim.label)}</strong></p>` +
        `<ul>${variantsHtml(claim, sources)}</ul>` +
        (claim.reason ? `<p>${escapeHtml(claim.reason)}</p>` : "") +
        "</div>",
    )
    .join("");
  const refs = bodyCitations(entry.body).map((c) => {
    const quote = c.quote ? `: “${c.quote}”` : "";
    return `<li>${escapeHtml(shortReference(sources.get(c.sourceId), c) + quote)}</li>`;
  });
  return body + differ + (refs.length ? `<ol class="sources">${refs.join("")}</ol>` : "");
}

function titleHtml(release: Release, undated: number): string {
  const lines = [
    release.timeline.description,
    `${RELEASE_KIND_LABELS[release.kind]}: release ${release.number}, published ${release.publishedAt.slice(0, 10)} by ${release.publishedBy}.`,
    release.note,
    undated
      ? `${undated} ${undated === 1 ? "entry has" : "entries have"} no date TimelineJS can place and ${undated === 1 ? "is" : "are"} not shown.`
      : "",
  ];
  return lines
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("");
}

export function releaseTimelineJs(release: Release): TimelineJsDocument {
  const sources = new Map(release.sources.map((source) => [source.id, source]));
  const lanes = new Map(release.lanes.map((lane) => [lane.id, lane.name]));
  const events: TimelineJsSlide[] = [];
  let undated = 0;
  for (const entry of release.entries) {
    const dates = whenDates(entry.when);
    // An open start (`../1956`) is placed at its end.
    const start = dates?.start ?? dates?.end;
    if (!dates || !start) {
      undated++;
      continue;
    }
    const end = dates.start ? dates.end : undefined;
    const display = dates.exact ? {} : { display_date: escapeHtml(dates.readable) };
    const group = lanes.get(entry.laneId);
    events.push({
      start_date: { ...start, ...display },
      ...(end ? { end_date: { ...end } } : {}),
      text: {
        headline: escapeHtml(entry.title || "Untitled entry"),
        text: entryHtml(entry, sources),
      },
      ...(group ? { group: escapeHtml(group) } : {}),
      ...display,
      unique_id: `entry-${entry.id}`,
    });
  }
  return {
    title: {
      text: { headline: escapeHtml(release.timeline.title), text: titleHtml(release, undated) },
    },
    events,
  };
}

// ---- validation -------------------------------------------------------------------

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const DATE_RANGES: Record<string, [number, number]> = {
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
  millisecond: [0, 999],
};

function unknownFields(value: Record<string, unknown>, allowed: readonly string[], at: string) {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => `${at}.${key}: not a TimelineJS field`);
}

function checkDate(value: unknown, at: string): string[] {
  if (!isRecord(value)) return [`${at}: must be an object`];
  const errors = unknownFields(value, TIMELINEJS_FIELDS.date, at);
  if (!Number.isInteger(value.year)) errors.push(`${at}.year: required, an integer`);
  for (const [field, [min, max]] of Object.entries(DATE_RANGES)) {
    const part = value[field];
    if (part === undefined) continue;
    if (!Number.isInteger(part) || (part as number) < min || (part as number) > max)
      errors.push(`${at}.${field}: must be an integer from ${min} to ${max}`);
  }
  if (value.day !== undefined && value.month === undefined) errors.push(`${at}.day: needs a month`);
  for (const field of ["display_date", "format"])
    if (value[field] !== undefined && typeof value[field] !== "string")
      errors.push(`${at}.${field}: must be a string`);
  return errors;
}

/** Year, month, day as one comparable tuple (missing parts count as the first). */
const dateKey = (date: Record<string, unknown>) =>
  [date.year, date.month ?? 1, date.day ?? 1].map(Number);

function checkText(value: unknown, at: string): string[] {
  if (value === undefined) return [];
  if (!isRecord(value)) return [`${at}: must be an object`];
  const errors = unknownFields(value, TIMELINEJS_FIELDS.text, at);
  for (const field of TIMELINEJS_FIELDS.text)
    if (value[field] !== undefined && typeof value[field] !== "string")
      errors.push(`${at}.${field}: must be a string`);
  return errors;
}

function checkSlide(value: unknown, at: string, isTitle: boolean, ids: Set<string>): string[] {
  if (!isRecord(value)) return [`${at}: must be an object`];
  const errors = unknownFields(value, TIMELINEJS_FIELDS.slide, at);
  if (value.start_date !== undefined || !isTitle)
    errors.push(...checkDate(value.start_date, `${at}.start_date`));
  if (value.end_date !== undefined) {
    const endErrors = checkDate(value.end_date, `${at}.end_date`);
    errors.push(...endErrors);
    if (!endErrors.length && isRecord(value.start_date)) {
      const [a, b] = [
        dateKey(value.start_date),
        dateKey(value.end_date as Record<string, unknown>),
      ];
      const before = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
      if (before > 0) errors.push(`${at}.end_date: comes before start_date`);
    }
  }
  errors.push(...checkText(value.text, `${at}.text`));
  for (const field of ["group", "display_date"])
    if (value[field] !== undefined && typeof value[field] !== "string")
      errors.push(`${at}.${field}: must be a string`);
  if (value.autolink !== undefined && typeof value.autolink !== "boolean")
    errors.push(`${at}.autolink: must be true or false`);
  for (const field of ["media", "background"])
    if (value[field] !== undefined && !isRecord(value[field]))
      errors.push(`${at}.${field}: must be an object`);
  if (value.unique_id !== undefined) {
    if (typeof value.unique_id !== "string" || !value.unique_id)
      errors.push(`${at}.unique_id: must be a non-empty string`);
    else if (ids.has(value.unique_id))
      errors.push(`${at}.unique_id: "${value.unique_id}" is used twice`);
    else ids.add(value.unique_id);
  }
  return errors;
}

function checkEra(value: unknown, at: string): string[] {
  if (!isRecord(value)) return [`${at}: must be an object`];
  return [
    ...unknownFields(value, TIMELINEJS_FIELDS.era, at),
    ...checkDate(value.start_date, `${at}.start_date`),
    ...checkDate(value.end_date, `${at}.end_date`),
    ...checkText(value.text, `${at}.text`),
  ];
}

/**
 * What TimelineJS would refuse or misread in a document, one message per
 * problem ("events[2].start_date.month: must be an integer from 1 to 12");
 * [] when it is valid.
 */
export function validateTimelineJs(doc: unknown): string[] {
  if (!isRecord(doc)) return ["the document must be an object"];
  const errors = unknownFields(doc, TIMELINEJS_FIELDS.document, "document");
  const ids = new Set<string>();
  if (doc.title !== undefined) errors.push(...checkSlide(doc.title, "title", true, ids));
  if (!Array.isArray(doc.events) || doc.events.length === 0)
    errors.push("events: required, at least one event");
  else
    errors.push(...doc.events.flatMap((event, i) => checkSlide(event, `events[${i}]`, false, ids)));
  if (doc.eras !== undefined) {
    if (!Array.isArray(doc.eras)) errors.push("eras: must be a list");
    else errors.push(...doc.eras.flatMap((era, i) => checkEra(era, `eras[${i}]`)));
  }
  if (doc.scale !== undefined && doc.scale !== "human" && doc.scale !== "cosmological")
    errors.push('scale: must be "human" or "cosmological"');
  return errors;
}
