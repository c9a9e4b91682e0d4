/**
 * The process's one better-auth instance, on `globalThis` like the runtime
 * (see server/runtime.ts): route handlers are bundled by Next separately from
 * the server's modules, and both must use the instance server/main.ts made.
 * This file imports types only, so route handlers don't bundle better-auth.
 */
import type { Auth } from "./auth";

export type { Auth };

const KEY = Symbol.for("parallax.auth");
type WithAuth = typeof globalThis & { [KEY]?: Auth };

export class AuthNotStartedError extends Error {
  readonly code = "auth_not_started";
  constructor() {
    super(
      "Authentication is not available: start the app with `npm start` or `npm run dev` (server/main.ts).",
    );
    this.name = "AuthNotStartedError";
  }
}

export function getAuth(): Auth {
  const auth = (globalThis as WithAuth)[KEY];
  if (!auth) throw new AuthNotStartedError();
  return auth;
}

/** Called once by server/main.ts (or the CLI) after the database is open. */
export function setAuth(auth: Auth | undefined): void {
  (globalThis as WithAuth)[KEY] = auth;
}
