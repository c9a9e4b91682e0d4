import type { Db } from "../../db/client";
import { roleOf } from "../../db/queries/memberships";
import type { AuthorizeUpgrade } from "../collab/upgrade";
import { identify, toHeaders } from "./identify";

/**
 * The websocket's gate: a valid session cookie or `?token=` (401 without),
 * and a role on the timeline (403 without). The identity it returns is what
 * the hub stamps into presence, so it comes from the database, never the client.
 */
export function createUpgradeAuthorizer(db: Db): AuthorizeUpgrade {
  return async (req, timelineId) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const principal = await identify(toHeaders(req.headers), url);
    if (!principal) return { ok: false, status: 401 };
    const role = await roleOf(db, timelineId, principal.userId);
    if (!role) return { ok: false, status: 403 };
    return {
      ok: true,
      identity: {
        userId: principal.userId,
        name: principal.name,
        color: principal.color,
        role,
        tokenId: principal.tokenId,
        sessionId: principal.sessionId,
      },
    };
  };
}
