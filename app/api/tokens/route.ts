import { audit, clientIp } from "@/server/audit";
import { createToken, listTokens } from "@/server/auth/tokens";
import { getRuntime } from "@/server/runtime";
import { requireSession } from "../principal";
import { json, readJson, withProblems } from "../problem";
import { createTokenBody } from "./schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The signed-in user's live API tokens, newest first; never their secrets. */
export function GET(request: Request): Promise<Response> {
  return withProblems(async () => {
    const principal = await requireSession(request);
    const tokens = await listTokens(getRuntime().db.db, principal.userId);
    return json({ tokens });
  });
}

/** Creates a token. The answer carries the secret, the only time it is ever shown. */
export function POST(request: Request): Promise<Response> {
  return withProblems(async () => {
    const principal = await requireSession(request);
    const { name } = await readJson(request, createTokenBody);
    const { db } = getRuntime().db;
    const created = await createToken(db, principal.userId, name);
    await audit(db, {
      actorId: principal.userId,
      action: "token.created",
      target: created.id,
      detail: { name },
      ip: clientIp(request.headers),
    });
    return json({ token: created.token, secret: created.secret }, 201);
  });
}
