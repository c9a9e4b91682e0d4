import { eq } from "drizzle-orm";
import { users } from "../../db/schema";
import { getRuntime } from "../runtime";
import { getAuth } from "./instance";
import { resolveToken } from "./tokens";

/** Who is making a request, as every HTTP route and the websocket upgrade see it. */
export type Principal = {
  userId: string;
  /** The display name others see. */
  name: string;
  email: string;
  /** Avatar and caret colour, `#rrggbb`. */
  color: string;
  via: "session" | "token";
  /** Set when `via` is "token": revoking it ends this principal. */
  tokenId?: string;
  /** Set when `via` is "session": signing out ends this principal. */
  sessionId?: string;
};

/**
 * The API token a request presents: `Authorization: Bearer plx_…`, or
 * `?token=plx_…` on the URL (browsers cannot set headers on a websocket).
 * Undefined when it presents none.
 */
export function presentedToken(headers: Headers, url?: URL): string | undefined {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match ? match[1] : "";
  }
  const fromQuery = url?.searchParams.get("token");
  return fromQuery ?? undefined;
}

async function fromToken(secret: string): Promise<Principal | null> {
  const { db } = getRuntime().db;
  const token = await resolveToken(db, secret);
  if (!token) return null;
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, color: users.color })
    .from(users)
    .where(eq(users.id, token.userId))
    .limit(1);
  const user = rows[0];
  if (!user) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    color: user.color,
    via: "token",
    tokenId: token.tokenId,
  };
}

async function fromSession(headers: Headers): Promise<Principal | null> {
  // No refresh here: a refreshed expiry needs a new cookie, which only the
  // browser's own /api/auth/get-session call can set.
  const result = await getAuth().api.getSession({ headers, query: { disableRefresh: true } });
  if (!result) return null;
  const { user, session } = result;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    color: user.color ?? "",
    via: "session",
    sessionId: session.id,
  };
}

/**
 * The authenticated principal behind a request, or null: no credentials, a
 * malformed, forged, expired or revoked session or token, or a user that no
 * longer exists. A request that presents a token is judged by the token
 * alone: a bad token is not rescued by a cookie. Never throws for bad input.
 */
export async function identify(headers: Headers, url?: URL): Promise<Principal | null> {
  try {
    const token = presentedToken(headers, url);
    if (token !== undefined) return await fromToken(token);
    return await fromSession(headers);
  } catch (error) {
    getRuntime().log.warn({ err: error }, "identify failed");
    return null;
  }
}

/** Node's IncomingMessage headers as a fetch Headers, for identify() on upgrade requests. */
export function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(key, item);
    else headers.set(key, value);
  }
  return headers;
}
