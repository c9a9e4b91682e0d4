import { and, desc, eq } from "drizzle-orm";
import { type Role, RoleSchema } from "../../lib/auth/roles";
import type { Db } from "../client";
import { memberships, type TimelineRow, timelines } from "../schema";

export type TimelineWithRole = TimelineRow & { role: Role };

/** The timelines `userId` is a member of, with their role; most recently changed first. */
export async function listTimelinesOf(db: Db, userId: string): Promise<TimelineWithRole[]> {
  const rows = await db
    .select({ timeline: timelines, role: memberships.role })
    .from(memberships)
    .innerJoin(timelines, eq(timelines.id, memberships.timelineId))
    .where(eq(memberships.userId, userId))
    .orderBy(desc(timelines.updatedAt), timelines.id);
  return rows.flatMap(({ timeline, role }) => {
    const parsed = RoleSchema.safeParse(role);
    return parsed.success ? [{ ...timeline, role: parsed.data }] : [];
  });
}

/** One timeline with the caller's role, or undefined when it is unknown or they are not a member. */
export async function getTimelineOf(
  db: Db,
  timelineId: string,
  userId: string,
): Promise<TimelineWithRole | undefined> {
  const rows = await db
    .select({ timeline: timelines, role: memberships.role })
    .from(memberships)
    .innerJoin(timelines, eq(timelines.id, memberships.timelineId))
    .where(and(eq(memberships.timelineId, timelineId), eq(memberships.userId, userId)))
    .limit(1);
  const row = rows[0];
  const parsed = RoleSchema.safeParse(row?.role);
  return row && parsed.success ? { ...row.timeline, role: parsed.data } : undefined;
}
