import type { ReviewDTO } from "@/lib/review/protocol";
import type { MentionMember } from "../discussion/MentionTextarea";
import type { ReviewActions } from "./useReviewActions";

/** What an entry card needs of review: the live reviews, who may do what, and the actions. */
export interface EntryReviewing {
  reviews: ReadonlyMap<string, ReviewDTO>;
  /** The reviews have arrived from the server (since the last connect). */
  ready: boolean;
  /** Why review actions are unavailable right now (offline, closed), or null. */
  unavailable: string | null;
  /** Still connecting (not offline): loading states rather than offline ones. */
  connecting: boolean;
  /** Editors and owners ask for review and assign reviewers. */
  canRequest: boolean;
  /** Reviewers and owners approve and request changes. */
  canReview: boolean;
  meId: string;
  fourEyes: boolean;
  /** Members who may review (reviewers and owners), for the assignee picker. */
  reviewers: MentionMember[];
  actions: ReviewActions;
  /** Owners turn the four-eyes rule on or off; null for everyone else. */
  setFourEyes: ((on: boolean) => Promise<void>) | null;
  /** Opens the Review tab of the side panel. */
  openPanel: () => void;
}
