import { randomBytes } from "node:crypto";
import type { Db } from "../../db/client";
import { getOrCreateSetting } from "../../db/queries/settings";

const SETTING_KEY = "auth.secret";

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set,
 * otherwise one generated on the first start and kept in the database, so
 * sessions survive restarts and every instance on one PostgreSQL agrees.
 * It is never written to the repository or the logs.
 */
export async function resolveAuthSecret(db: Db, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  return getOrCreateSetting(db, SETTING_KEY, () => randomBytes(32).toString("base64url"));
}
