import { and, eq } from "drizzle-orm";
import { type Role, RoleSchema } from "../../lib/auth/roles";
import type { Db } from "../client";
import { memberships, users } from "../schema";

export class LastOwnerError extends Error {
  readonly code = "last_owner";
  constructor() {
    super("A timeline always keeps at least one owner.");
    this.name = "LastOwnerError";
  }
}

/** The user's role on a timeline, or null when they are not a member. */
export async function roleOf(db: Db, timelineId: string, userId: string): Promise<Role | null> {
  const rows = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.timelineId, timelineId), eq(memberships.userId, userId)))
    .limit(1);
  const parsed = RoleSchema.safeParse(rows[0]?.role);
  return parsed.success ? parsed.data : null;
}

export type Member = { userId: string; name: string; email: string; color: string; role: Role };

export async function listMembers(db: Db, timelineId: string): Promise<Member[]> {
  const rows = await db
    .select({
      userId: memberships.userId,
      role: memberships.role,
      name: users.name,
      email: users.email,
      color: users.color,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.timelineId, timelineId))
    .orderBy(users.name, users.id);
  return rows.map((row) => ({ ...row, role: RoleSchema.parse(row.role) }));
}

/** Adds a member, or changes the role of an existing one (never demoting the last owner). */
export async function setRole(
  db: Db,
  params: { timelineId: string; userId: string; role: Role },
): Promise<void> {
  await db.transaction(async (tx) => {
    if (params.role !== "owner") await keepAnOwner(tx as unknown as Db, params);
    await tx
      .insert(memberships)
      .values(params)
      .onConflictDoUpdate({
        target: [memberships.timelineId, memberships.userId],
        set: { role: params.role },
      });
  });
}

/** Removes a member; refuses to remove the last owner. Returns whether a row went. */
export async function removeMember(
  db: Db,
  params: { timelineId: string; userId: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    await keepAnOwner(tx as unknown as Db, params);
    const gone = await tx
      .delete(memberships)
      .where(
        and(eq(memberships.timelineId, params.timelineId), eq(memberships.userId, params.userId)),
      )
      .returning({ userId: memberships.userId });
    return gone.length > 0;
  });
}

/**
 * Throws LastOwnerError when `userId` is the timeline's only owner. The owner
 * rows are locked, so two concurrent demotions cannot both pass the check.
 */
async function keepAnOwner(db: Db, params: { timelineId: string; userId: string }): Promise<void> {
  const owners = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.timelineId, params.timelineId), eq(memberships.role, "owner")))
    .for("update");
  if (owners.length === 1 && owners[0].userId === params.userId) throw new LastOwnerError();
}
