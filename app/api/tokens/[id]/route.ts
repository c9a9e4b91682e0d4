import { audit, clientIp } from "@/server/audit";
import { revokeToken } from "@/server/auth/tokens";
import { getRuntime } from "@/server/runtime";
import { requireSession } from "../../principal";
import { ApiProblem, withProblems } from "../../problem";
import { tokenId } from "../schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * Revokes one of the user's tokens; sockets opened with it close at once.
 * Someone else's token answers 404, like one that does not exist.
 */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const principal = await requireSession(request);
    const { id } = await context.params;
    const notFound = new ApiProblem(404, "token_not_found", "You have no live token with this id.");
    if (!tokenId.safeParse(id).success) throw notFound;
    const { db } = getRuntime().db;
    if (!(await revokeToken(db, principal.userId, id))) throw notFound;
    await audit(db, {
      actorId: principal.userId,
      action: "token.revoked",
      target: id,
      ip: clientIp(request.headers),
    });
    return new Response(null, { status: 204 });
  });
}
