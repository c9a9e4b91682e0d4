/**
 * The shape of a timeline's shared Yjs document. This folder is the only code
 * that knows the root names and field keys; everything else reads and writes
 * through the typed functions exported from `lib/document`.
 *
 * Layout (documented for outside programs in docs/DOCUMENT.md):
 *
 *   meta     Y.Map    { schemaVersion: number, title: string, description: string }
 *   lanes    Y.Map    laneId  -> Y.Map { name: string, color: string, order: number }
 *   entries  Y.Map    entryId -> Y.Map {
 *                        title: string, when: string (EDTF or ""), laneId: string,
 *                        tags: Y.Map<tag, true>, body: Y.XmlFragment (Tiptap),
 *                        createdAt: number (ms since epoch),
 *                        claims: Y.Map claimId -> Y.Map {
 *                          label: string, status: string, acceptedVariantId: string,
 *                          reason: string, createdAt: number,
 *                          variants: Y.Map variantId -> Y.Map {
 *                            value: string, note: string, order: number,
 *                            citations: Y.Map citationId -> { sourceId, label, locator, quote, order }
 *                          }
 *                        }
 *                      }
 *   sources  Y.Map    sourceId -> Y.Map { <CSL-JSON variable>: its CSL-JSON value }
 *
 * In a body, a citation is the inline atom node `citation` (attributes: id,
 * sourceId, label, locator, quote) and a claimed phrase carries the mark
 * `claim` (attribute: claimId).
 */
import type * as Y from "yjs";

/** Bumped whenever the layout changes incompatibly. Clients refuse newer documents. */
export const SCHEMA_VERSION = 1;

export const ROOT = {
  meta: "meta",
  lanes: "lanes",
  entries: "entries",
  sources: "sources",
} as const;

export const META = {
  schemaVersion: "schemaVersion",
  title: "title",
  description: "description",
} as const;

export const LANE = {
  name: "name",
  color: "color",
  order: "order",
} as const;

export const ENTRY = {
  title: "title",
  when: "when",
  laneId: "laneId",
  tags: "tags",
  body: "body",
  createdAt: "createdAt",
  claims: "claims",
} as const;

export const CLAIM = {
  label: "label",
  status: "status",
  acceptedVariantId: "acceptedVariantId",
  reason: "reason",
  createdAt: "createdAt",
  variants: "variants",
} as const;

export const VARIANT = {
  value: "value",
  note: "note",
  order: "order",
  citations: "citations",
} as const;

/** Names of the body's own node and mark types for sources and claims. */
export const BODY = {
  citationNode: "citation",
  claimMark: "claim",
} as const;

export type LaneMap = Y.Map<unknown>;
export type EntryMap = Y.Map<unknown>;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.meta);
}

export function lanesMap(doc: Y.Doc): Y.Map<LaneMap> {
  return doc.getMap<LaneMap>(ROOT.lanes);
}

export function entriesMap(doc: Y.Doc): Y.Map<EntryMap> {
  return doc.getMap<EntryMap>(ROOT.entries);
}

export function sourcesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(ROOT.sources);
}

export function str(map: Y.Map<unknown>, key: string, fallback = ""): string {
  const value = map.get(key);
  return typeof value === "string" ? value : fallback;
}

export function num(map: Y.Map<unknown>, key: string, fallback = 0): number {
  const value = map.get(key);
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
