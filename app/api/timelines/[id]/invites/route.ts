import { createLinkInvite, listActiveInvites } from "@/db/queries/invites";
import { audit, clientIp } from "@/server/audit";
import { getRuntime } from "@/server/runtime";
import { requireRole } from "../../../access";
import { createInviteBody } from "../../../memberSchemas";
import { json, readJson, withProblems } from "../../../problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Open share links and pending email invitations (owners only). */
export function GET(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    await requireRole(request, id, "manageMembers");
    return json({ invites: await listActiveInvites(getRuntime().db.db, id) });
  });
}

/** Creates a share link carrying a role (never owner) and an expiry; the URL is shown once. */
export function POST(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    const { principal } = await requireRole(request, id, "manageMembers");
    const { role, expiresInHours } = await readJson(request, createInviteBody);
    const { db } = getRuntime();
    const { secret, invite } = await createLinkInvite(db.db, {
      timelineId: id,
      role,
      expiresInHours,
      createdBy: principal.userId,
    });
    await audit(db.db, {
      actorId: principal.userId,
      action: "invite.created",
      timelineId: id,
      target: invite.id,
      detail: { kind: "link", role, expiresAt: invite.expiresAt },
      ip: clientIp(request.headers),
    });
    return json({ invite, url: `/join/${secret}`, expiresAt: invite.expiresAt }, 201);
  });
}
