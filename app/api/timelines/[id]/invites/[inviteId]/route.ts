import { revokeInvite } from "@/db/queries/invites";
import { audit, clientIp } from "@/server/audit";
import { getRuntime } from "@/server/runtime";
import { requireRole } from "../../../../access";
import { inviteIdParam } from "../../../../memberSchemas";
import { ApiProblem, withProblems } from "../../../../problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; inviteId: string }> };

/** Revokes a share link or email invitation of this timeline (owners only). */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id, inviteId } = await context.params;
    const { principal } = await requireRole(request, id, "manageMembers");
    const { db } = getRuntime();
    const invite = inviteIdParam.safeParse(inviteId).success
      ? await revokeInvite(db.db, { timelineId: id, inviteId })
      : undefined;
    if (!invite) {
      throw new ApiProblem(
        404,
        "invite_not_found",
        "There is no open invitation with this id on this timeline.",
      );
    }
    await audit(db.db, {
      actorId: principal.userId,
      action: "invite.revoked",
      timelineId: id,
      target: invite.id,
      detail: { kind: invite.kind, role: invite.role },
      ip: clientIp(request.headers),
    });
    return new Response(null, { status: 204 });
  });
}
