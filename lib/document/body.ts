import * as Y from "yjs";

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
}

export type BodyBlock =
  | { type: "paragraph"; runs: TextRun[] }
  | { type: "heading"; level: 2 | 3; runs: TextRun[] }
  | { type: "blockquote"; runs: TextRun[] }
  | { type: "bulletList" | "orderedList"; items: TextRun[][] };

function textNode(runs: TextRun[]): Y.XmlText {
  const text = new Y.XmlText();
  let offset = 0;
  for (const run of runs) {
    const marks: Record<string, object> = {};
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
  children: Y.XmlElement[] | Y.XmlText[],
  attrs: Record<string, string | number> = {},
) {
  const el = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs))
    el.setAttribute(key, value as unknown as string);
  el.insert(0, children);
  return el;
}

function paragraph(runs: TextRun[]): Y.XmlElement {
  return element("paragraph", [textNode(runs)]);
}

function blockNode(block: BodyBlock): Y.XmlElement {
  switch (block.type) {
    case "paragraph":
      return paragraph(block.runs);
    case "heading":
      return element("heading", [textNode(block.runs)], { level: block.level });
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

/** Appends blocks to a body fragment (call inside a transaction). */
export function appendBody(fragment: Y.XmlFragment, blocks: BodyBlock[]): void {
  fragment.insert(fragment.length, blocks.map(blockNode));
}

/** The plain text of a body, one line per block, for search and previews. */
export function bodyPlainText(fragment: Y.XmlFragment): string {
  const lines: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlFragment) => {
    if (node instanceof Y.XmlText) {
      lines.push(node.toString().replace(/<[^>]*>/g, ""));
      return;
    }
    node.toArray().forEach((child) => {
      if (child instanceof Y.XmlElement || child instanceof Y.XmlText) walk(child);
    });
  };
  walk(fragment);
  return lines.filter(Boolean).join("\n");
}
