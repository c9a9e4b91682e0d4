import { findLinkInvite, grantAtLeast } from "@/db/queries/invites";
import { signInPath } from "@/lib/account";
import { audit, clientIp } from "@/server/audit";
import { identify } from "@/server/auth/identify";
import { getRuntime } from "@/server/runtime";
import { inviteSecretParam } from "../../api/memberSchemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ secret: string }> };

/** A relative redirect: the browser resolves it against the address it used. */
function redirect(location: string, status = 303): Response {
  return new Response(null, {
    status,
    headers: { location, "cache-control": "no-store", "referrer-policy": "no-referrer" },
  });
}

/**
 * Opening a share link, `/join/<secret>`. A route handler rather than a page,
 * so every outcome is a real HTTP redirect (a page under the app's loading
 * boundary would stream a 200 first):
 * - signed out: to /signin, coming back here afterwards;
 * - unknown, revoked or expired: to /join?problem=…, which says so;
 * - otherwise the user becomes a member with the link's role (never lowering
 *   a higher role they have), `invite.accepted` is audited, and the browser
 *   opens the timeline.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const { secret } = await context.params;
  const principal = await identify(request.headers);
  if (principal?.via !== "session") {
    return redirect(signInPath(`/join/${encodeURIComponent(secret)}`), 307);
  }
  const { db, hub } = getRuntime();
  const found = inviteSecretParam.safeParse(secret).success
    ? await findLinkInvite(db.db, secret)
    : ({ status: "unknown" } as const);
  if (found.status !== "ok") return redirect(`/join?problem=${found.status}`);

  const { invite, role } = found;
  const { before, after } = await grantAtLeast(db.db, {
    timelineId: invite.timelineId,
    userId: principal.userId,
    role,
  });
  await audit(db.db, {
    actorId: principal.userId,
    action: "invite.accepted",
    timelineId: invite.timelineId,
    target: invite.id,
    detail: { via: "link", offered: role, before, role: after },
    ip: clientIp(request.headers),
  });
  if (before !== after) hub.membershipChanged(invite.timelineId, principal.userId, after);
  return redirect(`/t/${encodeURIComponent(invite.timelineId)}`);
}
