/**
 * The release as one Markdown document, to read as it is or to feed to any
 * Markdown tool: the timeline, its entries year by year with readable dates
 * and lanes, their bodies with footnotes, "Accounts differ" blocks with each
 * account and its sources, the references, and the changelog when given.
 * All text from the document is escaped (./text), so it reads as written
 * and cannot become a link, an image or HTML.
 */
import { accountsDiffer, type Citation, type Claim, type Source } from "../document";
import { formatReference, shortReference } from "../sources";
import type { ReleaseLogItem } from "./changelog";
import { RELEASE_KIND_LABELS, type Release, type ReleaseEntry } from "./release";
import { bodyMarkdown, escapeMarkdown } from "./text";
import { whenDates, whenGroup } from "./when";

export interface ReleaseMarkdownOptions {
  /** The timeline's releases, listed as given (newest first, say) under "Changelog". */
  changelog?: readonly ReleaseLogItem[];
}

/** Free text that may hold paragraphs (a release note, a claim's reason). */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((part) => escapeMarkdown(part.trim()))
    .filter(Boolean)
    .join("\n\n");

const day = (iso: string) => iso.slice(0, 10);

export function releaseMarkdown(release: Release, options: ReleaseMarkdownOptions = {}): string {
  const sources = new Map(release.sources.map((source) => [source.id, source]));
  const lanes = new Map(release.lanes.map((lane) => [lane.id, lane.name]));
  const notes: string[] = [];
  /** Footnotes are numbered through the whole document, one per citation. */
  const footnote = (citation: Citation) => {
    const quote = citation.quote ? `: “${citation.quote}”` : "";
    notes.push(escapeMarkdown(shortReference(sources.get(citation.sourceId), citation) + quote));
    return `[^${notes.length}]`;
  };

  const differ = (claim: Claim) => {
    const accounts = claim.variants.map((variant) => {
      const note = variant.note ? `: ${escapeMarkdown(variant.note)}` : "";
      return `- **${escapeMarkdown(variant.value)}**${note}${variant.citations.map(footnote).join("")}`;
    });
    return [
      `**Accounts differ: ${escapeMarkdown(claim.label)}**`,
      accounts.join("\n"),
      claim.reason ? paragraphs(claim.reason) : "",
    ];
  };

  const entry = (item: ReleaseEntry) => {
    const lane = lanes.get(item.laneId);
    const when = whenDates(item.when)?.readable ?? (item.when || "Undated");
    return [
      `### ${escapeMarkdown(item.title || "Untitled entry")}`,
      `*${escapeMarkdown(when)}*${lane ? ` · ${escapeMarkdown(lane)}` : ""}`,
      bodyMarkdown(item.body, footnote, { headingShift: 2 }),
      ...item.claims.filter(accountsDiffer).flatMap(differ),
    ];
  };

  const kind = RELEASE_KIND_LABELS[release.kind];
  const blocks: string[] = [
    `# ${escapeMarkdown(release.timeline.title || "Untitled timeline")}`,
    paragraphs(release.timeline.description),
    `*${kind}: release ${release.number}, published ${day(release.publishedAt)} by ${escapeMarkdown(release.publishedBy)}.*`,
    release.note ? `**${kind}:** ${paragraphs(release.note)}` : "",
  ];
  let group: string | undefined;
  for (const item of release.entries) {
    const heading = whenGroup(item.when);
    if (heading !== group) blocks.push(`## ${escapeMarkdown(heading)}`);
    group = heading;
    blocks.push(...entry(item));
  }
  if (release.sources.length) blocks.push("## Sources", referenceList(release.sources));
  if (options.changelog?.length) blocks.push("## Changelog", changelogList(options.changelog));
  blocks.push(notes.map((note, i) => `[^${i + 1}]: ${note}`).join("\n"));
  return `${blocks.filter(Boolean).join("\n\n")}\n`;
}

/** Full references (styled once `loadReferenceStyle()` has loaded citeproc, plainer before). */
function referenceList(sources: readonly Source[]): string {
  return sources
    .map((source, i) => `${i + 1}. ${escapeMarkdown(formatReference(source))}`)
    .join("\n");
}

function changelogList(log: readonly ReleaseLogItem[]): string {
  return log
    .map((item) => {
      const note = item.note ? `: ${escapeMarkdown(item.note)}` : "";
      return `- Release ${item.number} (${RELEASE_KIND_LABELS[item.kind]}, ${day(item.publishedAt)})${note}`;
    })
    .join("\n");
}
