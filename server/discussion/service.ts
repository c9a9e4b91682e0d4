/**
 * Discussion, decided by the server: every call names the authenticated
 * user, checks their role on the timeline, writes the rows (authorship comes
 * from the caller, never from input), and publishes the changed thread to
 * the timeline's subscribed sockets. HTTP routes and the websocket both call
 * these functions, so the rules are the same on both.
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Database } from "../../db/client";
import * as q from "../../db/queries/discussion";
import { listMembers, roleOf } from "../../db/queries/memberships";
import { type Action, can, type Role } from "../../lib/auth/roles";
import {
  AddCommentSchema,
  CommentRefSchema,
  CreateThreadSchema,
  EditCommentSchema,
  InboxReadSchema,
  mentionedIds,
  type ThreadDTO,
  ThreadRefSchema,
} from "../../lib/discussion/protocol";
import { audit } from "../audit";

export class DiscussionProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "DiscussionProblem";
  }
}

/** Where changes go once stored: the timeline's sockets, and each user's inbox count. */
export interface Publisher {
  thread(timelineId: string, thread: ThreadDTO): void;
  inbox(userId: string, unread: number): void;
}

export interface Caller {
  userId: string;
}

type Ctx = { database: Database; publish: Publisher };

const WORDS: Partial<Record<Action, string>> = {
  read: "read this timeline",
  comment: "comment on this timeline",
  moderate: "delete other people's comments",
};

async function requireRole(
  ctx: Ctx,
  timelineId: string,
  caller: Caller,
  action: Action,
): Promise<Role> {
  const role = await roleOf(ctx.database.db, timelineId, caller.userId);
  if (!role) throw new DiscussionProblem(404, "timeline_not_found", "There is no such timeline.");
  if (!can(role, action)) {
    throw new DiscussionProblem(403, "forbidden", `A ${role} may not ${WORDS[action] ?? action}.`);
  }
  return role;
}

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  throw new DiscussionProblem(
    422,
    "invalid_request",
    `${where}${issue?.message ?? "Invalid request."}`,
  );
}

async function thread(ctx: Ctx, timelineId: string, threadId: string) {
  const row = await q.threadRow(ctx.database.db, timelineId, threadId);
  if (!row) throw new DiscussionProblem(404, "thread_not_found", "There is no such thread.");
  return row;
}

/** Mentions of people who are members; others stay plain text. */
async function memberMentions(ctx: Ctx, timelineId: string, body: string): Promise<string[]> {
  const ids = mentionedIds(body);
  if (ids.length === 0) return [];
  const members = new Set((await listMembers(ctx.database.db, timelineId)).map((m) => m.userId));
  return ids.filter((id) => members.has(id));
}

/** Inbox rows for a new comment: mentions, and replies to everyone else in the thread. */
async function notify(
  ctx: Ctx,
  timelineId: string,
  threadId: string,
  commentId: string,
  authorId: string,
  mentions: string[],
): Promise<void> {
  const mentioned = new Set(mentions.filter((id) => id !== authorId));
  const repliedTo = (await q.participants(ctx.database.db, threadId)).filter(
    (id) => id !== authorId && !mentioned.has(id),
  );
  const rows = [
    ...[...mentioned].map((userId) => ({ userId, kind: "mention" as const })),
    ...repliedTo.map((userId) => ({ userId, kind: "reply" as const })),
  ].map((row) => ({ ...row, id: randomUUID(), timelineId, threadId, commentId }));
  await q.insertNotifications(ctx.database.db, rows);
  for (const userId of new Set(rows.map((row) => row.userId))) {
    ctx.publish.inbox(userId, await q.unreadCount(ctx.database.db, userId));
  }
}

async function publishThread(ctx: Ctx, row: q.ThreadRow): Promise<ThreadDTO> {
  const dto = await q.loadThread(ctx.database.db, row);
  ctx.publish.thread(row.timelineId, dto);
  return dto;
}

export async function listThreads(ctx: Ctx, caller: Caller, timelineId: string) {
  await requireRole(ctx, timelineId, caller, "read");
  return q.listThreads(ctx.database.db, timelineId);
}

export async function createThread(ctx: Ctx, caller: Caller, timelineId: string, input: unknown) {
  await requireRole(ctx, timelineId, caller, "comment");
  const data = parse(CreateThreadSchema, input);
  const id = randomUUID();
  const commentId = randomUUID();
  const mentions = await memberMentions(ctx, timelineId, data.body);
  await q.insertThread(
    ctx.database.db,
    {
      id,
      timelineId,
      entryId: data.entryId,
      claimId: data.claimId ?? null,
      variantId: data.variantId ?? null,
      anchor: data.anchor ?? null,
      kind: data.kind,
      createdBy: caller.userId,
    },
    { id: commentId, body: data.body, mentions },
  );
  await notify(ctx, timelineId, id, commentId, caller.userId, mentions);
  return publishThread(ctx, await thread(ctx, timelineId, id));
}

export async function addComment(ctx: Ctx, caller: Caller, timelineId: string, input: unknown) {
  await requireRole(ctx, timelineId, caller, "comment");
  const data = parse(AddCommentSchema, input);
  const row = await thread(ctx, timelineId, data.threadId);
  if (row.status === "resolved") {
    throw new DiscussionProblem(409, "thread_resolved", "Reopen the thread to reply to it.");
  }
  const id = randomUUID();
  const mentions = await memberMentions(ctx, timelineId, data.body);
  await q.insertComment(ctx.database.db, {
    id,
    threadId: row.id,
    authorId: caller.userId,
    body: data.body,
    mentions,
  });
  await notify(ctx, timelineId, row.id, id, caller.userId, mentions);
  return publishThread(ctx, row);
}

async function ownComment(ctx: Ctx, caller: Caller, timelineId: string, input: unknown) {
  const { threadId, commentId } = parse(CommentRefSchema, input);
  const row = await thread(ctx, timelineId, threadId);
  const comment = await q.commentRow(ctx.database.db, threadId, commentId);
  if (!comment) throw new DiscussionProblem(404, "comment_not_found", "There is no such comment.");
  if (comment.deletedAt)
    throw new DiscussionProblem(410, "comment_deleted", "This comment was deleted.");
  return { row, comment, mine: comment.authorId === caller.userId };
}

export async function editComment(ctx: Ctx, caller: Caller, timelineId: string, input: unknown) {
  await requireRole(ctx, timelineId, caller, "comment");
  const data = parse(EditCommentSchema, input);
  const { row, comment, mine } = await ownComment(ctx, caller, timelineId, data);
  if (!mine) throw new DiscussionProblem(403, "forbidden", "Only its author may edit a comment.");
  const mentions = await memberMentions(ctx, timelineId, data.body);
  await q.updateComment(ctx.database.db, comment.id, {
    body: data.body,
    mentions,
    editedAt: new Date(),
  });
  return publishThread(ctx, row);
}

export async function deleteComment(ctx: Ctx, caller: Caller, timelineId: string, input: unknown) {
  const role = await requireRole(ctx, timelineId, caller, "read");
  const { row, comment, mine } = await ownComment(ctx, caller, timelineId, input);
  if (!(mine ? can(role, "comment") : can(role, "moderate"))) {
    throw new DiscussionProblem(
      403,
      "forbidden",
      mine
        ? `A ${role} may not comment on this timeline.`
        : "Only owners may delete other people's comments.",
    );
  }
  await q.updateComment(ctx.database.db, comment.id, {
    body: "",
    mentions: [],
    deletedAt: new Date(),
    deletedBy: caller.userId,
  });
  if (!mine) {
    await audit(ctx.database.db, {
      actorId: caller.userId,
      action: "comment.moderated",
      timelineId,
      target: comment.id,
      detail: { threadId: row.id, authorId: comment.authorId },
    });
  }
  return publishThread(ctx, row);
}

async function setStatus(
  ctx: Ctx,
  caller: Caller,
  timelineId: string,
  input: unknown,
  status: "open" | "resolved",
) {
  await requireRole(ctx, timelineId, caller, "comment");
  const { threadId } = parse(ThreadRefSchema, input);
  const row = await thread(ctx, timelineId, threadId);
  if (row.status !== status)
    await q.setThreadStatus(ctx.database.db, row.id, status, caller.userId);
  return publishThread(ctx, await thread(ctx, timelineId, threadId));
}

export const resolveThread = (ctx: Ctx, caller: Caller, timelineId: string, input: unknown) =>
  setStatus(ctx, caller, timelineId, input, "resolved");

export const reopenThread = (ctx: Ctx, caller: Caller, timelineId: string, input: unknown) =>
  setStatus(ctx, caller, timelineId, input, "open");

export async function inboxOf(ctx: Ctx, caller: Caller) {
  const [items, unread] = await Promise.all([
    q.inbox(ctx.database.db, caller.userId),
    q.unreadCount(ctx.database.db, caller.userId),
  ]);
  return { items, unread };
}

export async function markInboxRead(ctx: Ctx, caller: Caller, input: unknown) {
  const { ids } = parse(InboxReadSchema, input);
  await q.markRead(ctx.database.db, caller.userId, ids);
  const unread = await q.unreadCount(ctx.database.db, caller.userId);
  ctx.publish.inbox(caller.userId, unread);
  return { unread };
}

export type DiscussionContext = Ctx;
