import * as Y from "yjs";
import { parseWhen } from "../dates/parse";
import { appendBody, type BodyBlock, bodyNodes, bodyPlainText } from "./body";
import { newId } from "./ids";
import { ENTRY, type EntryMap, entriesMap, lanesMap, num, str } from "./shape";

/** Everything about an entry except its rich body. */
export interface EntrySummary {
  id: string;
  title: string;
  /** EDTF string, or "" for an undated entry. */
  when: string;
  laneId: string;
  tags: string[];
  createdAt: number;
}

export interface EntryPatch {
  title?: string;
  when?: string;
  laneId?: string;
  tags?: string[];
}

export class EntryError extends Error {
  constructor(
    readonly code:
      | "entry_not_found"
      | "invalid_when"
      | "invalid_title"
      | "invalid_tag"
      | "lane_not_found",
    message: string,
    readonly field?: keyof EntryPatch,
  ) {
    super(message);
    this.name = "EntryError";
  }
}

export const MAX_TITLE_LENGTH = 300;
export const MAX_TAG_LENGTH = 60;

function cleanTitle(title: string): string {
  const clean = title.replace(/\s+/g, " ").trim();
  if (clean.length > MAX_TITLE_LENGTH) {
    throw new EntryError(
      "invalid_title",
      `A title has at most ${MAX_TITLE_LENGTH} characters.`,
      "title",
    );
  }
  return clean;
}

/** Validates a `when` string; "" means undated. Throws EntryError with a readable message. */
export function cleanWhen(when: string): string {
  const trimmed = when.trim();
  if (!trimmed) return "";
  const parsed = parseWhen(trimmed);
  if (!parsed.ok) throw new EntryError("invalid_when", parsed.error, "when");
  return parsed.value.edtf;
}

function cleanTags(tags: string[]): string[] {
  const seen = new Set<string>();
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, " ").trim();
    if (!tag) continue;
    if (tag.length > MAX_TAG_LENGTH) {
      throw new EntryError(
        "invalid_tag",
        `A tag has at most ${MAX_TAG_LENGTH} characters.`,
        "tags",
      );
    }
    seen.add(tag);
  }
  return [...seen];
}

function summarize(id: string, map: EntryMap): EntrySummary {
  const tags = map.get(ENTRY.tags);
  return {
    id,
    title: str(map, ENTRY.title),
    when: str(map, ENTRY.when),
    laneId: str(map, ENTRY.laneId),
    tags: tags instanceof Y.Map ? [...tags.keys()].sort() : [],
    createdAt: num(map, ENTRY.createdAt),
  };
}

/**
 * Any peer with write access can put anything under `entries`. Readers only
 * see values with the documented layout (a Y.Map holding a body fragment);
 * anything else stays in the document, untouched, but is not an entry.
 */
function isEntryMap(value: unknown): value is EntryMap {
  return value instanceof Y.Map && value.get(ENTRY.body) instanceof Y.XmlFragment;
}

function entryMap(doc: Y.Doc, id: string): EntryMap {
  const map = entriesMap(doc).get(id);
  if (!isEntryMap(map)) throw new EntryError("entry_not_found", `There is no entry ${id}.`);
  return map;
}

function checkLane(doc: Y.Doc, laneId: string): void {
  if (laneId && !lanesMap(doc).has(laneId)) {
    throw new EntryError("lane_not_found", `There is no lane ${laneId}.`, "laneId");
  }
}

export function hasEntry(doc: Y.Doc, id: string): boolean {
  return isEntryMap(entriesMap(doc).get(id));
}

export function readEntry(doc: Y.Doc, id: string): EntrySummary | undefined {
  const map = entriesMap(doc).get(id);
  return isEntryMap(map) ? summarize(id, map) : undefined;
}

/** All entries, unordered; see `lib/dates/order` for chronological order. */
export function listEntries(doc: Y.Doc): EntrySummary[] {
  const out: EntrySummary[] = [];
  entriesMap(doc).forEach((map, id) => {
    if (isEntryMap(map)) out.push(summarize(id, map));
  });
  return out;
}

export function countEntries(doc: Y.Doc): number {
  let n = 0;
  for (const map of entriesMap(doc).values()) if (isEntryMap(map)) n++;
  return n;
}

/** The Tiptap body of an entry, for the editor's Collaboration extension. */
export function entryBody(doc: Y.Doc, id: string): Y.XmlFragment {
  return entryMap(doc, id).get(ENTRY.body) as Y.XmlFragment;
}

export function entryPlainText(doc: Y.Doc, id: string): string {
  return bodyPlainText(entryBody(doc, id));
}

export function createEntry(
  doc: Y.Doc,
  input: EntryPatch & { id?: string; body?: BodyBlock[]; createdAt?: number } = {},
  origin?: unknown,
): string {
  const id = input.id ?? newId();
  const title = cleanTitle(input.title ?? "");
  const when = cleanWhen(input.when ?? "");
  const tags = cleanTags(input.tags ?? []);
  const laneId = input.laneId ?? "";
  checkLane(doc, laneId);
  const blocks = input.body?.length ? bodyNodes(input.body) : [];
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set(ENTRY.title, title);
    map.set(ENTRY.when, when);
    map.set(ENTRY.laneId, laneId);
    const tagMap = new Y.Map<boolean>();
    map.set(ENTRY.tags, tagMap);
    const body = new Y.XmlFragment();
    map.set(ENTRY.body, body);
    map.set(ENTRY.createdAt, input.createdAt ?? Date.now());
    // Made with the entry, so two people adding its first claims write into one map.
    map.set(ENTRY.claims, new Y.Map<unknown>());
    entriesMap(doc).set(id, map);
    for (const tag of tags) tagMap.set(tag, true);
    if (blocks.length) appendBody(body, blocks);
  }, origin);
  return id;
}

/**
 * Applies a patch after validating every field; an invalid field throws
 * before anything is written, so a bad `when` is never saved.
 */
export function updateEntry(doc: Y.Doc, id: string, patch: EntryPatch, origin?: unknown): void {
  const map = entryMap(doc, id);
  const title = patch.title === undefined ? undefined : cleanTitle(patch.title);
  const when = patch.when === undefined ? undefined : cleanWhen(patch.when);
  const tags = patch.tags === undefined ? undefined : cleanTags(patch.tags);
  if (patch.laneId !== undefined) checkLane(doc, patch.laneId);
  doc.transact(() => {
    if (title !== undefined && title !== str(map, ENTRY.title)) map.set(ENTRY.title, title);
    if (when !== undefined && when !== str(map, ENTRY.when)) map.set(ENTRY.when, when);
    if (patch.laneId !== undefined && patch.laneId !== str(map, ENTRY.laneId))
      map.set(ENTRY.laneId, patch.laneId);
    if (tags !== undefined) {
      let tagMap = map.get(ENTRY.tags);
      if (!(tagMap instanceof Y.Map)) {
        tagMap = new Y.Map<boolean>();
        map.set(ENTRY.tags, tagMap);
      }
      const set = tagMap as Y.Map<boolean>;
      for (const key of [...set.keys()]) if (!tags.includes(key)) set.delete(key);
      for (const tag of tags) if (!set.has(tag)) set.set(tag, true);
    }
  }, origin);
}

export function deleteEntry(doc: Y.Doc, id: string, origin?: unknown): void {
  entryMap(doc, id);
  doc.transact(() => entriesMap(doc).delete(id), origin);
}
