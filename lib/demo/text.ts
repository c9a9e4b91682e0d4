/** Short builders for entry bodies, so the demo content reads as prose. */
import type { BodyBlock, TextRun } from "../document";

type Inline = string | TextRun;

const run = (part: Inline): TextRun => (typeof part === "string" ? { text: part } : part);

export const bold = (text: string): TextRun => ({ text, bold: true });
export const italic = (text: string): TextRun => ({ text, italic: true });

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

/** A bulleted list; each item is a string or a list of runs. */
export const list = (...items: (Inline | Inline[])[]): BodyBlock => ({
  type: "bulletList",
  items: items.map((item) => (Array.isArray(item) ? item.map(run) : [run(item)])),
});
