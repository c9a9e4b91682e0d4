/**
 * Discussion: threads and comments, written only by the server, and the
 * messages that carry them on the timeline's websocket (message type 100,
 * after y-protocols' 0–3). Requests and events are JSON in one varString.
 *
 * On the socket, a client sends `{ id, op, args }` (DiscussionRequest) and
 * gets exactly one `{ type: "reply", id, ok, result | error }` back, with
 * `result` as in DiscussionResults. After `subscribe`, it also receives
 * `{ type: "event", event }` for every change to the timeline's threads and
 * to its user's unread count. Events for a socket never overtake the reply
 * to its `subscribe`, and the events for one thread arrive in the order the
 * changes were stored, so a client that replaces its threads with the
 * subscribe result and then upserts each event by id is never stale.
 */
import { z } from "zod";
import type { ReviewDTO, ReviewEventDTO, ReviewSettings } from "../review/protocol";
import type { VersionDTO } from "../versions/protocol";

export const MESSAGE_DISCUSSION = 100;

export const THREAD_KINDS = ["comment", "question", "dispute"] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];
export const THREAD_STATUSES = ["open", "resolved"] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

export const MAX_COMMENT_LENGTH = 10_000;
const id = z.string().min(1).max(64);
const context = z.string().max(200);
const quote = z.string().min(1).max(2000);

/** Where in an entry a thread points: Yjs relative positions in the body, or a quote in the title. */
export const AnchorSchema = z.discriminatedUnion("field", [
  z.object({
    field: z.literal("body"),
    /** base64 of Y.encodeRelativePosition; the start sticks to the first anchored character. */
    start: z.string().min(1).max(512),
    /** The end sticks to the last anchored character. */
    end: z.string().min(1).max(512),
    quote,
    prefix: context,
    suffix: context,
  }),
  z.object({ field: z.literal("title"), quote, prefix: context, suffix: context }),
]);
export type Anchor = z.infer<typeof AnchorSchema>;
export type BodyAnchor = Extract<Anchor, { field: "body" }>;
export type TitleAnchor = Extract<Anchor, { field: "title" }>;

const body = z
  .string()
  .trim()
  .min(1, "A comment cannot be empty.")
  .max(MAX_COMMENT_LENGTH, `A comment has at most ${MAX_COMMENT_LENGTH} characters.`);

export const CreateThreadSchema = z
  .object({
    entryId: id,
    claimId: id.optional(),
    variantId: id.optional(),
    anchor: AnchorSchema.optional(),
    kind: z.enum(THREAD_KINDS),
    body,
  })
  .refine((input) => input.anchor || input.claimId, {
    message: "A thread is about words of the entry or about a claim.",
  })
  .refine((input) => !input.variantId || input.claimId, {
    message: "A variant belongs to a claim: give its claimId too.",
  });
export type CreateThread = z.infer<typeof CreateThreadSchema>;

export const AddCommentSchema = z.object({ threadId: id, body });
export const EditCommentSchema = z.object({ threadId: id, commentId: id, body });
export const CommentRefSchema = z.object({ threadId: id, commentId: id });
export const ThreadRefSchema = z.object({ threadId: id });
export const InboxReadSchema = z.object({ ids: z.union([z.literal("all"), z.array(id).max(500)]) });

export const DISCUSSION_OPS = [
  "subscribe",
  "thread.create",
  "comment.add",
  "comment.edit",
  "comment.delete",
  "thread.resolve",
  "thread.reopen",
  "inbox.read",
  // Editorial review (lib/review/protocol.ts), on the same channel and with the same guarantees.
  "review.request",
  "review.assign",
  "review.approve",
  "review.requestChanges",
  "review.history",
] as const;
export type DiscussionOp = (typeof DISCUSSION_OPS)[number];

export const DiscussionRequestSchema = z.object({
  id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  op: z.enum(DISCUSSION_OPS),
  args: z.unknown(),
});
export type DiscussionRequest = z.infer<typeof DiscussionRequestSchema>;

export interface PersonDTO {
  id: string;
  name: string;
  color: string;
}

export interface CommentDTO {
  id: string;
  threadId: string;
  author: PersonDTO;
  /** "" once deleted. */
  body: string;
  /** User ids mentioned as `@[Name](userId)`. */
  mentions: string[];
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  deletedBy: PersonDTO | null;
}

export interface ThreadDTO {
  id: string;
  timelineId: string;
  entryId: string;
  claimId: string | null;
  variantId: string | null;
  anchor: Anchor | null;
  kind: ThreadKind;
  status: ThreadStatus;
  createdBy: PersonDTO;
  createdAt: string;
  resolvedBy: PersonDTO | null;
  resolvedAt: string | null;
  comments: CommentDTO[];
  /**
   * One more for every stored change to the thread or its comments. A copy
   * with a revision no higher than the one held is older (or the same) and
   * is ignored; see `isNewerThread`.
   */
  revision: number;
}

/** Whether `incoming` should replace `held`: only a strictly newer revision does. */
export function isNewerThread(incoming: ThreadDTO, held: ThreadDTO | undefined): boolean {
  return !held || incoming.revision > held.revision;
}

/** One item of a user's inbox: a mention of them, or a reply in a thread they wrote in. */
export interface InboxItem {
  id: string;
  kind: "mention" | "reply";
  timelineId: string;
  timelineTitle: string;
  threadId: string;
  entryId: string;
  commentId: string;
  author: PersonDTO;
  /** The comment's first 280 characters. */
  excerpt: string;
  createdAt: string;
  read: boolean;
}

/** What each operation's successful reply carries (`result`). */
export interface DiscussionResults {
  subscribe: {
    threads: ThreadDTO[];
    unread: number;
    reviews: ReviewDTO[];
    reviewSettings: ReviewSettings;
  };
  "thread.create": { thread: ThreadDTO };
  "comment.add": { thread: ThreadDTO };
  "comment.edit": { thread: ThreadDTO };
  "comment.delete": { thread: ThreadDTO };
  "thread.resolve": { thread: ThreadDTO };
  "thread.reopen": { thread: ThreadDTO };
  "inbox.read": { unread: number };
  "review.request": { review: ReviewDTO };
  "review.assign": { review: ReviewDTO };
  "review.approve": { review: ReviewDTO };
  "review.requestChanges": { review: ReviewDTO };
  "review.history": { review: ReviewDTO | null; events: ReviewEventDTO[] };
}

export type DiscussionEvent =
  | { kind: "thread"; thread: ThreadDTO }
  | { kind: "inbox"; unread: number }
  | { kind: "review"; review: ReviewDTO }
  | { kind: "reviewSettings"; settings: ReviewSettings }
  | { kind: "version"; version: VersionDTO };

export interface ProblemDTO {
  status: number;
  code: string;
  detail: string;
}

export type DiscussionServerMessage =
  | { type: "reply"; id: number; ok: true; result: unknown }
  | { type: "reply"; id: number; ok: false; error: ProblemDTO }
  | { type: "event"; event: DiscussionEvent };

/**
 * `@[Name](userId)`: a mention inside a comment's text. The name is what
 * readers see (1–80 characters, no `]` or line break); the id is what the
 * server reads. The server keeps the ids of the timeline's members as the
 * comment's `mentions` and notifies them; any other token stays plain text.
 */
export const MENTION_PATTERN = /@\[([^\]\n]{1,80})\]\(([A-Za-z0-9_-]{1,64})\)/g;

/** The mention token for a member, with the name made safe for MENTION_PATTERN. */
export function mentionToken(name: string, userId: string): string {
  const safe =
    name
      .replace(/[\]\n\r]/g, " ")
      .trim()
      .slice(0, 80) || "member";
  return `@[${safe}](${userId})`;
}

/** The distinct user ids a comment mentions, in order of appearance. */
export function mentionedIds(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION_PATTERN)].map((match) => match[2]))];
}
