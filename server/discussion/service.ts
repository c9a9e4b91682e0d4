/**
 * Discussion, decided by the server: every call names the authenticated
 * user, checks their role on the timeline, writes the rows (authorship comes
 * from the caller, never from input), and publishes the changed thread to
 * the timeline's subscribed sockets. HTTP routes and the websocket both call
 * these functions, so the rules are the same on both.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "../../db/client";
import * as q from "../../db/queries/discussion";
import { listMembers } from "../../db/queries/memberships";
import { type Action, can } from "../../lib/auth/roles";
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
import { ServiceProblem } from "../problem";
import { requireRole as requireRoleOf } from "../requireRole";
import { parseInput } from "../validate";

/** Where changes go once stored: the timeline's sockets, and each user's inbox count. */
export interface Publisher {
  thread(timelineId: string, thread: ThreadDTO): void;
  /** The user's unread count changed; the publisher counts again and tells their sockets. */
  inbox(userId: string): void;
}

export interface Caller {
  userId: string;
}

/**
 * Runs `fn` after every earlier call with the same key has settled. The
 * service writes, reloads and publishes a thread under its id, so the events
 * for one thread leave in the order its changes were stored (on PostgreSQL
 * a pool would otherwise let a later reload be published first).
 */
export type KeyedSerial = <T>(key: string, fn: () => Promise<T>) => Promise<T>;

export function keyedSerial(): KeyedSerial {
  const tails = new Map<string, Promise<unknown>>();
  return (key, fn) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.catch(() => {});
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

/**
 * What the service needs: the database, where to publish, and the per-thread
 * ordering. One context per process (the hub's), shared by the websocket and
 * the route handlers through the runtime.
 */
type Ctx = { database: Database; publish: Publisher; serial: KeyedSerial };

const WORDS: Partial<Record<Action, string>> = {
  read: "read this timeline",
  comment: "comment on this timeline",
  moderate: "delete other people's comments",
};

const requireRole = (ctx: Ctx, timelineId: string, caller: Caller, action: Action) =>
  requireRoleOf(ctx.database.db, timelineId, caller.userId, action, WORDS);

async function thread(ctx: Ctx, timelineId: string, threadId: string) {
  const row = await q.threadRow(ctx.database.db, timelineId, threadId);
  if (!row) throw new ServiceProblem(404, "thread_not_found", "There is no such thread.");
  return row;
}

async function memberIds(ctx: Ctx, timelineId: string): Promise<Set<string>> {
  return new Set((await listMembers(ctx.database.db, timelineId)).map((m) => m.userId));
}

/** Mentions of people who are members; others stay plain text. */
function memberMentions(members: Set<string>, body: string): string[] {
  return mentionedIds(body).filter((id) => members.has(id));
}

/**
 * Inbox rows for a comment: `mention` for each member it mentions, and
 * (`replies`) `reply` for every other member who wrote in the thread before,
 * its creator included. Never for the writer; one row per person, a mention
 * winning over a reply.
 */
async function notify(
  ctx: Ctx,
  at: { timelineId: string; threadId: string; commentId: string; authorId: string },
  members: Set<string>,
  mentions: string[],
  replies: boolean,
): Promise<void> {
  const mentioned = new Set(mentions.filter((id) => id !== at.authorId));
  const repliedTo = replies
    ? (await q.participants(ctx.database.db, at.threadId)).filter(
        (id) => id !== at.authorId && !mentioned.has(id) && members.has(id),
      )
    : [];
  const rows = [
    ...[...mentioned].map((userId) => ({ userId, kind: "mention" as const })),
    ...repliedTo.map((userId) => ({ userId, kind: "reply" as const })),
  ].map((row) => ({
    ...row,
    id: randomUUID(),
    timelineId: at.timelineId,
    threadId: at.threadId,
    commentId: at.commentId,
  }));
  await q.insertNotifications(ctx.database.db, rows);
  for (const row of rows) ctx.publish.inbox(row.userId);
}

/**
 * Reloads a thread as stored (with its comments and people) and sends it to
 * the timeline's sockets. The row, and so the revision, is read before the
 * comments, so a copy never holds less than its revision says.
 */
async function publishThread(ctx: Ctx, timelineId: string, threadId: string): Promise<ThreadDTO> {
  const dto = await q.loadThread(ctx.database.db, await thread(ctx, timelineId, threadId));
  ctx.publish.thread(timelineId, dto);
  return dto;
}

export async function listThreads(ctx: Ctx, caller: Caller, timelineId: string) {
  await requireRole(ctx, timelineId, caller, "read");
  return q.listThreads(ctx.database.db, timelineId);
}

export async function createThread(ctx: Ctx, caller: Caller, timelineId: string, input: unknown) {
  await requireRole(ctx, timelineId, caller, "comment");
  const data = parseInput(CreateThreadSchema, input);
  const id = randomUUID();
  const commentId = randomUUID();
  const members = await memberIds(ctx, timelineId);
  const mentions = memberMentions(members, data.body);
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
  const at = { timelineId, threadId: id, commentId, authorId: caller.userId };
  await notify(ctx, at, members, mentions, false);
  return ctx.serial(id, () => publishThread(ctx, timelineId, id));
}

export async function addComment(ctx: Ctx, caller: Caller, timelineId: string, input: unknown) {
  await requireRole(ctx, timelineId, caller, "comment");
  const data = parseInput(AddCommentSchema, input);
  return ctx.serial(data.threadId, async () => {
    const row = await thread(ctx, timelineId, data.threadId);
    if (row.status === "resolved") {
      throw new ServiceProblem(409, "thread_resolved", "Reopen the thread to reply to it.");
    }
    const id = randomUUID();
    const members = await memberIds(ctx, timelineId);
    const mentions = memberMentions(members, data.body);
    await q.insertComment(ctx.database.db, {
      id,
      threadId: row.id,
      authorId: caller.userId,
      body: data.body,
      mentions,
    });
    const at = { timelineId, threadId: row.id, commentId: id, authorId: caller.userId };
    await notify(ctx, at, members, mentions, true);
    return publishThread(ctx, timelineId, row.id);
  });
}

const deletedProblem = () =>
  new ServiceProblem(409, "comment_deleted", "This comment was deleted.");

async function liveComment(ctx: Ctx, timelineId: string, threadId: string, commentId: string) {
  const row = await thread(ctx, timelineId, threadId);
  const comment = await q.commentRow(ctx.database.db, threadId, commentId);
  if (!comment) throw new ServiceProblem(404, "comment_not_found", "There is no such comment.");
  if (comment.deletedAt) throw deletedProblem();
  return { row, comment };
}

export async function editComment(ctx: Ctx, caller: Caller, timelineId: string, input: unknown) {
  await requireRole(ctx, timelineId, caller, "comment");
  const data = parseInput(EditCommentSchema, input);
  return ctx.serial(data.threadId, async () => {
    const { row, comment } = await liveComment(ctx, timelineId, data.threadId, data.commentId);
    if (comment.authorId !== caller.userId)
      throw new ServiceProblem(403, "forbidden", "Only its author may edit a comment.");
    const members = await memberIds(ctx, timelineId);
    const mentions = memberMentions(members, data.body);
    const changed = await q.updateLiveComment(ctx.database.db, comment.id, {
      body: data.body,
      mentions,
      editedAt: new Date(),
    });
    if (!changed) throw deletedProblem();
    // People the edit mentions for the first time hear about it; nobody hears twice.
    const before = new Set(comment.mentions);
    const added = mentions.filter((id) => !before.has(id));
    const at = { timelineId, threadId: row.id, commentId: comment.id, authorId: caller.userId };
    await notify(ctx, at, members, added, false);
    return publishThread(ctx, timelineId, row.id);
  });
}

export async function deleteComment(ctx: Ctx, caller: Caller, timelineId: string, input: unknown) {
  const role = await requireRole(ctx, timelineId, caller, "read");
  const data = parseInput(CommentRefSchema, input);
  return ctx.serial(data.threadId, async () => {
    const { row, comment } = await liveComment(ctx, timelineId, data.threadId, data.commentId);
    const mine = comment.authorId === caller.userId;
    if (!(mine ? can(role, "comment") : can(role, "moderate"))) {
      throw new ServiceProblem(
        403,
        "forbidden",
        mine
          ? `A ${role} may not comment on this timeline.`
          : "Only owners may delete other people's comments.",
      );
    }
    const deleted = await q.updateLiveComment(ctx.database.db, comment.id, {
      body: "",
      mentions: [],
      deletedAt: new Date(),
      deletedBy: caller.userId,
    });
    if (!deleted) throw deletedProblem();
    // What it said is gone, so are the inbox items pointing at it.
    for (const userId of await q.deleteNotificationsOf(ctx.database.db, comment.id))
      ctx.publish.inbox(userId);
    if (!mine) {
      await audit(ctx.database.db, {
        actorId: caller.userId,
        action: "comment.moderated",
        timelineId,
        target: comment.id,
        detail: { threadId: row.id, authorId: comment.authorId },
      });
    }
    return publishThread(ctx, timelineId, row.id);
  });
}

async function setStatus(
  ctx: Ctx,
  caller: Caller,
  timelineId: string,
  input: unknown,
  status: "open" | "resolved",
) {
  await requireRole(ctx, timelineId, caller, "comment");
  const { threadId } = parseInput(ThreadRefSchema, input);
  return ctx.serial(threadId, async () => {
    const row = await thread(ctx, timelineId, threadId);
    // Resolving a resolved thread (or reopening an open one) changes nothing and still answers it.
    if (row.status !== status)
      await q.setThreadStatus(ctx.database.db, row.id, status, caller.userId);
    return publishThread(ctx, timelineId, row.id);
  });
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
  const { ids } = parseInput(InboxReadSchema, input);
  await q.markRead(ctx.database.db, caller.userId, ids);
  const unread = await q.unreadCount(ctx.database.db, caller.userId);
  ctx.publish.inbox(caller.userId);
  return { unread };
}

export type DiscussionContext = Ctx;
