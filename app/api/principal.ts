import { identify, type Principal } from "@/server/auth/identify";
import { ApiProblem } from "./problem";

export type { Principal };

/**
 * The signed-in user or token holder behind an API request; answers 401 when
 * there is none (no credentials, or a forged, expired or revoked one).
 */
export async function requirePrincipal(request: Request): Promise<Principal> {
  const principal = await identify(request.headers, new URL(request.url));
  if (!principal) {
    throw new ApiProblem(
      401,
      "unauthenticated",
      "Sign in, or send an API token as `Authorization: Bearer plx_…`.",
    );
  }
  return principal;
}

/**
 * Like requirePrincipal, but only for a browser session: managing tokens with
 * a token would let a leaked token make itself permanent.
 */
export async function requireSession(request: Request): Promise<Principal> {
  const principal = await requirePrincipal(request);
  if (principal.via !== "session") {
    throw new ApiProblem(
      403,
      "session_required",
      "API tokens can only be managed from a signed-in browser session.",
    );
  }
  return principal;
}
