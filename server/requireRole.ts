import type { Db } from "../db/client";
import { roleOf } from "../db/queries/memberships";
import { type Action, can, type Role } from "../lib/auth/roles";
import { ServiceProblem } from "./problem";

/**
 * The caller's role on a timeline, if it may take `action`: otherwise 404
 * `timeline_not_found` for non-members (who cannot tell a hidden timeline
 * from a missing one) and 403 `forbidden`, in words from `words`.
 */
export async function requireRole(
  db: Db,
  timelineId: string,
  userId: string,
  action: Action,
  words: Partial<Record<Action, string>>,
): Promise<Role> {
  const role = await roleOf(db, timelineId, userId);
  if (!role) throw new ServiceProblem(404, "timeline_not_found", "There is no such timeline.");
  if (!can(role, action))
    throw new ServiceProblem(403, "forbidden", `A ${role} may not ${words[action] ?? action}.`);
  return role;
}
