/**
 * The process-wide registry of shared services. Next bundles route handlers
 * separately from the server's own modules, so module-level singletons would
 * be duplicated; `globalThis` is the one place both see. This file imports
 * types only, so route handlers can import it without bundling the server.
 */
import type pino from "pino";
import type { Database } from "../db/client";
import type { CollabHub } from "./collab/hub";
import type { RoomRegistry } from "./collab/registry";

export type { RoomRegistry };

export type Runtime = { db: Database; rooms: RoomRegistry; hub: CollabHub; log: pino.Logger };

const KEY = Symbol.for("parallax.runtime");
type WithRuntime = typeof globalThis & { [KEY]?: Runtime };

export class RuntimeNotStartedError extends Error {
  readonly code = "runtime_not_started";
  constructor() {
    super(
      "The Parallax runtime is not available: start the app with `npm start` or `npm run dev` (server/main.ts).",
    );
    this.name = "RuntimeNotStartedError";
  }
}

export function getRuntime(): Runtime {
  const runtime = (globalThis as WithRuntime)[KEY];
  if (!runtime) throw new RuntimeNotStartedError();
  return runtime;
}

/** Called once by server/main.ts before serving requests. */
export function setRuntime(runtime: Runtime | undefined): void {
  (globalThis as WithRuntime)[KEY] = runtime;
}
