/**
 * Review states, their audit trail, and who last wrote each entry. Only
 * server/review/service.ts and the entry-writer recorder write them, after
 * their own checks; these functions check nothing.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { EntryContent } from "../../lib/document";
import type {
  ReviewAction,
  ReviewDTO,
  ReviewEventDTO,
  ReviewState,
} from "../../lib/review/protocol";
import type { Db } from "../client";
import { entryReviews, entryWriters, reviewEvents, timelines } from "../schema";
import { withoutNul } from "./jsonSafe";
import { formerMember, people } from "./people";

type ReviewRow = typeof entryReviews.$inferSelect;

async function toDTOs(db: Db, rows: ReviewRow[]): Promise<ReviewDTO[]> {
  const who = await people(
    db,
    rows.flatMap((row) =>
      [row.updatedBy, row.assigneeId, row.approvedBy].filter((id): id is string => !!id),
    ),
  );
  const person = (id: string) => who.get(id) ?? formerMember(id);
  return rows.map((row) => ({
    entryId: row.entryId,
    state: row.state as ReviewState,
    assignee: row.assigneeId ? person(row.assigneeId) : null,
    note: row.note,
    updatedBy: person(row.updatedBy),
    updatedAt: row.updatedAt.toISOString(),
    approval:
      row.approvedHash && row.approvedContent && row.approvedBy && row.approvedAt
        ? {
            hash: row.approvedHash,
            content: row.approvedContent,
            by: person(row.approvedBy),
            at: row.approvedAt.toISOString(),
          }
        : null,
  }));
}

export async function listReviews(db: Db, timelineId: string): Promise<ReviewDTO[]> {
  const rows = await db
    .select()
    .from(entryReviews)
    .where(eq(entryReviews.timelineId, timelineId))
    .orderBy(asc(entryReviews.entryId));
  return toDTOs(db, rows);
}

export async function getReview(
  db: Db,
  timelineId: string,
  entryId: string,
): Promise<ReviewDTO | undefined> {
  const rows = await db
    .select()
    .from(entryReviews)
    .where(and(eq(entryReviews.timelineId, timelineId), eq(entryReviews.entryId, entryId)))
    .limit(1);
  return (await toDTOs(db, rows))[0];
}

/** The new state of one entry's review, and the audit line that explains it. */
export interface ReviewWrite {
  timelineId: string;
  entryId: string;
  actorId: string;
  action: ReviewAction;
  fromState: ReviewState;
  toState: ReviewState;
  note: string;
  assigneeId: string | null;
  contentHash: string | null;
  /** Set by approvals only; other actions keep the last approval. */
  approval?: { hash: string; content: EntryContent };
}

/** Writes the review and its audit line in one transaction. */
export async function writeReview(db: Db, write: ReviewWrite, eventId: string): Promise<void> {
  const now = new Date();
  const approval = write.approval
    ? {
        approvedHash: write.approval.hash,
        approvedContent: withoutNul(write.approval.content),
        approvedBy: write.actorId,
        approvedAt: now,
      }
    : {};
  const values = {
    timelineId: write.timelineId,
    entryId: write.entryId,
    state: write.toState,
    assigneeId: write.assigneeId,
    note: write.note,
    updatedBy: write.actorId,
    updatedAt: now,
    ...approval,
  };
  await db.transaction(async (tx) => {
    await tx
      .insert(entryReviews)
      .values(values)
      .onConflictDoUpdate({
        target: [entryReviews.timelineId, entryReviews.entryId],
        set: {
          state: values.state,
          assigneeId: values.assigneeId,
          note: values.note,
          updatedBy: values.updatedBy,
          updatedAt: values.updatedAt,
          ...approval,
        },
      });
    await tx.insert(reviewEvents).values({
      id: eventId,
      timelineId: write.timelineId,
      entryId: write.entryId,
      actorId: write.actorId,
      action: write.action,
      fromState: write.fromState,
      toState: write.toState,
      note: write.note,
      assigneeId: write.assigneeId,
      contentHash: write.contentHash,
      createdAt: now,
    });
  });
}

/** An entry's audit trail, newest first. */
export async function reviewHistory(
  db: Db,
  timelineId: string,
  entryId: string,
): Promise<ReviewEventDTO[]> {
  const rows = await db
    .select()
    .from(reviewEvents)
    .where(and(eq(reviewEvents.timelineId, timelineId), eq(reviewEvents.entryId, entryId)))
    .orderBy(desc(reviewEvents.createdAt), desc(reviewEvents.id))
    .limit(500);
  const who = await people(
    db,
    rows.flatMap((row) => [row.actorId, row.assigneeId].filter((id): id is string => !!id)),
  );
  const person = (id: string) => who.get(id) ?? formerMember(id);
  return rows.map((row) => ({
    id: row.id,
    entryId: row.entryId,
    actor: person(row.actorId),
    action: row.action as ReviewAction,
    fromState: row.fromState as ReviewState,
    toState: row.toState as ReviewState,
    note: row.note,
    assignee: row.assigneeId ? person(row.assigneeId) : null,
    contentHash: row.contentHash,
    createdAt: row.createdAt.toISOString(),
  }));
}

export async function fourEyesSetting(db: Db, timelineId: string): Promise<boolean> {
  const rows = await db
    .select({ fourEyes: timelines.fourEyes })
    .from(timelines)
    .where(eq(timelines.id, timelineId))
    .limit(1);
  return rows[0]?.fourEyes ?? true;
}

export async function setFourEyes(db: Db, timelineId: string, fourEyes: boolean): Promise<void> {
  await db.update(timelines).set({ fourEyes }).where(eq(timelines.id, timelineId));
}

export type EntryWrite = { timelineId: string; entryId: string; userId: string; writtenAt: Date };

/** Records the latest writer of each entry; later writes win, older ones never overwrite. */
export async function recordEntryWriters(db: Db, writes: EntryWrite[]): Promise<void> {
  if (writes.length === 0) return;
  await db
    .insert(entryWriters)
    .values(writes)
    .onConflictDoUpdate({
      target: [entryWriters.timelineId, entryWriters.entryId],
      set: { userId: sql`excluded.user_id`, writtenAt: sql`excluded.written_at` },
      setWhere: sql`${entryWriters.writtenAt} <= excluded.written_at`,
    });
}

export async function entryWriter(
  db: Db,
  timelineId: string,
  entryId: string,
): Promise<string | null> {
  const rows = await db
    .select({ userId: entryWriters.userId })
    .from(entryWriters)
    .where(and(eq(entryWriters.timelineId, timelineId), eq(entryWriters.entryId, entryId)))
    .limit(1);
  return rows[0]?.userId ?? null;
}
