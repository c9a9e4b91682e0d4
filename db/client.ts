import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { lockDataDir } from "./dataDirLock";
import * as schema from "./schema";

/** One Drizzle handle, the same type whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * The process's database. PGlite allows one process per data folder, so the
 * server opens it once and shares it (see server/runtime.ts).
 */
export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
};

/**
 * PostgreSQL when `databaseUrl` is set, otherwise embedded PGlite under
 * `dataDir`, which this process then holds (DataDirInUseError if another does).
 */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
}): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle client losing its connection must not crash the process.
    pool.on("error", () => {});
    await pool.query("select 1");
    const db = drizzlePg(pool, { schema });
    return { db: db as unknown as Db, kind: "postgres", close: () => pool.end() };
  }
  await mkdir(opts.dataDir, { recursive: true });
  const unlock = lockDataDir(opts.dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(opts.dataDir);
  } catch (error) {
    unlock();
    throw error;
  }
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    kind: "pglite",
    close: async () => {
      await client.close();
      unlock();
    },
  };
}
