/**
 * The release as CSV, one row per entry, for spreadsheets. RFC 4180: fields
 * with commas, quotes or line breaks are quoted, records end in CRLF. Cells
 * are written by editors, so a cell a spreadsheet would read as a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading `'`.
 */
import type { Claim, Source } from "../document";
import { shortReference } from "../sources";
import { citedSourceIds } from "./citations";
import type { Release } from "./release";
import { bodyPlainText } from "./text";
import { isoDate, whenDates } from "./when";

export const CSV_COLUMNS = [
  "id",
  "date",
  "readable_date",
  "start",
  "end",
  "lane",
  "title",
  "text",
  "claims",
  "sources",
  "approved_at",
  "approved_by",
] as const;

/** One field: formula-guarded, then quoted if it must be. */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** `label: status — value [short reference; …]; value [short reference]`, the accepted value marked. */
function claimText(claim: Claim, sources: ReadonlyMap<string, Source>): string {
  const variants = claim.variants.map((variant) => {
    const refs = variant.citations.map((c) => shortReference(sources.get(c.sourceId), c));
    const accepted = variant.id === claim.acceptedVariantId ? " (accepted)" : "";
    return `${variant.value}${accepted}${refs.length ? ` [${refs.join("; ")}]` : ""}`;
  });
  return `${claim.label}: ${claim.status} — ${variants.join("; ")}`;
}

/** The release as RFC 4180 CSV with a header row (UTF-8, no byte-order mark). */
export function releaseCsv(release: Release): string {
  const sources = new Map(release.sources.map((source) => [source.id, source]));
  const lanes = new Map(release.lanes.map((lane) => [lane.id, lane.name]));
  const rows = release.entries.map((entry) => {
    const dates = whenDates(entry.when);
    return [
      entry.id,
      entry.when,
      dates?.readable ?? (entry.when || "Undated"),
      dates?.start ? isoDate(dates.start) : "",
      dates?.end ? isoDate(dates.end) : "",
      lanes.get(entry.laneId) ?? "",
      entry.title,
      bodyPlainText(entry.body),
      entry.claims.map((claim) => claimText(claim, sources)).join("\n"),
      citedSourceIds(entry)
        .map((id) => shortReference(sources.get(id)))
        .join("; "),
      entry.approvedAt,
      entry.approvedBy,
    ];
  });
  return [[...CSV_COLUMNS], ...rows].map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}
