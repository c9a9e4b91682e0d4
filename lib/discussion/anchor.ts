/**
 * Anchoring discussion threads to words of an entry. Pure and isomorphic:
 * only yjs and lib0.
 *
 * A body anchor keeps two Yjs relative positions and the quoted words:
 *
 * - `start` is tied to the FIRST anchored character (association 0: "the
 *   item after the position"), `end` to the LAST one (association -1: "the
 *   item before"). Both are taken on characters, never on block boundaries.
 * - `quote` is the plain text of the range, `prefix` and `suffix` up to 32
 *   characters of context. They are the fallback a reader sees for an orphan.
 *
 * Plain text of a body: the text of each text block (paragraph, heading, …
 * at any depth), blocks joined with "\n", a hard break read as "\n", a
 * citation marker as nothing. Offsets (`from`, `to`) count UTF-16 code units
 * of that text, like Y.Text and ProseMirror do.
 *
 * What "still covers its original words" means. Yjs keeps every character
 * it ever had in one order that never changes: deleted characters stay as
 * tombstones, new ones are placed between existing ones. Call the anchor's
 * span the stretch of that order from its original first character `a` to
 * its original last character `z`, tombstones included. The anchor resolves
 * to exactly the visible characters of its span:
 *
 * 1. every original character still present is inside, in its order;
 * 2. no character that was outside the range when it was anchored is ever
 *    inside it;
 * 3. while `a` is present the range starts at `a`, and while `z` is present
 *    it ends at `z`: text typed at either edge stays outside;
 * 4. any other character inside was inserted within the span, between two of
 *    its characters (text typed inside the words joins them);
 * 5. it is an orphan, reason "deleted", when no visible character is left in
 *    the span, or when the block holding `a` or `z` was deleted.
 *
 * Where this differs from reading the visible text: once `a` is deleted,
 * Yjs places text typed at the new visible start after `a`'s tombstone, so
 * it joins the range (replacing the first word of the quote extends the
 * quote, it does not leave it); the same holds for text inserted concurrently
 * just before a `z` that gets deleted. And if every original character is
 * deleted while text typed inside the span survives, the anchor stays on that
 * text. The anchor carries no record of which characters existed when it
 * was made, so no resolver can tell those apart; rule 2 is what guarantees
 * that an anchor never points at other text.
 *
 * y-prosemirror caveat (pinned in tests/unit/discussion-pm-anchor.test.ts):
 * it rewrites text rather than moving it when a block is split or joined, or
 * an inline node is inserted mid-text. Characters after the split point (or of
 * the joined second block, or after the inserted node) are deleted and
 * re-created as new items, so the anchor keeps only the words before the
 * split, and an anchor whose first or last character was in the second block
 * of a join becomes an orphan.
 */
import { fromBase64, toBase64 } from "lib0/buffer";
import * as Y from "yjs";
import type { BodyAnchor, TitleAnchor } from "./protocol";

/**
 * A place in a body: an index inside a Y.XmlText, or between the children of
 * an element (or of the fragment). Anchors resolve to Y.XmlText points.
 */
export interface TextPoint {
  type: Y.XmlText | Y.XmlElement | Y.XmlFragment;
  index: number;
}

export type OrphanReason = "deleted" | "moved" | "invalid";

/**
 * Why a thread lost its words:
 * - "deleted": all anchored characters are gone, or the block holding the
 *   first or last one was deleted;
 * - "moved": a position resolves outside this body, or into text this copy
 *   of the document does not have (yet), or the end before the start;
 * - "invalid": the anchor is malformed (not base64, not a relative position,
 *   wrong associations, wrong shape).
 */
export interface Orphan {
  status: "orphan";
  reason: OrphanReason;
}

export interface AttachedBody {
  status: "attached";
  /** On the first character of the range. */
  start: TextPoint;
  /** Just after the last character of the range. */
  end: TextPoint;
  /** The range's plain text now (blocks joined with "\n"). */
  text: string;
  /** Plain-text offsets of the range in the body. */
  from: number;
  to: number;
}

export type BodyResolution = AttachedBody | Orphan;

export interface AttachedTitle {
  status: "attached";
  text: string;
  from: number;
  to: number;
}

export type TitleResolution = AttachedTitle | Orphan;

/** Either kind of resolution. */
export type Resolved = BodyResolution | TitleResolution;

export interface AnchorOptions {
  /** Characters of context kept on each side (default 32, at most 200). */
  context?: number;
}

export const CONTEXT_LENGTH = 32;
/** The protocol's bounds: a quote has at most 2000 characters, context at most 200. */
const MAX_QUOTE = 2000;
const MAX_CONTEXT = 200;

/**
 * Inline nodes of a body: Y.XmlElements that sit between Y.XmlText siblings
 * inside a text block (lib/document's `citation`, StarterKit's `hardBreak`).
 * Every other element is a block.
 */
export const BODY_INLINE_NODES: ReadonlySet<string> = new Set(["citation", "hardBreak"]);
/** Inline nodes read as a line break in the plain text. */
export const BODY_LINE_BREAKS: ReadonlySet<string> = new Set(["hardBreak"]);

const orphan = (reason: OrphanReason): Orphan => ({ status: "orphan", reason });

/** The plain text of a body, and where each Y node's content sits in it. */
interface Flat {
  text: string;
  /** For each offset of `text`: the Y.XmlText holding that character, or null for a "\n" the layout adds. */
  owner: (Y.XmlText | null)[];
  /** Offset of index 0 of each Y.XmlText. */
  textStart: Map<Y.XmlText, number>;
  /** For elements and the fragment: the offset before each child, and after the last. Deepest first. */
  slots: Map<Y.XmlElement | Y.XmlFragment, number[]>;
}

const isInline = (node: unknown): node is Y.XmlElement =>
  node instanceof Y.XmlElement && BODY_INLINE_NODES.has(node.nodeName);

function flatten(fragment: Y.XmlFragment): Flat {
  const flat: Flat = { text: "", owner: [], textStart: new Map(), slots: new Map() };
  const chars: string[] = [];
  let lines = 0;
  const push = (ch: string, owner: Y.XmlText | null) => {
    chars.push(ch);
    flat.owner.push(owner);
  };
  const newLine = () => {
    if (lines++ > 0) push("\n", null);
  };
  const walk = (node: Y.XmlElement | Y.XmlFragment) => {
    const children = node.toArray();
    // A text block holds only text and inline nodes (an empty one holds nothing).
    const textblock =
      node instanceof Y.XmlElement &&
      children.every((child) => child instanceof Y.XmlText || isInline(child));
    if (textblock) newLine();
    const slots: number[] = [];
    let inRun = false;
    for (const child of children) {
      // Text directly inside a container (not y-prosemirror's layout) still reads as its own line.
      const inline = child instanceof Y.XmlText || isInline(child);
      if (!textblock && inline && !inRun) newLine();
      inRun = inline;
      slots.push(chars.length);
      if (child instanceof Y.XmlText) {
        flat.textStart.set(child, chars.length);
        for (const op of child.toDelta() as { insert?: unknown }[]) {
          // UTF-16 units, as Y.Text counts them; an embed counts as one position.
          if (typeof op.insert === "string")
            for (let i = 0; i < op.insert.length; i++) push(op.insert[i], child);
          else push("\uFFFC", child);
        }
      } else if (isInline(child)) {
        if (BODY_LINE_BREAKS.has(child.nodeName)) push("\n", null);
      } else if (child instanceof Y.XmlElement) walk(child);
    }
    slots.push(chars.length);
    flat.slots.set(node, slots);
  };
  walk(fragment);
  flat.text = chars.join("");
  return flat;
}

function offsetIn(flat: Flat, point: TextPoint): number | null {
  if (!Number.isInteger(point.index) || point.index < 0) return null;
  if (point.type instanceof Y.XmlText) {
    const start = flat.textStart.get(point.type);
    return start === undefined || point.index > point.type.length ? null : start + point.index;
  }
  return flat.slots.get(point.type)?.[point.index] ?? null;
}

/** The Y.XmlText point of the character at `offset` (which must be a real character). */
function charPoint(flat: Flat, offset: number): { type: Y.XmlText; index: number } {
  const type = flat.owner[offset] as Y.XmlText;
  return { type, index: offset - (flat.textStart.get(type) ?? 0) };
}

/** The first and last real characters (not added line breaks) within [from, to). */
function realChars(flat: Flat, from: number, to: number): [number, number] | null {
  let first = from;
  while (first < to && !flat.owner[first]) first++;
  let last = to - 1;
  while (last >= first && !flat.owner[last]) last--;
  return first <= last ? [first, last] : null;
}

/** The plain text of a body, as anchors and offsets read it. */
export function anchorText(fragment: Y.XmlFragment): string {
  return flatten(fragment).text;
}

/** The plain-text offset of a point of the body, or null when it is not in this body. */
export function offsetOfPoint(fragment: Y.XmlFragment, point: TextPoint): number | null {
  return offsetIn(flatten(fragment), point);
}

/**
 * A point at a plain-text offset of the body: inside the Y.XmlText holding
 * the character there (or ending there), else between an element's children.
 * `offsetOfPoint(fragment, pointAtOffset(fragment, n))` is n.
 */
export function pointAtOffset(fragment: Y.XmlFragment, offset: number): TextPoint | null {
  const flat = flatten(fragment);
  if (!Number.isInteger(offset) || offset < 0 || offset > flat.text.length) return null;
  if (flat.owner[offset]) return charPoint(flat, offset);
  if (offset > 0 && flat.owner[offset - 1]) {
    const point = charPoint(flat, offset - 1);
    return { type: point.type, index: point.index + 1 };
  }
  for (const [type, start] of flat.textStart) if (start === offset) return { type, index: 0 };
  for (const [type, slots] of flat.slots) {
    const index = slots.indexOf(offset);
    if (index >= 0) return { type, index };
  }
  return null;
}

const clampContext = (options?: AnchorOptions) => {
  const context = options?.context ?? CONTEXT_LENGTH;
  return Number.isFinite(context) ? Math.max(0, Math.min(MAX_CONTEXT, Math.floor(context))) : 0;
};

const encode = (type: Y.XmlText, index: number, assoc: number) => {
  const position = Y.createRelativePositionFromTypeIndex(type, index, assoc);
  return position.item ? toBase64(Y.encodeRelativePosition(position)) : null;
};

/**
 * Anchors the words between two points of a body (in either order). The
 * range is narrowed to its first and last characters, so it never starts or
 * ends on a block boundary or a citation. Null when it holds no character,
 * or a point is not in this body, or the body is not in a document yet.
 */
export function createBodyAnchor(
  fragment: Y.XmlFragment,
  start: TextPoint,
  end: TextPoint,
  options?: AnchorOptions,
): BodyAnchor | null {
  if (!fragment.doc) return null;
  const flat = flatten(fragment);
  const a = offsetIn(flat, start);
  const b = offsetIn(flat, end);
  if (a === null || b === null) return null;
  const chars = realChars(flat, Math.min(a, b), Math.max(a, b));
  if (!chars) return null;
  const [first, last] = chars;
  const head = charPoint(flat, first);
  const tail = charPoint(flat, last);
  const startPosition = encode(head.type, head.index, 0);
  const endPosition = encode(tail.type, tail.index + 1, -1);
  if (!startPosition || !endPosition) return null;
  const context = clampContext(options);
  return {
    field: "body",
    start: startPosition,
    end: endPosition,
    quote: flat.text.slice(first, last + 1).slice(0, MAX_QUOTE),
    prefix: flat.text.slice(Math.max(0, first - context), first),
    suffix: flat.text.slice(last + 1, last + 1 + context),
  };
}

/** Anchors the words between two plain-text offsets of a body. */
export function createBodyAnchorAt(
  fragment: Y.XmlFragment,
  from: number,
  to: number,
  options?: AnchorOptions,
): BodyAnchor | null {
  const start = pointAtOffset(fragment, from);
  const end = pointAtOffset(fragment, to);
  return start && end ? createBodyAnchor(fragment, start, end, options) : null;
}

function decode(value: unknown, wantStart: boolean): Y.RelativePosition | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 512) return null;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return null;
  try {
    const position = Y.decodeRelativePosition(fromBase64(value));
    if (!position.item && !position.type && position.tname === null) return null;
    // The start sticks to the character after it, the end to the one before it.
    if (wantStart ? position.assoc < 0 : position.assoc >= 0) return null;
    return position;
  } catch {
    return null;
  }
}

/** Where a relative position is now, if it is inside `fragment`; else why not. */
function locate(
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  position: Y.RelativePosition,
): TextPoint | Orphan {
  // A root-type name: resolving it would create that root type; it is never inside a body anyway.
  if (!position.item && !position.type) return orphan("moved");
  let absolute: Y.AbsolutePosition | null;
  try {
    absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  } catch {
    return orphan("invalid");
  }
  if (!absolute) {
    // Known to this copy but garbage-collected (its block was deleted), or not received (yet).
    const id = position.item ?? position.type;
    return orphan(id && Y.getState(doc.store, id.client) > id.clock ? "deleted" : "moved");
  }
  const type: unknown = absolute.type;
  if (!(type instanceof Y.XmlText || type instanceof Y.XmlElement || type instanceof Y.XmlFragment))
    return orphan("moved");
  let deleted = false;
  let node: { _item: Y.Item | null } = type;
  while (node !== fragment) {
    const item = node._item;
    if (!item || !(item.parent instanceof Y.AbstractType)) return orphan("moved");
    if (item.deleted) deleted = true;
    node = item.parent;
  }
  return deleted ? orphan("deleted") : { type, index: absolute.index };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/**
 * Where a body anchor is now in this copy of the document: its range (as
 * points, plain-text offsets and text), or why it is an orphan. Every copy
 * with the same updates answers the same. Never throws.
 */
export function resolveBodyAnchor(
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  anchor: BodyAnchor,
): BodyResolution {
  const value: unknown = anchor;
  if (!isRecord(value) || value.field !== "body") return orphan("invalid");
  const startPosition = decode(value.start, true);
  const endPosition = decode(value.end, false);
  if (!startPosition || !endPosition) return orphan("invalid");
  const start = locate(doc, fragment, startPosition);
  if ("status" in start) return start;
  const end = locate(doc, fragment, endPosition);
  if ("status" in end) return end;
  const flat = flatten(fragment);
  const from = offsetIn(flat, start);
  const to = offsetIn(flat, end);
  if (from === null || to === null) return orphan("moved");
  if (from > to) return orphan("moved");
  const chars = realChars(flat, from, to);
  if (!chars) return orphan("deleted");
  const [first, last] = chars;
  const tail = charPoint(flat, last);
  return {
    status: "attached",
    start: charPoint(flat, first),
    end: { type: tail.type, index: tail.index + 1 },
    text: flat.text.slice(first, last + 1),
    from: first,
    to: last + 1,
  };
}

/** Anchors words of a title (a plain string) by their quote and the text around them. */
export function createTitleAnchor(
  title: string,
  from: number,
  to: number,
  options?: AnchorOptions,
): TitleAnchor | null {
  if (typeof title !== "string" || !Number.isInteger(from) || !Number.isInteger(to)) return null;
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  if (lo < 0 || hi > title.length || lo === hi) return null;
  const context = clampContext(options);
  return {
    field: "title",
    quote: title.slice(lo, hi).slice(0, MAX_QUOTE),
    prefix: title.slice(Math.max(0, lo - context), lo),
    suffix: title.slice(hi, hi + context),
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

/**
 * Finds a title anchor's words in the current title. Of several occurrences,
 * the one whose surrounding text shares most with the anchor's prefix (read
 * backwards) and suffix wins; the first on a tie. An orphan ("deleted") when
 * the quote no longer occurs. Never throws.
 */
export function resolveTitleAnchor(title: string, anchor: TitleAnchor): TitleResolution {
  const value: unknown = anchor;
  if (
    !isRecord(value) ||
    value.field !== "title" ||
    typeof value.quote !== "string" ||
    value.quote.length === 0
  )
    return orphan("invalid");
  if (typeof title !== "string") return orphan("deleted");
  const quote = value.quote;
  const prefix = typeof value.prefix === "string" ? value.prefix : "";
  const suffix = typeof value.suffix === "string" ? value.suffix : "";
  let best: { from: number; score: number } | null = null;
  for (let at = title.indexOf(quote); at >= 0; at = title.indexOf(quote, at + 1)) {
    const score =
      sharedSuffix(title.slice(0, at), prefix) +
      sharedPrefix(title.slice(at + quote.length), suffix);
    if (!best || score > best.score) best = { from: at, score };
  }
  if (!best) return orphan("deleted");
  return { status: "attached", from: best.from, to: best.from + quote.length, text: quote };
}
