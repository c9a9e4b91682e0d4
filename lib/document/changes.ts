/**
 * What one transaction changed in a timeline document: which parts, and
 * which entries (added, deleted, or with their own fields or body changed).
 */
import type * as Y from "yjs";
import { entriesMap, lanesMap, metaMap, sourcesMap } from "./shape";

export type TimelineChange = {
  meta: boolean;
  lanes: boolean;
  entries: boolean;
  sources: boolean;
  entryIds: Set<string>;
};

type Roots = ReturnType<typeof rootsOf>;

/**
 * The root types, fetched once before any transaction is observed: a root
 * first defined by a remote update would otherwise be a different object
 * from the one the transaction reports.
 */
function rootsOf(doc: Y.Doc) {
  return {
    meta: metaMap(doc),
    lanes: lanesMap(doc),
    entries: entriesMap(doc),
    sources: sourcesMap(doc),
  };
}

/** The parts of the timeline `tr` touched, or null when it touched none of them. */
function timelineChange(
  { meta, lanes, entries, sources }: Roots,
  tr: Y.Transaction,
): TimelineChange | null {
  const change: TimelineChange = {
    meta: false,
    lanes: false,
    entries: false,
    sources: false,
    entryIds: new Set(),
  };
  for (const type of tr.changedParentTypes.keys()) {
    let node: Y.AbstractType<unknown> | null = type as Y.AbstractType<unknown>;
    let child: Y.AbstractType<unknown> | null = null;
    while (node && node !== meta && node !== lanes && node !== entries && node !== sources) {
      child = node;
      node = node._item ? (node._item.parent as Y.AbstractType<unknown>) : null;
    }
    if (node === meta) change.meta = true;
    else if (node === lanes) change.lanes = true;
    else if (node === sources) change.sources = true;
    else if (node === entries) {
      change.entries = true;
      const id = child?._item?.parentSub;
      if (id) change.entryIds.add(id);
    }
  }
  // Entries added, replaced or deleted change the entries map's own keys.
  tr.changed.forEach((keys, type) => {
    if ((type as unknown) !== entries) return;
    for (const id of keys) if (id) change.entryIds.add(id);
  });
  return change.meta || change.lanes || change.entries || change.sources ? change : null;
}

/**
 * Calls `onChange` after every transaction that touched the timeline, saying
 * which parts changed, so views can skip re-reading the rest. Returns the
 * unsubscribe function.
 */
export function observeTimeline(
  doc: Y.Doc,
  onChange: (change: TimelineChange) => void,
): () => void {
  const roots = rootsOf(doc);
  const listener = (tr: Y.Transaction) => {
    const change = timelineChange(roots, tr);
    if (change) onChange(change);
  };
  doc.on("afterTransaction", listener);
  return () => doc.off("afterTransaction", listener);
}
