/**
 * An early, optimistic redirect to /signin for pages that need a user, taken
 * when the request carries no session cookie at all. It is not the check:
 * each page verifies the session itself (app/currentUser.ts), since a cookie
 * may be forged, expired or revoked.
 */
import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIE_NAMES } from "./lib/account/cookies";
import { signInPath } from "./lib/account/nextPath";

export function proxy(request: NextRequest) {
  if (SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  return NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
}

export const config = {
  // Pages only: the API answers 401 itself, and /signin, /signup, /p/* are public.
  matcher: ["/", "/t/:path*", "/settings/:path*", "/inbox/:path*"],
};
