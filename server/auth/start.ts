import type pino from "pino";
import type { Db } from "../../db/client";
import { type Auth, createAuth } from "./auth";
import { type AuthConfig, loadAuthConfig } from "./config";
import { setAuth } from "./instance";
import { resolveAuthSecret } from "./secret";

/**
 * Creates the process's auth instance on the open, migrated database and
 * publishes it for route handlers (instance.ts). Used by server/main.ts and
 * the CLI.
 */
export async function startAuth(opts: {
  db: Db;
  log: pino.Logger;
  config?: AuthConfig;
}): Promise<Auth> {
  const config = opts.config ?? loadAuthConfig();
  const secret = await resolveAuthSecret(opts.db, config.secret);
  if (!config.secret) opts.log.debug("using the generated auth secret from the settings table");
  if (!config.publicUrl) {
    opts.log.info(
      "PUBLIC_URL is not set: sign-in works on localhost and 127.0.0.1 only; set PUBLIC_URL to serve other hosts",
    );
  }
  const auth = createAuth({ db: opts.db, config, secret, log: opts.log });
  setAuth(auth);
  return auth;
}
