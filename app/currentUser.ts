/**
 * The signed-in user for server components and pages. Route handlers use
 * app/api/principal.ts instead, which also accepts API tokens.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInPath } from "@/lib/account";
import { identify, type Principal } from "@/server/auth/identify";

export type { Principal };

/** What the browser needs to know about the signed-in user. */
export type SignedInUser = { id: string; name: string; email: string; color: string };

export function signedInUser(principal: Principal): SignedInUser {
  return {
    id: principal.userId,
    name: principal.name,
    email: principal.email,
    color: principal.color,
  };
}

/** The signed-in user, or null. Pages only honour session cookies, not `?token=`. */
export async function currentUser(): Promise<Principal | null> {
  const principal = await identify(await headers());
  return principal?.via === "session" ? principal : null;
}

/**
 * The signed-in user; without one, sends the browser to sign in and come back
 * to `returnTo` (this page's path and query).
 */
export async function requireUser(returnTo: string): Promise<Principal> {
  const principal = await currentUser();
  if (!principal) redirect(signInPath(returnTo));
  return principal;
}
