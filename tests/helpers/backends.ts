import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * The database backends the integration suites run against: embedded PGlite
 * always, PostgreSQL when the server at PARALLAX_TEST_PG_URL (default
 * postgres://postgres@127.0.0.1:5432/test) answers. Each test file gets a
 * fresh data folder or a fresh database, removed afterwards.
 */
export type BackendKind = "pglite" | "postgres";

export type Backend = {
  kind: BackendKind;
  /** Environment for the server process (DATA_DIR or DATABASE_URL). */
  env: Record<string, string>;
  /** What `openDatabase` takes to open the same database from the test. */
  open: { databaseUrl?: string; dataDir: string };
  /** An editor's API token on the timelines `createTimelines` made (see helpers/database). */
  token?: string;
  dispose(): Promise<void>;
};

export const POSTGRES_ADMIN_URL =
  process.env.PARALLAX_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

let reachable: Promise<boolean> | undefined;

/** Whether PostgreSQL answers (asked once per process). */
export function postgresReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({
      connectionString: POSTGRES_ADMIN_URL,
      connectionTimeoutMillis: 2000,
    });
    try {
      await client.connect();
      await client.query("select 1");
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return reachable;
}

/**
 * The backends to run, for `describe.each`. PostgreSQL is listed as skipped,
 * with a visible warning, only when it cannot be reached.
 */
export async function availableBackends(): Promise<{ kind: BackendKind; skip: boolean }[]> {
  const pgUp = await postgresReachable();
  if (!pgUp)
    console.warn(
      `PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL}: skipping the PostgreSQL runs.`,
    );
  return [
    { kind: "pglite", skip: false },
    { kind: "postgres", skip: !pgUp },
  ];
}

function randomName(): string {
  return `parallax_it_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}

export async function createBackend(kind: BackendKind): Promise<Backend> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "parallax-it-"));
  if (kind === "pglite") {
    return {
      kind,
      env: { DATA_DIR: dataDir },
      open: { dataDir },
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = randomName();
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    kind,
    env: { DATABASE_URL: databaseUrl, DATA_DIR: dataDir },
    open: { databaseUrl, dataDir },
    async dispose() {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
