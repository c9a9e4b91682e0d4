import * as Y from "yjs";
import { CSL_FIELDS, type CslItem, CslItemSchema } from "./csl";
import { newId } from "./ids";
import { sourcesMap } from "./shape";

/** A source of the timeline's library: a CSL-JSON item with its id. */
export type Source = CslItem & { id: string };

export class SourceError extends Error {
  constructor(
    readonly code: "source_not_found" | "invalid_source",
    message: string,
    /** The CSL field at fault, when one is. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "SourceError";
  }
}

function validate(item: unknown): CslItem {
  const parsed = CslItemSchema.safeParse(item);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path[0] === undefined ? undefined : String(issue.path[0]);
  throw new SourceError(
    "invalid_source",
    field ? `${field}: ${issue.message}` : (issue?.message ?? "This is not a valid source."),
    field,
  );
}

/** Reads the fields of a stored source, keeping only those that still validate one by one. */
function readFields(map: Y.Map<unknown>): Partial<CslItem> {
  const out: Record<string, unknown> = {};
  for (const field of CSL_FIELDS) {
    const value = map.get(field);
    if (value === undefined) continue;
    const parsed = CslItemSchema.shape[field].safeParse(value);
    if (parsed.success && parsed.data !== undefined) out[field] = parsed.data;
  }
  return out as Partial<CslItem>;
}

function toSource(id: string, map: unknown): Source | undefined {
  if (!(map instanceof Y.Map)) return undefined;
  const fields = readFields(map);
  return {
    ...fields,
    id,
    type: fields.type ?? "document",
    title: fields.title ?? "Untitled source",
  };
}

export function readSource(doc: Y.Doc, id: string): Source | undefined {
  return toSource(id, sourcesMap(doc).get(id));
}

export function hasSource(doc: Y.Doc, id: string): boolean {
  return sourcesMap(doc).get(id) instanceof Y.Map;
}

/** First author (or the title, for a source without one), then the title; the same in every locale. */
const sortKey = (source: Source) =>
  `${source.author?.[0]?.family || source.author?.[0]?.literal || source.title}\u0000${source.title}`.toLowerCase();

/** Every source, ordered by first author's family name (or title), then title. */
export function listSources(doc: Y.Doc): Source[] {
  const out: Source[] = [];
  sourcesMap(doc).forEach((map, id) => {
    const source = toSource(id, map);
    if (source) out.push(source);
  });
  return out.sort((a, b) => sortKey(a).localeCompare(sortKey(b), "en") || (a.id < b.id ? -1 : 1));
}

function writeFields(map: Y.Map<unknown>, item: Partial<CslItem>): void {
  for (const field of CSL_FIELDS) {
    if (!(field in item)) continue;
    const value = item[field];
    if (value === undefined || value === "") {
      if (map.has(field)) map.delete(field);
    } else if (JSON.stringify(map.get(field)) !== JSON.stringify(value)) {
      map.set(field, value);
    }
  }
}

/** Adds a source after validating it; returns its id. */
export function createSource(
  doc: Y.Doc,
  item: CslItem & { id?: string },
  origin?: unknown,
): string {
  const clean = validate(item);
  const id = item.id ?? newId();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    sourcesMap(doc).set(id, map);
    writeFields(map, clean);
  }, origin);
  return id;
}

/**
 * Changes the fields given; a field set to `undefined` or "" is removed. The
 * result must still be a valid source, or nothing is written. Fields are
 * stored one by one, so two people editing different fields both win.
 */
export function updateSource(
  doc: Y.Doc,
  id: string,
  patch: Partial<CslItem>,
  origin?: unknown,
): void {
  const map = sourcesMap(doc).get(id);
  const current = toSource(id, map);
  if (!(map instanceof Y.Map) || !current) {
    throw new SourceError("source_not_found", `There is no source ${id}.`);
  }
  // Start from what readers see (unreadable fields read as their defaults), so a patch can always apply.
  const { id: _id, ...merged }: Record<string, unknown> = current;
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined || value === "") delete merged[field];
    else merged[field] = value;
  }
  const clean = validate(merged);
  const cleanPatch: Record<string, unknown> = {};
  for (const field of Object.keys(patch)) cleanPatch[field] = clean[field as keyof CslItem];
  doc.transact(() => writeFields(map, cleanPatch as Partial<CslItem>), origin);
}

/**
 * Deletes a source. Citations of it stay in their entries and read as
 * citing a missing source; the editor warns before this happens
 * (see `citingEntries`).
 */
export function deleteSource(doc: Y.Doc, id: string, origin?: unknown): void {
  if (!hasSource(doc, id)) throw new SourceError("source_not_found", `There is no source ${id}.`);
  doc.transact(() => sourcesMap(doc).delete(id), origin);
}
