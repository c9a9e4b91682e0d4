"use client";

import { useMemo, useRef } from "react";
import type * as Y from "yjs";
import { entryCitations, listClaims } from "@/lib/document";
import type { TimelineStore } from "../timelineStore";

/** The sources one entry cites, in its body or in its claims' variants. */
function citedSources(doc: Y.Doc, entryId: string): string[] {
  const ids = new Set<string>();
  for (const citation of entryCitations(doc, entryId)) ids.add(citation.sourceId);
  for (const claim of listClaims(doc, entryId)) {
    for (const variant of claim.variants) {
      for (const citation of variant.citations) ids.add(citation.sourceId);
    }
  }
  return [...ids];
}

/**
 * Which entries cite each source, in chronological order. Each entry's
 * citations are read again only when that entry changed (the store's
 * per-entry version), so typing in one entry costs one entry's walk.
 */
export function useCitedBy(
  doc: Y.Doc,
  store: TimelineStore,
  order: readonly string[],
  contentVersion: number,
): ReadonlyMap<string, string[]> {
  const cache = useRef(new Map<string, { version: number; sources: string[] }>());
  // biome-ignore lint/correctness/useExhaustiveDependencies: contentVersion marks changes inside the store.
  return useMemo(() => {
    const seen = new Set<string>();
    const bySource = new Map<string, string[]>();
    for (const entryId of order) {
      seen.add(entryId);
      const version = store.entryVersion(entryId);
      let cached = cache.current.get(entryId);
      if (!cached || cached.version !== version) {
        cached = { version, sources: citedSources(doc, entryId) };
        cache.current.set(entryId, cached);
      }
      for (const sourceId of cached.sources) {
        const list = bySource.get(sourceId);
        if (list) list.push(entryId);
        else bySource.set(sourceId, [entryId]);
      }
    }
    for (const entryId of cache.current.keys()) {
      if (!seen.has(entryId)) cache.current.delete(entryId);
    }
    return bySource;
  }, [doc, store, order, contentVersion]);
}
