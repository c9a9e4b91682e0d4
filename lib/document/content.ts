/**
 * An entry's content as plain data: what review hashes and diffs, and what a
 * restore must reproduce. The body is read as ProseMirror/Tiptap JSON, so the
 * server can hash and compare it without an editor.
 */
import * as Y from "yjs";
import { type Claim, listClaims } from "./claims";
import { entryBody, readEntry } from "./entries";
import { BODY } from "./shape";

/** A ProseMirror/Tiptap node as JSON (`editor.getJSON()` gives the same shape). */
export interface BodyNodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BodyNodeJson[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** Everything review treats as an entry's content. */
export interface EntryContent {
  title: string;
  when: string;
  laneId: string;
  body: BodyNodeJson[];
  /** As `listClaims` gives them, with variants and their citations. */
  claims: Claim[];
}

/** y-prosemirror stores overlapping marks as `name--<8-character hash>`; the mark is `name`. */
const HASHED_MARK = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

type Mark = NonNullable<BodyNodeJson["marks"]>[number];

function marksOf(attributes: Record<string, unknown> | undefined): Mark[] {
  return Object.entries(attributes ?? {}).map(([key, value]) => {
    const type = HASHED_MARK.exec(key)?.[1] ?? key;
    const attrs = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
    return Object.keys(attrs).length ? { type, attrs } : { type };
  });
}

/** One text node per delta op, as y-prosemirror reads a Y.XmlText. */
function textNodes(text: Y.XmlText): BodyNodeJson[] {
  const out: BodyNodeJson[] = [];
  for (const op of text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== "string" || !op.insert) continue;
    const marks = marksOf(op.attributes);
    out.push(
      marks.length ? { type: "text", text: op.insert, marks } : { type: "text", text: op.insert },
    );
  }
  return out;
}

/** The JSON of one child of a body: an element gives one node, a text gives its runs. */
export function nodeJson(node: Y.XmlElement | Y.XmlText | Y.XmlHook): BodyNodeJson[] {
  if (node instanceof Y.XmlText) return textNodes(node);
  if (!(node instanceof Y.XmlElement)) return [];
  const json: BodyNodeJson = { type: node.nodeName };
  const attrs = node.getAttributes() as Record<string, unknown>;
  if (Object.keys(attrs).length) json.attrs = attrs;
  const content = node.toArray().flatMap(nodeJson);
  if (content.length) json.content = content;
  return [json];
}

/** The body's blocks as Tiptap JSON (the `content` of `editor.getJSON()`). */
export function bodyJson(fragment: Y.XmlFragment): BodyNodeJson[] {
  return fragment.toArray().flatMap(nodeJson);
}

export function readEntryContent(doc: Y.Doc, entryId: string): EntryContent | undefined {
  const entry = readEntry(doc, entryId);
  if (!entry) return undefined;
  return {
    title: entry.title,
    when: entry.when,
    laneId: entry.laneId,
    body: bodyJson(entryBody(doc, entryId)),
    claims: listClaims(doc, entryId),
  };
}

/** Nodes that sit inside a text block: text, citation markers and line breaks. */
export function isInlineNode(node: BodyNodeJson): boolean {
  return node.type === "text" || node.type === BODY.citationNode || node.type === "hardBreak";
}

/**
 * A body's text blocks as lines of plain text, in reading order, leaving out
 * empty ones; `citation` gives the text of each citation node (a footnote
 * marker, say), and a line break becomes "\n".
 */
export function bodyTextLines(
  body: BodyNodeJson[],
  citation: (node: BodyNodeJson) => string,
): string[] {
  const lines: string[] = [];
  const inline = (nodes: BodyNodeJson[]): string =>
    nodes
      .map((node) => {
        if (node.type === "text") return node.text ?? "";
        if (node.type === "hardBreak") return "\n";
        if (node.type === BODY.citationNode) return citation(node);
        return inline(node.content ?? []);
      })
      .join("");
  const block = (nodes: BodyNodeJson[]) => {
    if (nodes.some(isInlineNode)) {
      const line = inline(nodes);
      if (line) lines.push(line);
    } else for (const node of nodes) block(node.content ?? []);
  };
  block(body);
  return lines;
}
