import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { docSnapshots, docUpdates, type TimelineRow, timelines } from "../schema";

export type Timeline = TimelineRow;

/** Most recently changed first. */
export function listTimelines(db: Db): Promise<Timeline[]> {
  return db.select().from(timelines).orderBy(desc(timelines.updatedAt), timelines.id);
}

export async function getTimeline(db: Db, id: string): Promise<Timeline | undefined> {
  const rows = await db.select().from(timelines).where(eq(timelines.id, id)).limit(1);
  return rows[0];
}

export async function timelineExists(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: timelines.id })
    .from(timelines)
    .where(eq(timelines.id, id))
    .limit(1);
  return rows.length > 0;
}

export async function countTimelines(db: Db): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(timelines);
  return rows[0]?.n ?? 0;
}

export async function insertTimeline(
  db: Db,
  params: { id: string; title: string },
): Promise<Timeline> {
  const rows = await db
    .insert(timelines)
    .values({ id: params.id, title: params.title })
    .returning();
  return rows[0];
}

/** Renames the row only; the document's own title is changed through the room. */
export async function renameTimeline(
  db: Db,
  params: { id: string; title: string },
): Promise<Timeline | undefined> {
  const rows = await db
    .update(timelines)
    .set({ title: params.title, updatedAt: new Date() })
    .where(eq(timelines.id, params.id))
    .returning();
  return rows[0];
}

/**
 * Keeps the listing in step with the document. An empty `title` leaves the
 * stored one alone (a document whose title was never written).
 */
export async function updateTimelineSummary(
  db: Db,
  params: { id: string; title: string; entryCount: number; updatedAt: Date },
): Promise<void> {
  await db
    .update(timelines)
    .set({
      ...(params.title ? { title: params.title } : {}),
      entryCount: params.entryCount,
      updatedAt: params.updatedAt,
    })
    .where(eq(timelines.id, params.id));
}

/** Deletes the timeline with its update log and snapshot; true when it existed. */
export async function deleteTimeline(db: Db, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.delete(docUpdates).where(eq(docUpdates.docId, id));
    await tx.delete(docSnapshots).where(eq(docSnapshots.docId, id));
    const rows = await tx
      .delete(timelines)
      .where(eq(timelines.id, id))
      .returning({ id: timelines.id });
    return rows.length > 0;
  });
}
