import { createHmac } from "node:crypto";

/** The session cookie's name over plain http (see lib/account/cookies.ts). */
export const SESSION_COOKIE = "parallax.session_token";

/** `name=value` of the session cookie a response sets, or undefined. */
export function sessionCookieFrom(response: Response): string | undefined {
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(";")[0];
    if (pair.startsWith(`${SESSION_COOKIE}=`)) return pair;
  }
  return undefined;
}

/**
 * A session cookie as better-auth signs it: the session token, a dot, and the
 * base64 HMAC-SHA256 of the token under the server's secret, URL-encoded.
 * With the right secret this forges a cookie whose signature is valid.
 */
export function signedSessionCookie(secret: string, sessionToken: string): string {
  const signature = createHmac("sha256", secret).update(sessionToken).digest("base64");
  return `${SESSION_COOKIE}=${encodeURIComponent(`${sessionToken}.${signature}`)}`;
}

/** POSTs JSON to a better-auth endpoint the way a browser on the same origin would. */
export function authPost(
  baseUrl: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, ...headers },
    body: JSON.stringify(body),
    redirect: "manual",
  });
}
