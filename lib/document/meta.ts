import type * as Y from "yjs";
import { META, metaMap, num, SCHEMA_VERSION, str } from "./shape";

export interface TimelineMeta {
  schemaVersion: number;
  title: string;
  description: string;
}

export function readMeta(doc: Y.Doc): TimelineMeta {
  const meta = metaMap(doc);
  return {
    schemaVersion: num(meta, META.schemaVersion, SCHEMA_VERSION),
    title: str(meta, META.title),
    description: str(meta, META.description),
  };
}

/** Writes the fields given; stamps the schema version the first time. */
export function writeMeta(
  doc: Y.Doc,
  patch: Partial<Omit<TimelineMeta, "schemaVersion">>,
  origin?: unknown,
): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    if (!meta.has(META.schemaVersion)) meta.set(META.schemaVersion, SCHEMA_VERSION);
    if (patch.title !== undefined && patch.title !== str(meta, META.title))
      meta.set(META.title, patch.title);
    if (patch.description !== undefined && patch.description !== str(meta, META.description)) {
      meta.set(META.description, patch.description);
    }
  }, origin);
}

/** A document written by a newer Parallax than this one must not be edited here. */
export function isSupportedSchema(doc: Y.Doc): boolean {
  return readMeta(doc).schemaVersion <= SCHEMA_VERSION;
}
