/** Short builders for entry bodies, so the demo content reads as prose. */
import type { BodyBlock, CitationInput, CitationRun, Run, TextRun } from "../document";

/** A piece of inline content: plain text, a formatted run, a citation run, or a citation to wrap. */
export type Inline = string | Run | CitationInput;

const run = (part: Inline): Run => {
  if (typeof part === "string") return { text: part };
  if ("sourceId" in part) return { citation: part };
  return part;
};

export const bold = (text: string): TextRun => ({ text, bold: true });
export const italic = (text: string): TextRun => ({ text, italic: true });

/** Words of the body that carry the claim `claimId` of the same entry. */
export const claimed = (text: string, claimId: string): TextRun => ({ text, claimId });

/** A numbered citation marker; `p`, `list` and `summary` also accept a bare citation. */
export const cite = (citation: CitationInput): CitationRun => ({ citation });

export const p = (...parts: Inline[]): BodyBlock => ({ type: "paragraph", runs: parts.map(run) });

export const heading = (text: string): BodyBlock => ({
  type: "heading",
  level: 3,
  runs: [{ text }],
});

/** A short summary in our own words, set apart; never a quotation. */
export const summary = (...parts: Inline[]): BodyBlock => ({
  type: "blockquote",
  runs: parts.map(run),
});

/** A bulleted list; each item is one inline part or a list of them. */
export const list = (...items: (Inline | Inline[])[]): BodyBlock => ({
  type: "bulletList",
  items: items.map((item) => (Array.isArray(item) ? item.map(run) : [run(item)])),
});
