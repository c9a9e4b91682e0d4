/**
 * Anchoring threads to words. A body anchor keeps two Yjs relative
 * positions: the start sticks to the first anchored character (association
 * 0, "the item after") and the end to the last one (association -1, "the
 * item before"). Text typed at either edge therefore stays outside, text
 * typed inside joins, and when every anchored character is deleted the two
 * collapse (start no longer before end): the thread is an orphan, and keeps
 * its quote. A title is a plain string, so a title anchor is found again by
 * its quote and context.
 */
import { fromBase64, toBase64 } from "lib0/buffer";
import * as Y from "yjs";
import type { BodyAnchor, TitleAnchor } from "./protocol";

/** A place in a body: an index inside a Y.XmlText, or between the children of an element. */
export interface TextPoint {
  type: Y.XmlText | Y.XmlElement | Y.XmlFragment;
  index: number;
}

export type Resolved =
  | { status: "attached"; from: number; to: number; text: string }
  | { status: "orphan"; reason: "deleted" | "moved" | "invalid" };

const CONTEXT = 32;

function encode(type: TextPoint["type"], index: number, assoc: number): string {
  return toBase64(
    Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(type, index, assoc)),
  );
}

/** The plain text of a body, with the offset where each text node and child slot begins. */
interface Flat {
  text: string;
  textStart: Map<Y.XmlText, number>;
  /** For elements and the fragment: the offset at the start of each child slot. */
  slots: Map<Y.XmlElement | Y.XmlFragment, number[]>;
}

function flatten(fragment: Y.XmlFragment): Flat {
  const flat: Flat = { text: "", textStart: new Map(), slots: new Map() };
  const walk = (node: Y.XmlElement | Y.XmlFragment) => {
    const slots: number[] = [];
    for (const child of node.toArray()) {
      slots.push(flat.text.length);
      if (child instanceof Y.XmlText) {
        flat.textStart.set(child, flat.text.length);
        flat.text += (child.toDelta() as { insert?: unknown }[])
          .map((op) => (typeof op.insert === "string" ? op.insert : ""))
          .join("");
      } else if (child instanceof Y.XmlElement) walk(child);
    }
    slots.push(flat.text.length);
    flat.slots.set(node, slots);
  };
  walk(fragment);
  return flat;
}

function offsetOf(flat: Flat, point: TextPoint): number | undefined {
  if (point.type instanceof Y.XmlText) {
    const start = flat.textStart.get(point.type);
    return start === undefined ? undefined : start + point.index;
  }
  return flat.slots.get(point.type)?.[point.index];
}

/** The point at a plain-text offset of the body (inside the text node holding that character). */
export function pointAtOffset(fragment: Y.XmlFragment, offset: number): TextPoint | undefined {
  const flat = flatten(fragment);
  let found: TextPoint | undefined;
  for (const [type, start] of flat.textStart) {
    if (offset >= start && offset <= start + type.length && !found) {
      found = { type, index: offset - start };
    }
  }
  return found;
}

/** Anchors the words between two points of a body. */
export function createBodyAnchor(
  fragment: Y.XmlFragment,
  start: TextPoint,
  end: TextPoint,
): BodyAnchor | null {
  const flat = flatten(fragment);
  const from = offsetOf(flat, start);
  const to = offsetOf(flat, end);
  if (from === undefined || to === undefined || from >= to) return null;
  return {
    field: "body",
    start: encode(start.type, start.index, 0),
    end: encode(end.type, end.index, -1),
    quote: flat.text.slice(from, to).slice(0, 2000),
    prefix: flat.text.slice(Math.max(0, from - CONTEXT), from),
    suffix: flat.text.slice(to, to + CONTEXT),
  };
}

function decode(doc: Y.Doc, value: string): TextPoint | null | "invalid" {
  try {
    const position = Y.createAbsolutePositionFromRelativePosition(
      Y.decodeRelativePosition(fromBase64(value)),
      doc,
    );
    if (!position) return null;
    const type = position.type as unknown;
    if (
      !(type instanceof Y.XmlText || type instanceof Y.XmlElement || type instanceof Y.XmlFragment)
    )
      return null;
    return { type, index: position.index };
  } catch {
    return "invalid";
  }
}

/** Where a body anchor is now: its plain-text range and words, or why it is an orphan. */
export function resolveBodyAnchor(
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  anchor: BodyAnchor,
): Resolved {
  const start = decode(doc, anchor.start);
  const end = decode(doc, anchor.end);
  if (start === "invalid" || end === "invalid") return { status: "orphan", reason: "invalid" };
  if (!start || !end) return { status: "orphan", reason: "deleted" };
  const flat = flatten(fragment);
  const from = offsetOf(flat, start);
  const to = offsetOf(flat, end);
  if (from === undefined || to === undefined) return { status: "orphan", reason: "moved" };
  if (from >= to) return { status: "orphan", reason: "deleted" };
  return { status: "attached", from, to, text: flat.text.slice(from, to) };
}

/** Anchors words of a title by their place: the quote with the text around it. */
export function createTitleAnchor(title: string, from: number, to: number): TitleAnchor | null {
  if (from >= to || to > title.length) return null;
  return {
    field: "title",
    quote: title.slice(from, to),
    prefix: title.slice(Math.max(0, from - CONTEXT), from),
    suffix: title.slice(to, to + CONTEXT),
  };
}

function sharedSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Finds a title anchor's words again; of several occurrences, the one whose context matches best. */
export function resolveTitleAnchor(title: string, anchor: TitleAnchor): Resolved {
  let best: { from: number; score: number } | null = null;
  for (let at = title.indexOf(anchor.quote); at >= 0; at = title.indexOf(anchor.quote, at + 1)) {
    const score =
      sharedSuffix(title.slice(0, at), anchor.prefix) +
      sharedPrefix(title.slice(at + anchor.quote.length), anchor.suffix);
    if (!best || score > best.score) best = { from: at, score };
  }
  if (!best) return { status: "orphan", reason: "deleted" };
  return {
    status: "attached",
    from: best.from,
    to: best.from + anchor.quote.length,
    text: anchor.quote,
  };
}
