/**
 * Restoring a version: making entries (or a whole timeline) of a live
 * document equal to those of another document, as an ordinary change on top
 * of the present. Everything is changed in place and only where it differs,
 * so open editors stay bound to their body fragments, concurrent edits
 * elsewhere survive the merge, and restoring what did not change writes
 * nothing at all.
 */
import * as Y from "yjs";
import { bodyCitations } from "./citations";
import { listClaims } from "./claims";
import { nodeJson } from "./content";
import { hasEntry } from "./entries";
import {
  ENTRY,
  type EntryMap,
  entriesMap,
  lanesMap,
  META,
  metaMap,
  sourcesMap,
  str,
} from "./shape";

/** Deep equality of the JSON values a document stores. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]))
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) {
    return (
      a instanceof Y.AbstractType &&
      b instanceof Y.AbstractType &&
      a.constructor === b.constructor &&
      sameJson(a.toJSON(), b.toJSON())
    );
  }
  return sameJson(a, b);
}

/** Y types belong to one document: the other one gets an unintegrated copy. */
function copy(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.clone() : value;
}

/** Makes `to[key]` equal to `from[key]`, writing only when it differs. */
function syncKey(to: Y.Map<unknown>, from: Y.Map<unknown>, key: string): void {
  if (!from.has(key)) {
    if (to.has(key)) to.delete(key);
  } else if (!to.has(key) || !sameValue(to.get(key), from.get(key))) {
    to.set(key, copy(from.get(key)));
  }
}

/** Makes a map's keys equal to another's, key by key; a missing `from` empties it. */
function syncMap(to: Y.Map<unknown>, from: Y.Map<unknown> | undefined): void {
  for (const key of from?.keys() ?? []) syncKey(to, from as Y.Map<unknown>, key);
  for (const key of [...to.keys()]) if (!from?.has(key)) to.delete(key);
}

/**
 * A nested map (tags, claims) is synced inside rather than replaced, so
 * concurrent additions to it are kept; it is emptied, not deleted, when the
 * version has none (an entry from before claims existed).
 */
function syncNested(to: EntryMap, from: EntryMap, key: string): void {
  const mine = to.get(key);
  const theirs = from.get(key);
  if (mine instanceof Y.Map && (theirs instanceof Y.Map || theirs === undefined)) {
    syncMap(mine, theirs);
  } else syncKey(to, from, key);
}

function sameNode(a: BodyChild, b: BodyChild): boolean {
  return a.constructor === b.constructor && sameJson(nodeJson(a), nodeJson(b));
}

type BodyChild = Parameters<typeof nodeJson>[0];

/** Nodes of one kind, so one can be made equal to the other in place. */
function sameShell(a: BodyChild, b: BodyChild): boolean {
  if (a instanceof Y.XmlText) return b instanceof Y.XmlText;
  return a instanceof Y.XmlElement && b instanceof Y.XmlElement && a.nodeName === b.nodeName;
}

/**
 * Makes the children of `to` equal to those of `from`, changing as little as
 * it can. Unchanged children at the start and the end stay. Of the ones in
 * between, each that has a counterpart of the same kind at its place is made
 * equal in place (an element's attributes and children, a text's
 * characters), so typing elsewhere in a changed paragraph at the same moment,
 * and comment anchors on its unchanged words, survive; the rest are deleted
 * or copied in. The fragment itself stays, because editors are bound to it.
 */
function syncChildren(to: Y.XmlFragment, from: Y.XmlFragment): void {
  const mine = to.toArray();
  const theirs = from.toArray();
  const shorter = Math.min(mine.length, theirs.length);
  let start = 0;
  while (start < shorter && sameNode(mine[start], theirs[start])) start++;
  let end = 0;
  while (
    end < shorter - start &&
    sameNode(mine[mine.length - 1 - end], theirs[theirs.length - 1 - end])
  ) {
    end++;
  }
  const changed = mine.slice(start, mine.length - end);
  const wanted = theirs.slice(start, theirs.length - end);
  let paired = 0;
  while (
    paired < Math.min(changed.length, wanted.length) &&
    sameShell(changed[paired], wanted[paired])
  ) {
    syncNode(changed[paired], wanted[paired]);
    paired++;
  }
  const at = start + paired;
  if (changed.length > paired) to.delete(at, changed.length - paired);
  const added = wanted.slice(paired);
  // Yjs types `insert` without Y.XmlHook; a hook (Parallax writes none) is copied like the rest.
  if (added.length) to.insert(at, added.map((node) => node.clone()) as Y.XmlElement[]);
}

/** Two nodes of one kind (`sameShell`): `to` becomes equal to `from`. */
function syncNode(to: BodyChild, from: BodyChild): void {
  if (to instanceof Y.XmlText) {
    syncText(to, from as Y.XmlText);
    return;
  }
  const element = to as Y.XmlElement;
  const source = from as Y.XmlElement;
  const have = element.getAttributes() as Record<string, unknown>;
  const want = source.getAttributes() as Record<string, unknown>;
  for (const [key, value] of Object.entries(want))
    if (!Object.hasOwn(have, key) || !sameJson(have[key], value))
      element.setAttribute(key, value as string);
  for (const key of Object.keys(have)) if (!Object.hasOwn(want, key)) element.removeAttribute(key);
  syncChildren(element, source);
}

/** One UTF-16 unit of a text (or one embed), with its formatting. */
type Unit = { value: unknown; attributes: Record<string, unknown> };

function unitsOf(text: Y.XmlText): Unit[] {
  const units: Unit[] = [];
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    const attributes = op.attributes ?? {};
    if (typeof op.insert === "string")
      for (let i = 0; i < op.insert.length; i++) units.push({ value: op.insert[i], attributes });
    else units.push({ value: op.insert, attributes });
  }
  return units;
}

const sameUnit = (a: Unit, b: Unit) =>
  (typeof a.value === "string" ? a.value === b.value : sameValue(a.value, b.value)) &&
  sameJson(a.attributes, b.attributes);

/** The second half of a surrogate pair: a cut before it would split a character. */
const isLowSurrogate = (unit: Unit | undefined) =>
  typeof unit?.value === "string" && /[\uDC00-\uDFFF]/.test(unit.value);

/**
 * Makes a text equal to another, formatting included, by replacing only the
 * span between their common start and common end.
 */
function syncText(to: Y.XmlText, from: Y.XmlText): void {
  const mine = unitsOf(to);
  const theirs = unitsOf(from);
  const shorter = Math.min(mine.length, theirs.length);
  let start = 0;
  while (start < shorter && sameUnit(mine[start], theirs[start])) start++;
  while (start > 0 && (isLowSurrogate(mine[start]) || isLowSurrogate(theirs[start]))) start--;
  let end = 0;
  while (
    end < shorter - start &&
    sameUnit(mine[mine.length - 1 - end], theirs[theirs.length - 1 - end])
  ) {
    end++;
  }
  while (
    end > 0 &&
    (isLowSurrogate(mine[mine.length - end]) || isLowSurrogate(theirs[theirs.length - end]))
  ) {
    end--;
  }
  const removed = mine.length - start - end;
  if (removed > 0) to.delete(start, removed);
  // Inserted in runs of one formatting; `attributes` is exact, so nothing is inherited.
  let at = start;
  const added = theirs.slice(start, theirs.length - end);
  for (let i = 0; i < added.length; ) {
    const { value, attributes } = added[i];
    if (typeof value !== "string") {
      to.insertEmbed(at, copy(value) as object, attributes);
      at++;
      i++;
      continue;
    }
    let run = "";
    while (
      i < added.length &&
      typeof added[i].value === "string" &&
      sameJson(added[i].attributes, attributes)
    ) {
      run += added[i].value as string;
      i++;
    }
    to.insert(at, run, attributes);
    at += run.length;
  }
}

function copyIfMissing(to: Y.Map<Y.Map<unknown>>, from: Y.Map<Y.Map<unknown>>, id: string): void {
  const value = from.get(id);
  if (value instanceof Y.Map && !(to.get(id) instanceof Y.Map)) to.set(id, value.clone());
}

/** The entry's lane and cited sources, copied when they were deleted since, so nothing dangles. */
function copyReferences(to: Y.Doc, from: Y.Doc, entryId: string, entry: EntryMap): void {
  copyIfMissing(lanesMap(to), lanesMap(from), str(entry, ENTRY.laneId));
  const sourceIds = new Set([
    ...bodyCitations(entry.get(ENTRY.body) as Y.XmlFragment).map((c) => c.sourceId),
    ...listClaims(from, entryId).flatMap((claim) =>
      claim.variants.flatMap((variant) => variant.citations.map((c) => c.sourceId)),
    ),
  ]);
  for (const id of sourceIds) copyIfMissing(sourcesMap(to), sourcesMap(from), id);
}

/** Call inside a transaction of `to`. */
function restoreEntryIn(to: Y.Doc, from: Y.Doc, entryId: string): void {
  const theirs = hasEntry(from, entryId) ? entriesMap(from).get(entryId) : undefined;
  const mine = hasEntry(to, entryId) ? entriesMap(to).get(entryId) : undefined;
  if (!theirs) {
    if (mine) entriesMap(to).delete(entryId);
    return;
  }
  copyReferences(to, from, entryId, theirs);
  // Deleted since: the copy keeps its id and createdAt, so it sorts where it did.
  if (!mine) {
    entriesMap(to).set(entryId, theirs.clone());
    return;
  }
  for (const key of [ENTRY.title, ENTRY.when, ENTRY.laneId]) syncKey(mine, theirs, key);
  syncNested(mine, theirs, ENTRY.tags);
  syncNested(mine, theirs, ENTRY.claims);
  syncChildren(mine.get(ENTRY.body) as Y.XmlFragment, theirs.get(ENTRY.body) as Y.XmlFragment);
}

/**
 * Makes entry `entryId` of `to` equal to the one in `from` (title, date, lane,
 * tags, body, claims), in one transaction: recreated if it was deleted since,
 * deleted if `from` has no such entry. The body changes only where it
 * differs, down to the characters of a paragraph whose shape is unchanged;
 * a claim is replaced whole where it differs.
 */
export function restoreEntry(to: Y.Doc, from: Y.Doc, entryId: string, origin?: unknown): void {
  to.transact(() => restoreEntryIn(to, from, entryId), origin);
}

/** Lanes or sources: each synced field by field, added when missing, deleted when gone. */
function syncCollection(to: Y.Map<Y.Map<unknown>>, from: Y.Map<Y.Map<unknown>>): void {
  from.forEach((theirs, id) => {
    if (!(theirs instanceof Y.Map)) return;
    const mine = to.get(id);
    if (mine instanceof Y.Map) syncMap(mine, theirs);
    else to.set(id, theirs.clone());
  });
  for (const [id, mine] of [...to.entries()]) {
    if (mine instanceof Y.Map && !(from.get(id) instanceof Y.Map)) to.delete(id);
  }
}

/**
 * Makes the whole timeline of `to` equal to `from`, in one transaction: the
 * title and description, lanes, sources and every entry (as `restoreEntry`).
 * Values that are not lanes, sources or entries (a foreign peer's) are left alone.
 */
export function restoreTimeline(to: Y.Doc, from: Y.Doc, origin?: unknown): void {
  to.transact(() => {
    for (const key of [META.title, META.description]) syncKey(metaMap(to), metaMap(from), key);
    syncCollection(lanesMap(to), lanesMap(from));
    syncCollection(sourcesMap(to), sourcesMap(from));
    const ids = new Set([...entriesMap(to).keys(), ...entriesMap(from).keys()]);
    for (const id of ids) restoreEntryIn(to, from, id);
  }, origin);
}
