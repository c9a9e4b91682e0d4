import { createEmailInvite, findUserByEmail } from "@/db/queries/invites";
import { listMembers } from "@/db/queries/memberships";
import { audit, clientIp } from "@/server/audit";
import { getRuntime } from "@/server/runtime";
import { requireRole } from "../../../access";
import { changeRole, memberOf } from "../../../memberChanges";
import { memberJson } from "../../../memberJson";
import { addMemberBody } from "../../../memberSchemas";
import { json, readJson, withProblems } from "../../../problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Members with their roles; any member may read the list. */
export function GET(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    await requireRole(request, id, "read");
    const members = await listMembers(getRuntime().db.db, id);
    return json({ members: members.map(memberJson) });
  });
}

/**
 * Adds a member by email, or changes the role of one who already is. An
 * email without an account gets an invitation, accepted when it signs up.
 */
export function POST(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    const { principal } = await requireRole(request, id, "manageMembers");
    const { email, role } = await readJson(request, addMemberBody);
    const { db } = getRuntime();
    const user = await findUserByEmail(db.db, email);
    if (!user) {
      const invite = await createEmailInvite(db.db, {
        timelineId: id,
        role,
        email,
        createdBy: principal.userId,
      });
      await audit(db.db, {
        actorId: principal.userId,
        action: "invite.created",
        timelineId: id,
        target: invite.email,
        detail: { kind: "email", role, inviteId: invite.id },
        ip: clientIp(request.headers),
      });
      return json({ status: "invited", invite }, 202);
    }
    const before = await changeRole(request, principal, { timelineId: id, userId: user.id, role });
    const member = await memberOf(id, user.id);
    return json(
      { status: before ? (before === role ? "unchanged" : "updated") : "added", member },
      before ? 200 : 201,
    );
  });
}
