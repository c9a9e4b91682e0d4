import { roleOf } from "@/db/queries/memberships";
import { type Action, can, type Role } from "@/lib/auth/roles";
import { getRuntime } from "@/server/runtime";
import { type Principal, requirePrincipal } from "./principal";
import { ApiProblem } from "./problem";
import { timelineId as timelineIdSchema } from "./timelineSchemas";

/** The one answer for "no such timeline" and "not yours": a non-member cannot tell them apart. */
export function timelineNotFound(): ApiProblem {
  return new ApiProblem(404, "timeline_not_found", "There is no timeline with this id.");
}

/**
 * The access rule of every timeline route:
 * - no credentials (or bad ones): 401 `unauthenticated`;
 * - a malformed id, an unknown timeline, or one the caller is not a member of:
 *   404 `timeline_not_found` (a non-member never learns that a timeline exists);
 * - a member whose role does not grant `action` (lib/auth/roles.ts): 403 `forbidden`.
 */
export async function requireRole(
  request: Request,
  timelineId: string,
  action: Action,
): Promise<{ principal: Principal; role: Role }> {
  const principal = await requirePrincipal(request);
  if (!timelineIdSchema.safeParse(timelineId).success) throw timelineNotFound();
  // Memberships cascade with their timeline, so a role implies the timeline exists.
  const role = await roleOf(getRuntime().db.db, timelineId, principal.userId);
  if (!role) throw timelineNotFound();
  if (!can(role, action)) throw forbidden(role, action);
  return { principal, role };
}

const ACTION_WORDS: Record<Action, string> = {
  read: "read this timeline",
  comment: "comment on this timeline",
  review: "review entries",
  edit: "edit this timeline",
  manageMembers: "manage members and share links",
  publish: "publish this timeline",
  deleteTimeline: "delete this timeline",
  moderate: "delete other people's comments",
};

export function forbidden(role: Role, action: Action): ApiProblem {
  return new ApiProblem(
    403,
    "forbidden",
    `Your role on this timeline (${role}) does not allow you to ${ACTION_WORDS[action]}.`,
  );
}
