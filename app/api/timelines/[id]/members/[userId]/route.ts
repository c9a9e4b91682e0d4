import { roleOf } from "@/db/queries/memberships";
import { can } from "@/lib/auth/roles";
import { getRuntime } from "@/server/runtime";
import { forbidden, requireRole } from "../../../../access";
import {
  changeRole,
  memberNotFound,
  memberOf,
  removeFromTimeline,
} from "../../../../memberChanges";
import { patchMemberBody, userIdParam } from "../../../../memberSchemas";
import { json, readJson, withProblems } from "../../../../problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; userId: string }> };

/** The role of a member of *this* timeline: ids from elsewhere are not found. */
async function targetRole(timelineId: string, userId: string) {
  if (!userIdParam.safeParse(userId).success) throw memberNotFound();
  const role = await roleOf(getRuntime().db.db, timelineId, userId);
  if (!role) throw memberNotFound();
  return role;
}

/** Changes a member's role (owners only); the last owner cannot be demoted (409). */
export function PATCH(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id, userId } = await context.params;
    const { principal } = await requireRole(request, id, "manageMembers");
    const { role } = await readJson(request, patchMemberBody);
    await targetRole(id, userId);
    await changeRole(request, principal, { timelineId: id, userId, role });
    return json({ member: await memberOf(id, userId) });
  });
}

/** Removes a member: owners remove anyone, every member may remove themself (leave). */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id, userId } = await context.params;
    const { principal, role: mine } = await requireRole(request, id, "read");
    if (principal.userId !== userId && !can(mine, "manageMembers")) {
      throw forbidden(mine, "manageMembers");
    }
    const role = await targetRole(id, userId);
    await removeFromTimeline(request, principal, { timelineId: id, userId, role });
    return new Response(null, { status: 204 });
  });
}
