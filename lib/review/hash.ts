/**
 * The content hash of an entry: what a review approves. Two documents whose
 * entry reads the same get the same hash, whichever client wrote it and in
 * whatever order its map keys arrived, so a review stays valid until the
 * content itself changes.
 *
 * The content is what the review rule names: title, `when`, lane, the body
 * (with its citations) without comment marks, and the claims. Tags and the
 * entry's `createdAt` are not content: retagging or re-creating an entry
 * does not call for a new review.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type * as Y from "yjs";
import { type BodyNodeJson, type Claim, type EntryContent, readEntryContent } from "../document";

/**
 * Marks that never count as content. `comment` highlights discussion: threads
 * anchor with relative positions today, but a comment mark any client writes
 * must not invalidate a review.
 */
export const IGNORED_MARKS: ReadonlySet<string> = new Set(["comment"]);

type Mark = NonNullable<BodyNodeJson["marks"]>[number];

/** Marks without the ignored ones, in one order whatever order the text attributes arrived in. */
function canonicalMarks(marks: Mark[] = []): Mark[] {
  return marks
    .filter((mark) => !IGNORED_MARKS.has(mark.type))
    .map((mark) =>
      mark.attrs && Object.keys(mark.attrs).length
        ? { type: mark.type, attrs: mark.attrs }
        : { type: mark.type },
    )
    .map((mark) => ({ mark, key: canonicalJson(mark) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ mark }) => mark);
}

function canonicalNode(node: BodyNodeJson): BodyNodeJson {
  if (node.type === "text") {
    const marks = canonicalMarks(node.marks);
    return marks.length
      ? { type: "text", text: node.text ?? "", marks }
      : { type: "text", text: node.text ?? "" };
  }
  const out: BodyNodeJson = { type: node.type };
  if (node.attrs && Object.keys(node.attrs).length) out.attrs = node.attrs;
  const content = canonicalBody(node.content ?? []);
  if (content.length) out.content = content;
  return out;
}

/**
 * Sibling nodes in canonical form. Empty texts go, and neighbouring texts with
 * the same marks join, so words split by a comment mark (or stored in two
 * Y.XmlText siblings) hash like one run. Exported for the diff, which must
 * call a body changed exactly when its hash would change.
 */
export function canonicalBody(nodes: BodyNodeJson[]): BodyNodeJson[] {
  const out: BodyNodeJson[] = [];
  for (const node of nodes.map(canonicalNode)) {
    if (node.type === "text" && !node.text) continue;
    const last = out[out.length - 1];
    if (
      last?.type === "text" &&
      node.type === "text" &&
      canonicalJson(last.marks ?? []) === canonicalJson(node.marks ?? [])
    ) {
      out[out.length - 1] = { ...last, text: `${last.text}${node.text}` };
    } else out.push(node);
  }
  return out;
}

function byOrderThenId(a: { order: number; id: string }, b: { order: number; id: string }) {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A claim without `createdAt` (when it was made is not what it says);
 * variants sorted by (order, id), their position standing for `order`, so
 * renumbering without reordering changes nothing. A variant's citations come
 * from `listClaims` already in (order, id) order, and keep that position.
 */
function canonicalClaim(claim: Claim) {
  return {
    id: claim.id,
    label: claim.label,
    status: claim.status,
    acceptedVariantId: claim.acceptedVariantId,
    reason: claim.reason,
    variants: [...claim.variants].sort(byOrderThenId).map((variant) => ({
      id: variant.id,
      value: variant.value,
      note: variant.note,
      citations: variant.citations.map(({ id, sourceId, label, locator, quote }) => ({
        id,
        sourceId,
        label,
        locator,
        quote,
      })),
    })),
  };
}

/** The hashed form of an entry's content (see the file comment for what counts). */
export function canonicalContent(content: EntryContent): unknown {
  return {
    title: content.title,
    when: content.when,
    laneId: content.laneId,
    body: canonicalBody(content.body),
    claims: [...content.claims]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(canonicalClaim),
  };
}

/**
 * JSON with object keys sorted (by code unit) at every depth; `undefined`
 * properties are left out. NUL characters are dropped from strings: stored
 * copies of content (PostgreSQL JSON cannot hold them) lose them, and must
 * hash like the live content they came from.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  }
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`;
  }
  if (typeof value === "string") return JSON.stringify(value.replaceAll("\u0000", ""));
  return JSON.stringify(value) ?? "null";
}

/** Lowercase hex SHA-256 of the canonical JSON of the content. */
export function contentHash(content: EntryContent): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(canonicalContent(content)))));
}

/** The content hash of an entry, or undefined when there is no such entry. */
export function entryHash(doc: Y.Doc, entryId: string): string | undefined {
  const content = readEntryContent(doc, entryId);
  return content && contentHash(content);
}
