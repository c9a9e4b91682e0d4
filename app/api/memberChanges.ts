import {
  LastOwnerError,
  listMembers,
  type Member,
  removeMember,
  roleOf,
  setRole,
} from "@/db/queries/memberships";
import type { Role } from "@/lib/auth/roles";
import { audit, clientIp } from "@/server/audit";
import { getRuntime } from "@/server/runtime";
import type { Principal } from "./principal";
import { ApiProblem } from "./problem";

export function lastOwner(): ApiProblem {
  return new ApiProblem(
    409,
    "last_owner",
    "A timeline always keeps at least one owner. Make someone else an owner first.",
    "role",
  );
}

export function memberNotFound(): ApiProblem {
  return new ApiProblem(404, "member_not_found", "This user is not a member of this timeline.");
}

async function guardLastOwner<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof LastOwnerError) throw lastOwner();
    throw error;
  }
}

export async function memberOf(timelineId: string, userId: string): Promise<Member | undefined> {
  const members = await listMembers(getRuntime().db.db, timelineId);
  return members.find((member) => member.userId === userId);
}

/**
 * Gives `userId` `role` on the timeline (adding them when they are not a
 * member), audits it and resets their live sockets. Returns the role before.
 */
export async function changeRole(
  request: Request,
  actor: Principal,
  params: { timelineId: string; userId: string; role: Role },
): Promise<Role | null> {
  const { db, hub } = getRuntime();
  const before = await roleOf(db.db, params.timelineId, params.userId);
  if (before === params.role) return before;
  await guardLastOwner(() => setRole(db.db, params));
  await audit(db.db, {
    actorId: actor.userId,
    action: before ? "member.role_changed" : "member.added",
    timelineId: params.timelineId,
    target: params.userId,
    detail: before ? { from: before, to: params.role } : { role: params.role },
    ip: clientIp(request.headers),
  });
  hub.membershipChanged(params.timelineId, params.userId, params.role);
  return before;
}

/** Removes a member, audits it and closes their live sockets. */
export async function removeFromTimeline(
  request: Request,
  actor: Principal,
  params: { timelineId: string; userId: string; role: Role },
): Promise<void> {
  const { db, hub } = getRuntime();
  const gone = await guardLastOwner(() => removeMember(db.db, params));
  if (!gone) throw memberNotFound();
  await audit(db.db, {
    actorId: actor.userId,
    action: "member.removed",
    timelineId: params.timelineId,
    target: params.userId,
    detail: { role: params.role, self: actor.userId === params.userId },
    ip: clientIp(request.headers),
  });
  hub.membershipChanged(params.timelineId, params.userId, null);
}
