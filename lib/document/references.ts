/**
 * How entries and sources refer to each other: the citations an entry makes
 * (in its body and in its claims' variants), which entries cite a source,
 * and the flags the editor shows (unsourced, accounts differ).
 */
import * as Y from "yjs";
import { bodyCitations, type Citation, removeBodyCitation, updateBodyCitation } from "./citations";
import { accountsDiffer, listClaims } from "./claims";
import { BODY, ENTRY, entriesMap } from "./shape";

function body(doc: Y.Doc, entryId: string): Y.XmlFragment | undefined {
  const entry = entriesMap(doc).get(entryId);
  const fragment = entry instanceof Y.Map ? entry.get(ENTRY.body) : undefined;
  return fragment instanceof Y.XmlFragment ? fragment : undefined;
}

function requireBody(doc: Y.Doc, entryId: string): Y.XmlFragment {
  const fragment = body(doc, entryId);
  if (!fragment) throw new Error(`There is no entry ${entryId}.`);
  return fragment;
}

/** The citation markers of an entry's body, in footnote order (footnote n is index n-1). */
export function entryCitations(doc: Y.Doc, entryId: string): Citation[] {
  const fragment = body(doc, entryId);
  return fragment ? bodyCitations(fragment) : [];
}

export function updateEntryCitation(
  doc: Y.Doc,
  entryId: string,
  citationId: string,
  patch: Partial<Omit<Citation, "id">>,
  origin?: unknown,
): void {
  updateBodyCitation(requireBody(doc, entryId), citationId, patch, origin);
}

export function removeEntryCitation(
  doc: Y.Doc,
  entryId: string,
  citationId: string,
  origin?: unknown,
): void {
  removeBodyCitation(requireBody(doc, entryId), citationId, origin);
}

/** Ids of the claims whose words are marked in the body. */
export function markedClaimIds(doc: Y.Doc, entryId: string): Set<string> {
  const ids = new Set<string>();
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) {
        for (const op of child.toDelta() as { attributes?: Record<string, unknown> }[]) {
          const mark = op.attributes?.[BODY.claimMark] as { claimId?: unknown } | undefined;
          if (typeof mark?.claimId === "string") ids.add(mark.claimId);
        }
      } else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  const fragment = body(doc, entryId);
  if (fragment) walk(fragment);
  return ids;
}

export interface EntryFlags {
  /** Citation markers in the body. */
  citations: number;
  claims: number;
  /** Claims whose accounts differ (disputed or unresolvable). */
  disputed: number;
  /** No citation anywhere: neither in the body nor in any claim variant. */
  unsourced: boolean;
}

export function entryFlags(doc: Y.Doc, entryId: string): EntryFlags {
  const citations = entryCitations(doc, entryId).length;
  const claims = listClaims(doc, entryId);
  const variantCitations = claims.some((claim) =>
    claim.variants.some((variant) => variant.citations.length > 0),
  );
  return {
    citations,
    claims: claims.length,
    disputed: claims.filter(accountsDiffer).length,
    unsourced: citations === 0 && !variantCitations,
  };
}

/** Ids of the entries that cite a source, in the body or in a claim variant. */
export function citingEntries(doc: Y.Doc, sourceId: string): string[] {
  const out: string[] = [];
  entriesMap(doc).forEach((_, entryId) => {
    const cites =
      entryCitations(doc, entryId).some((c) => c.sourceId === sourceId) ||
      listClaims(doc, entryId).some((claim) =>
        claim.variants.some((v) => v.citations.some((c) => c.sourceId === sourceId)),
      );
    if (cites) out.push(entryId);
  });
  return out;
}
