import type * as Y from "yjs";
import { resolveBodyAnchor, resolveTitleAnchor } from "@/lib/discussion/anchor";
import type { ThreadDTO } from "@/lib/discussion/protocol";
import { entryBody, hasEntry, readClaimById, readEntry } from "@/lib/document";

export interface Placement {
  /** What the thread is about, as readers should see it. */
  subject: string;
  /** Its words, claim or variant are gone; the thread is listed with the orphans. */
  orphan: boolean;
}

/**
 * Where a thread stands in the current document: still attached to its words
 * (or claim), or orphaned. Computed on every client from the same document,
 * so everyone sees the same answer.
 */
export function placeThread(doc: Y.Doc, thread: ThreadDTO): Placement {
  if (!hasEntry(doc, thread.entryId)) {
    return { subject: thread.anchor?.quote ?? "a deleted entry", orphan: true };
  }
  if (thread.anchor) {
    const quote = thread.anchor.quote;
    if (thread.anchor.field === "title") {
      const title = readEntry(doc, thread.entryId)?.title ?? "";
      return {
        subject: quote,
        orphan: resolveTitleAnchor(title, thread.anchor).status !== "attached",
      };
    }
    const resolved = resolveBodyAnchor(doc, entryBody(doc, thread.entryId), thread.anchor);
    return { subject: quote, orphan: resolved.status !== "attached" };
  }
  if (thread.claimId) {
    const claim = readClaimById(doc, thread.entryId, thread.claimId);
    if (!claim) return { subject: "a deleted claim", orphan: true };
    if (!thread.variantId) return { subject: claim.label, orphan: false };
    const variant = claim.variants.find((v) => v.id === thread.variantId);
    return variant
      ? { subject: `${claim.label}: ${variant.value}`, orphan: false }
      : { subject: `${claim.label}: a deleted account`, orphan: true };
  }
  return { subject: readEntry(doc, thread.entryId)?.title || "the entry", orphan: false };
}
