/**
 * Threads, comments and inboxes. Only server/discussion/service.ts writes
 * them, after its role checks; these functions check nothing.
 */
import { and, asc, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type {
  Anchor,
  CommentDTO,
  InboxItem,
  ThreadDTO,
  ThreadKind,
} from "../../lib/discussion/protocol";
import type { Db } from "../client";
import { comments, memberships, notifications, threads, timelines } from "../schema";
import { people, formerMember as unknown } from "./people";

export type { InboxItem };

export type ThreadRow = typeof threads.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;

/** Threads with their comments and people, as clients receive them. */
async function toDTOs(db: Db, rows: ThreadRow[]): Promise<ThreadDTO[]> {
  if (rows.length === 0) return [];
  const commentRows = await db
    .select()
    .from(comments)
    .where(
      inArray(
        comments.threadId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const who = await people(db, [
    ...rows.flatMap((row) => [row.createdBy, row.resolvedBy ?? row.createdBy]),
    ...commentRows.flatMap((row) => [row.authorId, row.deletedBy ?? row.authorId]),
  ]);
  const person = (id: string) => who.get(id) ?? unknown(id);
  const byThread = new Map<string, CommentDTO[]>();
  for (const row of commentRows) {
    const list = byThread.get(row.threadId) ?? [];
    list.push({
      id: row.id,
      threadId: row.threadId,
      author: person(row.authorId),
      body: row.deletedAt ? "" : row.body,
      mentions: row.deletedAt ? [] : row.mentions,
      createdAt: row.createdAt.toISOString(),
      editedAt: row.editedAt?.toISOString() ?? null,
      deleted: row.deletedAt !== null,
      deletedBy: row.deletedBy ? person(row.deletedBy) : null,
    });
    byThread.set(row.threadId, list);
  }
  return rows.map((row) => ({
    id: row.id,
    timelineId: row.timelineId,
    entryId: row.entryId,
    claimId: row.claimId,
    variantId: row.variantId,
    anchor: row.anchor ?? null,
    kind: row.kind as ThreadKind,
    status: row.status === "resolved" ? "resolved" : "open",
    createdBy: person(row.createdBy),
    createdAt: row.createdAt.toISOString(),
    resolvedBy: row.resolvedBy ? person(row.resolvedBy) : null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    comments: byThread.get(row.id) ?? [],
    revision: row.revision,
  }));
}

export async function listThreads(db: Db, timelineId: string): Promise<ThreadDTO[]> {
  const rows = await db
    .select()
    .from(threads)
    .where(eq(threads.timelineId, timelineId))
    .orderBy(asc(threads.createdAt), asc(threads.id));
  return toDTOs(db, rows);
}

export async function threadRow(db: Db, timelineId: string, threadId: string) {
  const rows = await db
    .select()
    .from(threads)
    .where(and(eq(threads.id, threadId), eq(threads.timelineId, timelineId)))
    .limit(1);
  return rows[0];
}

export async function loadThread(db: Db, row: ThreadRow): Promise<ThreadDTO> {
  const [dto] = await toDTOs(db, [row]);
  return dto;
}

export async function commentRow(db: Db, threadId: string, commentId: string) {
  const rows = await db
    .select()
    .from(comments)
    .where(and(eq(comments.id, commentId), eq(comments.threadId, threadId)))
    .limit(1);
  return rows[0];
}

export async function insertThread(
  db: Db,
  row: {
    id: string;
    timelineId: string;
    entryId: string;
    claimId: string | null;
    variantId: string | null;
    anchor: Anchor | null;
    kind: ThreadKind;
    createdBy: string;
  },
  first: { id: string; body: string; mentions: string[] },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(threads).values(row);
    await tx.insert(comments).values({ ...first, threadId: row.id, authorId: row.createdBy });
  });
}

/** Counts one more change to the thread (see `threads.revision`). */
async function bumpRevision(db: Db, threadId: string): Promise<void> {
  await db
    .update(threads)
    .set({ revision: sql`${threads.revision} + 1` })
    .where(eq(threads.id, threadId));
}

export async function insertComment(
  db: Db,
  row: { id: string; threadId: string; authorId: string; body: string; mentions: string[] },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(comments).values(row);
    await bumpRevision(tx, row.threadId);
  });
}

/**
 * Changes a comment that is not deleted; false when it was deleted meanwhile
 * (so an edit racing a delete cannot bring its text back).
 */
export async function updateLiveComment(
  db: Db,
  commentId: string,
  patch: Partial<Pick<CommentRow, "body" | "mentions" | "editedAt" | "deletedAt" | "deletedBy">>,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(comments)
      .set(patch)
      .where(and(eq(comments.id, commentId), isNull(comments.deletedAt)))
      .returning({ threadId: comments.threadId });
    if (rows.length === 0) return false;
    await bumpRevision(tx, rows[0].threadId);
    return true;
  });
}

export async function setThreadStatus(
  db: Db,
  threadId: string,
  status: "open" | "resolved",
  by: string,
): Promise<void> {
  await db
    .update(threads)
    .set({
      ...(status === "resolved"
        ? { status, resolvedBy: by, resolvedAt: new Date() }
        : { status, resolvedBy: null, resolvedAt: null }),
      revision: sql`${threads.revision} + 1`,
    })
    .where(eq(threads.id, threadId));
}

/** Everyone who wrote in a thread (its creator included). */
export async function participants(db: Db, threadId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: comments.authorId })
    .from(comments)
    .where(eq(comments.threadId, threadId));
  return rows.map((row) => row.id);
}

export async function insertNotifications(
  db: Db,
  rows: {
    id: string;
    userId: string;
    timelineId: string;
    threadId: string;
    commentId: string;
    kind: "mention" | "reply";
  }[],
): Promise<void> {
  if (rows.length) await db.insert(notifications).values(rows);
}

/**
 * Removes the inbox items that point at a comment (it was deleted); returns
 * the users who had one of them unread, whose count therefore dropped.
 */
export async function deleteNotificationsOf(db: Db, commentId: string): Promise<string[]> {
  const rows = await db
    .delete(notifications)
    .where(eq(notifications.commentId, commentId))
    .returning({ userId: notifications.userId, readAt: notifications.readAt });
  return [...new Set(rows.filter((row) => row.readAt === null).map((row) => row.userId))];
}

/**
 * Inbox rows count only while their user is still a member of the timeline:
 * someone removed from it no longer sees its comments, not even in excerpts.
 */
const stillMember = and(
  eq(memberships.timelineId, notifications.timelineId),
  eq(memberships.userId, notifications.userId),
);

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(notifications)
    .innerJoin(memberships, stillMember)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(rows[0]?.n ?? 0);
}

export async function inbox(db: Db, userId: string, limit = 100): Promise<InboxItem[]> {
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      timelineId: notifications.timelineId,
      timelineTitle: timelines.title,
      threadId: notifications.threadId,
      entryId: threads.entryId,
      commentId: notifications.commentId,
      authorId: comments.authorId,
      body: comments.body,
      deletedAt: comments.deletedAt,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .innerJoin(memberships, stillMember)
    .innerJoin(comments, eq(comments.id, notifications.commentId))
    .innerJoin(threads, eq(threads.id, notifications.threadId))
    .innerJoin(timelines, eq(timelines.id, notifications.timelineId))
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  const who = await people(
    db,
    rows.map((row) => row.authorId),
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind === "mention" ? "mention" : "reply",
    timelineId: row.timelineId,
    timelineTitle: row.timelineTitle,
    threadId: row.threadId,
    entryId: row.entryId,
    commentId: row.commentId,
    author: who.get(row.authorId) ?? unknown(row.authorId),
    excerpt: row.deletedAt ? "" : row.body.slice(0, 280),
    createdAt: row.createdAt.toISOString(),
    read: row.readAt !== null,
  }));
}

export async function markRead(db: Db, userId: string, ids: string[] | "all"): Promise<void> {
  const mine = and(eq(notifications.userId, userId), isNull(notifications.readAt));
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(ids === "all" ? mine : and(mine, inArray(notifications.id, ids)));
}
