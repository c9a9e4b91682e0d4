import type { Db } from "../db/client";
import { grantAtLeast, markInviteAccepted, openEmailInvites } from "../db/queries/invites";
import { RoleSchema } from "../lib/auth/roles";
import { audit } from "./audit";

/**
 * Turns the open email invitations addressed to `email` into memberships of
 * `userId` (never lowering a role they already have), marks them accepted and
 * audits each as `invite.accepted`. Call it once an account with that email
 * exists: right after sign-up (and harmlessly again later). Never throws for a
 * single bad invitation; returns the timeline ids joined.
 */
export async function acceptEmailInvites(db: Db, userId: string, email: string): Promise<string[]> {
  const joined: string[] = [];
  for (const invite of await openEmailInvites(db, email)) {
    const role = RoleSchema.safeParse(invite.role);
    if (!role.success) continue;
    try {
      const { before, after } = await grantAtLeast(db, {
        timelineId: invite.timelineId,
        userId,
        role: role.data,
      });
      await markInviteAccepted(db, invite.id, userId);
      await audit(db, {
        actorId: userId,
        action: "invite.accepted",
        timelineId: invite.timelineId,
        target: invite.id,
        detail: { via: "email", role: after, before },
      });
      joined.push(invite.timelineId);
    } catch (error) {
      console.error("accepting an email invite failed", invite.id, error);
    }
  }
  return joined;
}
