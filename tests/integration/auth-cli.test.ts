/**
 * `npx parallax …` against a real database (a temp PGlite folder, and
 * PostgreSQL when reachable): accounts and tokens made on the command line
 * work like ones made in the app, bad arguments get usage errors, and with
 * PGlite the CLI refuses to open a folder another process holds.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { auditLog, users } from "../../db/schema";
import { loadAuthConfig } from "../../server/auth/config";
import { setAuth } from "../../server/auth/instance";
import { startAuth } from "../../server/auth/start";
import { resolveToken } from "../../server/auth/tokens";
import { availableBackends, type Backend, createBackend } from "../helpers/backends";
import { withDatabase } from "../helpers/database";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const backends = await availableBackends();

type Run = { code: number | null; stdout: string; stderr: string };

function parallax(backend: Backend, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...backend.env };
    if (backend.kind === "pglite") delete env.DATABASE_URL;
    const child = spawn(process.execPath, ["bin/parallax.mjs", ...args], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Signs in with a password, in-process, through better-auth itself. */
function canSignIn(backend: Backend, email: string, password: string): Promise<boolean> {
  return withDatabase(backend, async ({ db }) => {
    const auth = await startAuth({
      db,
      log: pino({ level: "silent" }),
      config: loadAuthConfig({} as NodeJS.ProcessEnv),
    });
    try {
      // A direct call carries a host, as every request does (PUBLIC_URL is unset here).
      await auth.api.signInEmail({
        body: { email, password },
        headers: new Headers({ host: "localhost:3000" }),
      });
      return true;
    } catch {
      return false;
    } finally {
      setAuth(undefined);
    }
  });
}

describe.each(backends)("the parallax CLI ($kind)", ({ kind, skip }) => {
  let backend: Backend;

  beforeAll(async () => {
    if (skip) return;
    backend = await createBackend(kind);
  });

  afterAll(async () => {
    await backend?.dispose();
  });

  it.skipIf(skip)("creates a user that can sign in", async () => {
    const run = await parallax(backend, [
      "user",
      "create",
      "--email",
      "Editor@Example.org",
      "--password",
      "cli-password",
      "--name",
      "Kenji Editor",
    ]);
    expect(run.stderr).toContain("Created Kenji Editor <editor@example.org>");
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\S+$/);
    expect(await canSignIn(backend, "editor@example.org", "cli-password")).toBe(true);
    expect(await canSignIn(backend, "editor@example.org", "wrong-password")).toBe(false);
  });

  it.skipIf(skip)("refuses a second account for the same email", async () => {
    const run = await parallax(backend, [
      "user",
      "create",
      "--email=editor@example.org",
      "--password=cli-password",
      "--name=Again",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("There is already an account for editor@example.org");
  });

  it.skipIf(skip)("creates a token and prints its secret, which then works", async () => {
    const run = await parallax(backend, [
      "token",
      "create",
      "--email",
      "editor@example.org",
      "--name",
      "nightly import",
    ]);
    expect(run.code).toBe(0);
    const secret = run.stdout.trim();
    expect(secret).toMatch(/^plx_[A-Za-z0-9_-]{43}$/);
    const resolved = await withDatabase(backend, async ({ db }) => {
      const token = await resolveToken(db, secret);
      const [user] = await db.select().from(users).where(eq(users.email, "editor@example.org"));
      return { token, userId: user.id };
    });
    expect(resolved.token?.userId).toBe(resolved.userId);
  });

  it.skipIf(skip)("resets a password", async () => {
    const run = await parallax(backend, [
      "user",
      "reset-password",
      "--email",
      "editor@example.org",
      "--password",
      "brand-new-password",
    ]);
    expect(run.code).toBe(0);
    expect(await canSignIn(backend, "editor@example.org", "brand-new-password")).toBe(true);
    expect(await canSignIn(backend, "editor@example.org", "cli-password")).toBe(false);
    const missing = await parallax(backend, [
      "user",
      "reset-password",
      "--email",
      "nobody@example.org",
      "--password",
      "brand-new-password",
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("There is no account for nobody@example.org");
  });

  it.skipIf(skip)("audits what it did", async () => {
    const actions = await withDatabase(backend, async ({ db }) =>
      (await db.select().from(auditLog)).map((row) => [row.action, row.detail?.via]),
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        ["user.created", "cli"],
        ["token.created", "cli"],
        ["auth.password_reset", "cli"],
      ]),
    );
  });

  it.skipIf(skip)("answers bad arguments with usage and exit code 2", async () => {
    const cases: [string[], RegExp][] = [
      [["frobnicate"], /Unknown command/],
      [["token", "create"], /--email/],
      [["token", "create", "--email"], /--email: needs a value/],
      [["token", "create", "--email", "not-an-email"], /valid email/],
      [["token", "create", "--email", "a@b.org", "--admin", "yes"], /--admin: is not an option/],
      [
        ["user", "create", "--email", "a@b.org", "--password", "short", "--name", "A"],
        /8 characters/,
      ],
      [
        ["user", "create", "--email", "a@b.org", "--password", "long enough", "--name", " "],
        /name/,
      ],
    ];
    for (const [args, message] of cases) {
      const run = await parallax(backend, args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe("");
    }
    const help = await parallax(backend, ["help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("parallax token create --email <email>");
  });

  it.skipIf(skip || kind !== "pglite")(
    "refuses to open a PGlite folder that another process holds",
    async () => {
      // This test process holds the folder, as a running server would.
      const held = await openDatabase(backend.open);
      try {
        const run = await parallax(backend, ["token", "create", "--email", "editor@example.org"]);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain("is in use by another Parallax process");
        expect(run.stderr).toContain(`pid ${process.pid}`);
        expect(run.stdout).toBe("");
      } finally {
        await held.close();
      }
      // Released: it works again.
      const run = await parallax(backend, ["token", "create", "--email", "editor@example.org"]);
      expect(run.code).toBe(0);
    },
  );
});
