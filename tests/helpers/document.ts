import * as Y from "yjs";
import { entryPlainText, listEntries, listLanes, readMeta } from "../../lib/document";

/** The whole timeline as plain data, read through lib/document, for equality checks. */
export function timelineJson(doc: Y.Doc) {
  const entries = listEntries(doc).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    meta: readMeta(doc),
    lanes: listLanes(doc),
    entries: entries.map((entry) => ({ ...entry, body: entryPlainText(doc, entry.id) })),
  };
}

/** The document's full state, encoded, for "exactly the same" comparisons. */
export function stateOf(doc: Y.Doc): { vector: string; json: ReturnType<typeof timelineJson> } {
  return {
    vector: Buffer.from(Y.encodeStateVector(doc)).toString("base64"),
    json: timelineJson(doc),
  };
}
