import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { settings } from "../schema";

/**
 * The value stored under `key`, creating it with `make()` when there is none.
 * Safe when several instances start at once: the first insert wins and every
 * caller reads that one.
 */
export async function getOrCreateSetting(db: Db, key: string, make: () => string): Promise<string> {
  await db.insert(settings).values({ key, value: make() }).onConflictDoNothing();
  const rows = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, key))
    .limit(1);
  return rows[0].value;
}
