import { type ReviewDTO, type ReviewStatus, reviewStatus } from "@/lib/review/protocol";
import type { TimelineStore } from "../timelineStore";

/**
 * The status a reader sees for an entry, live: an approval only holds while
 * the entry's content hash is the approved one. The hash is computed only
 * for approved entries (the other states do not depend on it), and cached
 * by the store until the entry changes.
 */
export function liveStatus(
  store: TimelineStore,
  entryId: string,
  review: ReviewDTO | undefined,
): ReviewStatus {
  if (review?.state !== "approved") return reviewStatus(review, undefined);
  return reviewStatus(review, store.entryHash(entryId));
}

/** Turns a failure of a review or version request into a sentence for the user. */
export function failureMessage(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}
