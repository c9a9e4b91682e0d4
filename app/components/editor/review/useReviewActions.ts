"use client";

import { useMemo } from "react";
import type { ReviewDTO, ReviewEventDTO } from "@/lib/review/protocol";
import type { DiscussionClient } from "../discussion/discussionClient";

/** Every review action; each resolves once the server has stored it, or rejects with why not. */
export interface ReviewActions {
  request(entryId: string, input: { assigneeId?: string | null; note?: string }): Promise<void>;
  assign(entryId: string, assigneeId: string | null): Promise<void>;
  /** `expectedHash`: the content the reviewer saw; the server refuses (409) if it moved on. */
  approve(entryId: string, input: { note?: string; expectedHash?: string }): Promise<void>;
  requestChanges(entryId: string, note: string): Promise<void>;
  /** The entry's audit trail, newest first. */
  history(entryId: string): Promise<{ review: ReviewDTO | null; events: ReviewEventDTO[] }>;
}

/** Review requests on the timeline's socket (message type 100); replies update the live map at once. */
export function useReviewActions(client: DiscussionClient | null): ReviewActions {
  return useMemo<ReviewActions>(() => {
    const call = async (op: Parameters<DiscussionClient["request"]>[0], args: unknown) => {
      if (!client) throw new Error("Still connecting; try again in a moment.");
      const result = (await client.request(op, args)) as { review?: ReviewDTO | null };
      if (result?.review) client.acceptReview(result.review);
      return result;
    };
    return {
      async request(entryId, { assigneeId, note }) {
        await call("review.request", {
          entryId,
          ...(assigneeId !== undefined ? { assigneeId } : {}),
          ...(note?.trim() ? { note: note.trim() } : {}),
        });
      },
      async assign(entryId, assigneeId) {
        await call("review.assign", { entryId, assigneeId });
      },
      async approve(entryId, { note, expectedHash }) {
        await call("review.approve", {
          entryId,
          ...(note?.trim() ? { note: note.trim() } : {}),
          ...(expectedHash ? { expectedHash } : {}),
        });
      },
      async requestChanges(entryId, note) {
        await call("review.requestChanges", { entryId, note: note.trim() });
      },
      async history(entryId) {
        return (await call("review.history", { entryId })) as {
          review: ReviewDTO | null;
          events: ReviewEventDTO[];
        };
      },
    };
  }, [client]);
}
