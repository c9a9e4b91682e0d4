/**
 * Runs before every page (not the API or static files):
 *
 * - **Content-Security-Policy** with a fresh script nonce. Next.js reads the
 *   nonce from the request's CSP header and puts it on its own scripts; the
 *   response carries the same policy (lib/security/csp.ts).
 * - **Public pages** (/p/…): the HTTP status and caching, which a page
 *   cannot set itself (Next offers notFound() and redirects, nothing for
 *   410, and a status set while the page streams comes too late). The
 *   proxy resolves the slug (app/p/resolve.ts, two indexed reads) and
 *   answers 308 for an old slug; for an unpublished timeline it lets the
 *   page render its "withdrawn" notice with status 410, for an unknown one
 *   the not-found page with 404; a live release gets its Cache-Control
 *   (immutable for a numbered release, a minute for the latest).
 * - **Sign-in**: an early, optimistic redirect to /signin for pages that need
 *   a user, taken when the request carries no session cookie at all. It is
 *   not the check: each page verifies the session itself
 *   (app/currentUser.ts), since a cookie may be forged, expired or revoked.
 */
import { type NextRequest, NextResponse } from "next/server";
import {
  CACHE_IMMUTABLE,
  CACHE_LATEST,
  CACHE_NONE,
  parsePublicPath,
  publicHref,
} from "./app/p/publicPath";
import { SESSION_COOKIE_NAMES } from "./lib/account/cookies";
import { signInPath } from "./lib/account/nextPath";
import { contentSecurityPolicy, isEmbedPath, newNonce } from "./lib/security/csp";

/** Pages that need a signed-in user. /signin, /signup, /join and /p/* are public. */
function needsSignIn(pathname: string): boolean {
  return pathname === "/" || /^\/(t|settings|inbox)(\/|$)/.test(pathname);
}

/**
 * The answer for a public page, from its publication's state: a status the
 * page then renders content for (404, 410), a redirect (308) for an old
 * slug, and Cache-Control for a live release.
 */
async function publicAnswer(
  request: NextRequest,
): Promise<{ status?: number; cache?: string; redirect?: string }> {
  const path = parsePublicPath(request.nextUrl.pathname);
  // Exports answer for themselves (route handlers set their own status and headers).
  if (path?.kind === "export") return {};
  if (!path) return { status: 404, cache: CACHE_NONE };
  // Loaded here, not at the top: only public pages need the database.
  const { resolvePublic } = await import("./app/p/resolve");
  const number = path.view === "release" ? path.number : null;
  const found = await resolvePublic(path.slug, number);
  switch (found.state) {
    case "unknown":
      return { status: 404, cache: CACHE_NONE };
    case "withdrawn":
      return { status: 410, cache: CACHE_NONE };
    case "moved":
      return {
        redirect: `${publicHref(found.slug, { number, embed: path.view === "embed" })}${request.nextUrl.search}`,
      };
    case "published":
      return { cache: path.view === "release" ? CACHE_IMMUTABLE : CACHE_LATEST };
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce,
    frameable: isEmbedPath(pathname),
    dev: process.env.NODE_ENV === "development",
  });

  let response: NextResponse;
  if (needsSignIn(pathname) && !SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) {
    response = NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
  } else {
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    const answer = pathname.startsWith("/p/") ? await publicAnswer(request) : {};
    response = answer.redirect
      ? NextResponse.redirect(new URL(answer.redirect, request.url), 308)
      : NextResponse.next({ request: { headers }, status: answer.status });
    if (answer.cache) response.headers.set("cache-control", answer.cache);
  }
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Every page; not the API (JSON, its own 401s), Next's static files or the icon.
  matcher: ["/((?!api/|_next/static/|_next/image|icon\\.svg|favicon\\.ico).*)"],
};
