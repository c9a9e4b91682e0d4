/**
 * Editorial review: each entry's review state, decided and stored by the
 * server (never in the content document, which any editor can write), and
 * the requests that change it. An approval records the entry's content hash
 * (`contentHash` in ./hash) and its canonical content, so an approval holds
 * only for exactly what was approved.
 */
import { z } from "zod";
import type { PersonDTO } from "../discussion/protocol";
import type { EntryContent } from "../document";

export const REVIEW_STATES = ["draft", "in_review", "changes_requested", "approved"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * What a reader of the entry sees: the stored state, except that an
 * approval whose hash no longer matches the content is
 * `changed_since_approval`, and no longer counts.
 */
export type ReviewStatus = ReviewState | "changed_since_approval";

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  changed_since_approval: "Changed since approval",
};

/** What happened, in an entry's audit trail. */
export const REVIEW_ACTIONS = ["request", "assign", "approve", "request_changes"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = {
  request: "asked for review",
  assign: "assigned",
  approve: "approved",
  request_changes: "requested changes",
};

export const MAX_REVIEW_NOTE_LENGTH = 4000;

/** An entry's current review, as clients receive it. Entries without one are drafts. */
export interface ReviewDTO {
  entryId: string;
  state: ReviewState;
  assignee: PersonDTO | null;
  /** The note of the last review action (the reason for requested changes, say). */
  note: string;
  updatedBy: PersonDTO;
  updatedAt: string;
  /** The last approval, kept after later requests so the diff since approval can be shown. */
  approval: ApprovalDTO | null;
}

export interface ApprovalDTO {
  hash: string;
  content: EntryContent;
  by: PersonDTO;
  at: string;
}

/** One line of an entry's audit trail. */
export interface ReviewEventDTO {
  id: string;
  entryId: string;
  actor: PersonDTO;
  action: ReviewAction;
  fromState: ReviewState;
  toState: ReviewState;
  note: string;
  assignee: PersonDTO | null;
  /** The content hash the action saw (approvals and requests). */
  contentHash: string | null;
  createdAt: string;
}

/** Timeline settings that govern review. */
export interface ReviewSettings {
  /** Nobody may approve an entry whose latest content they wrote themselves. */
  fourEyes: boolean;
}

const id = z.string().min(1).max(64);
const note = z
  .string()
  .trim()
  .max(MAX_REVIEW_NOTE_LENGTH, `A note has at most ${MAX_REVIEW_NOTE_LENGTH} characters.`);
const hash = z.string().regex(/^[0-9a-f]{64}$/, "A content hash is 64 lowercase hex digits.");

export const RequestReviewSchema = z.object({
  entryId: id,
  assigneeId: id.nullish(),
  note: note.optional(),
});
export const AssignReviewerSchema = z.object({ entryId: id, assigneeId: id.nullable() });
export const ApproveSchema = z.object({
  entryId: id,
  note: note.optional(),
  /** The hash the reviewer looked at: the approval is refused (409) if the content moved on. */
  expectedHash: hash.optional(),
});
export const RequestChangesSchema = z.object({
  entryId: id,
  note: note.pipe(z.string().min(1, "Say what should change.")),
});
export const ReviewHistorySchema = z.object({ entryId: id });
export const ReviewSettingsSchema = z.object({ fourEyes: z.boolean() });

/** The review status a reader sees, given the entry's current content hash. */
export function reviewStatus(
  review: Pick<ReviewDTO, "state" | "approval"> | undefined,
  currentHash: string | undefined,
): ReviewStatus {
  if (!review) return "draft";
  if (review.state !== "approved") return review.state;
  return review.approval && review.approval.hash === currentHash
    ? "approved"
    : "changed_since_approval";
}

/** Whether the entry's approval holds for its current content (and so may be published). */
export function approvalHolds(
  review: Pick<ReviewDTO, "state" | "approval"> | undefined,
  currentHash: string | undefined,
): boolean {
  return reviewStatus(review, currentHash) === "approved";
}
