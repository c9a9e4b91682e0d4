import * as Y from "yjs";
import { type CitationInput, citationElement, cleanCitation } from "./citations";
import { BODY } from "./shape";

/**
 * A small, typed description of rich text, used to write entry bodies from
 * code (the demo timeline, imports, tests). The editor itself edits the
 * Y.XmlFragment through Tiptap; this mirrors the layout y-prosemirror uses:
 * one Y.XmlElement per block node, and Y.XmlText with mark attributes.
 */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
  /** Marks these words as the claim with this id (see `createClaim`). */
  claimId?: string;
}

/** A numbered citation marker at this point of the text. */
export interface CitationRun {
  citation: CitationInput;
}

export type Run = TextRun | CitationRun;

export type BodyBlock =
  | { type: "paragraph"; runs: Run[] }
  | { type: "heading"; level: 2 | 3; runs: Run[] }
  | { type: "blockquote"; runs: Run[] }
  | { type: "bulletList" | "orderedList"; items: Run[][] };

/**
 * The children of a text block as y-prosemirror stores them: consecutive
 * text runs share one Y.XmlText, and each citation is its own element.
 */
function inlineNodes(runs: Run[]): (Y.XmlText | Y.XmlElement)[] {
  const nodes: (Y.XmlText | Y.XmlElement)[] = [];
  let pending: TextRun[] = [];
  const flush = () => {
    if (pending.length) nodes.push(textNode(pending));
    pending = [];
  };
  for (const run of runs) {
    if ("citation" in run) {
      flush();
      nodes.push(citationElement(cleanCitation(run.citation)));
    } else pending.push(run);
  }
  flush();
  return nodes;
}

function textNode(runs: TextRun[]): Y.XmlText {
  const text = new Y.XmlText();
  let offset = 0;
  for (const run of runs) {
    const marks: Record<string, object> = {};
    if (run.claimId) marks[BODY.claimMark] = { claimId: run.claimId };
    if (run.bold) marks.bold = {};
    if (run.italic) marks.italic = {};
    if (run.link)
      marks.link = {
        href: run.link,
        target: "_blank",
        rel: "noopener noreferrer nofollow",
        class: null,
      };
    text.insert(offset, run.text, marks);
    offset += run.text.length;
  }
  return text;
}

function element(
  name: string,
  children: (Y.XmlElement | Y.XmlText)[],
  attrs: Record<string, string | number> = {},
) {
  const el = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs))
    el.setAttribute(key, value as unknown as string);
  el.insert(0, children);
  return el;
}

function paragraph(runs: Run[]): Y.XmlElement {
  return element("paragraph", inlineNodes(runs));
}

function blockNode(block: BodyBlock): Y.XmlElement {
  switch (block.type) {
    case "paragraph":
      return paragraph(block.runs);
    case "heading":
      return element("heading", inlineNodes(block.runs), { level: block.level });
    case "blockquote":
      return element("blockquote", [paragraph(block.runs)]);
    case "bulletList":
    case "orderedList":
      return element(
        block.type,
        block.items.map((runs) => element("listItem", [paragraph(runs)])),
        block.type === "orderedList" ? { start: 1 } : {},
      );
  }
}

/**
 * Builds the Y nodes of a body without inserting them. It validates every
 * citation, so callers build first and write after: a bad body writes nothing.
 */
export function bodyNodes(blocks: BodyBlock[]): Y.XmlElement[] {
  return blocks.map(blockNode);
}

/** Appends blocks to a body fragment (call inside a transaction). */
export function appendBody(fragment: Y.XmlFragment, blocks: BodyBlock[] | Y.XmlElement[]): void {
  const nodes = blocks.map((block) => (block instanceof Y.XmlElement ? block : blockNode(block)));
  fragment.insert(fragment.length, nodes);
}

function textOf(text: Y.XmlText): string {
  return (text.toDelta() as { insert?: unknown }[])
    .map((op) => (typeof op.insert === "string" ? op.insert : ""))
    .join("");
}

/** The plain text of a body, one line per text block, for search and previews. */
export function bodyPlainText(fragment: Y.XmlFragment): string {
  const lines: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlFragment) => {
    let line = "";
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) line += textOf(child);
      else if (child instanceof Y.XmlElement) walk(child);
    }
    if (line) lines.push(line);
  };
  walk(fragment);
  return lines.join("\n");
}
