import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { ROLES, type Role, RoleSchema } from "../../lib/auth/roles";
import type { Db } from "../client";
import { type InviteRow, invites, users } from "../schema";
import { roleOf, setRole } from "./memberships";

/** Email invitations stay open this long. */
export const EMAIL_INVITE_HOURS = 30 * 24;

/** The stored form of a share-link secret (256 random bits: a plain SHA-256 suffices). */
export function hashInviteSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Emails compare case-insensitively and without surrounding space. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type InviteInfo = {
  id: string;
  kind: "link" | "email";
  role: Role;
  email: string | null;
  expiresAt: string;
  createdAt: string;
  createdBy: string;
};

export function inviteInfo(row: InviteRow): InviteInfo {
  return {
    id: row.id,
    kind: row.tokenHash ? "link" : "email",
    role: RoleSchema.catch("viewer").parse(row.role),
    email: row.email,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

const active = () =>
  and(isNull(invites.revokedAt), isNull(invites.acceptedBy), gt(invites.expiresAt, new Date()));

/** Open share links and pending email invitations of a timeline, newest first. */
export async function listActiveInvites(db: Db, timelineId: string): Promise<InviteInfo[]> {
  const rows = await db
    .select()
    .from(invites)
    .where(and(eq(invites.timelineId, timelineId), active()))
    .orderBy(desc(invites.createdAt), invites.id);
  return rows.map(inviteInfo);
}

/** Creates a share link; the secret is returned here only, the row keeps its hash. */
export async function createLinkInvite(
  db: Db,
  params: { timelineId: string; role: Role; expiresInHours: number; createdBy: string },
): Promise<{ secret: string; invite: InviteInfo }> {
  const secret = randomBytes(32).toString("base64url");
  const rows = await db
    .insert(invites)
    .values({
      id: randomUUID(),
      timelineId: params.timelineId,
      role: params.role,
      tokenHash: hashInviteSecret(secret),
      expiresAt: new Date(Date.now() + params.expiresInHours * 3_600_000),
      createdBy: params.createdBy,
    })
    .returning();
  return { secret, invite: inviteInfo(rows[0]) };
}

/** Invites an email without an account yet; replaces an open invitation to the same address. */
export async function createEmailInvite(
  db: Db,
  params: { timelineId: string; role: Role; email: string; createdBy: string },
): Promise<InviteInfo> {
  const email = normalizeEmail(params.email);
  return db.transaction(async (tx) => {
    await tx
      .update(invites)
      .set({ revokedAt: new Date() })
      .where(and(eq(invites.timelineId, params.timelineId), eq(invites.email, email), active()));
    const rows = await tx
      .insert(invites)
      .values({
        id: randomUUID(),
        timelineId: params.timelineId,
        role: params.role,
        email,
        expiresAt: new Date(Date.now() + EMAIL_INVITE_HOURS * 3_600_000),
        createdBy: params.createdBy,
      })
      .returning();
    return inviteInfo(rows[0]);
  });
}

/** Revokes an open invitation of this timeline (an id of another timeline is not found). */
export async function revokeInvite(
  db: Db,
  params: { timelineId: string; inviteId: string },
): Promise<InviteInfo | undefined> {
  const rows = await db
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(invites.id, params.inviteId), eq(invites.timelineId, params.timelineId), active()),
    )
    .returning();
  return rows[0] ? inviteInfo(rows[0]) : undefined;
}

export type LinkLookup =
  | { status: "ok"; invite: InviteRow; role: Role }
  | { status: "unknown" | "revoked" | "expired" };

/** What a share-link secret leads to. */
export async function findLinkInvite(db: Db, secret: string): Promise<LinkLookup> {
  const rows = await db
    .select()
    .from(invites)
    .where(eq(invites.tokenHash, hashInviteSecret(secret)))
    .limit(1);
  const invite = rows[0];
  if (!invite) return { status: "unknown" };
  if (invite.revokedAt) return { status: "revoked" };
  if (invite.expiresAt.getTime() <= Date.now()) return { status: "expired" };
  const role = RoleSchema.safeParse(invite.role);
  return role.success ? { status: "ok", invite, role: role.data } : { status: "unknown" };
}

/** Whether `a` grants more than `b` (owner > editor > reviewer > commenter > viewer). */
export function outranks(a: Role, b: Role): boolean {
  return ROLES.indexOf(a) < ROLES.indexOf(b);
}

/**
 * Makes `userId` a member with at least `role`: never lowers a higher role.
 * Returns the role before and after.
 */
export async function grantAtLeast(
  db: Db,
  params: { timelineId: string; userId: string; role: Role },
): Promise<{ before: Role | null; after: Role }> {
  const before = await roleOf(db, params.timelineId, params.userId);
  if (before && !outranks(params.role, before)) return { before, after: before };
  await setRole(db, params);
  return { before, after: params.role };
}

/** The user with this email, case-insensitively. */
export async function findUserByEmail(
  db: Db,
  email: string,
): Promise<{ id: string; name: string; email: string } | undefined> {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(sql`lower(${users.email})`, normalizeEmail(email)))
    .limit(1);
  return rows[0];
}

/** Open email invitations addressed to `email`. */
export function openEmailInvites(db: Db, email: string): Promise<InviteRow[]> {
  return db
    .select()
    .from(invites)
    .where(and(eq(invites.email, normalizeEmail(email)), active()))
    .orderBy(invites.createdAt);
}

/** Marks an email invitation accepted by `userId`. */
export async function markInviteAccepted(db: Db, inviteId: string, userId: string): Promise<void> {
  await db.update(invites).set({ acceptedBy: userId }).where(eq(invites.id, inviteId));
}
