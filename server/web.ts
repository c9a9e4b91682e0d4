import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import type { Duplex } from "node:stream";
import next from "next";
import type pino from "pino";

/** Everything a production build depends on; a change to any of it makes the build stale. */
const BUILD_INPUTS = [
  "app",
  "lib",
  "server",
  "db",
  "public",
  "next.config.js",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];
const STAMP_FILE = "parallax-build-stamp";

async function hashInputs(dir: string): Promise<string> {
  const hash = createHash("sha256");
  const visit = async (rel: string): Promise<void> => {
    const abs = path.join(dir, rel);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(abs);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      const names = (await readdir(abs)).sort();
      for (const name of names) await visit(path.join(rel, name));
    } else if (info.isFile()) {
      hash.update(`${rel}\0`);
      hash.update(await readFile(abs));
    }
  };
  for (const input of BUILD_INPUTS) await visit(input);
  return hash.digest("hex");
}

/** "missing", "stale" or "fresh", comparing the inputs' hash with the stamp of the last build. */
export async function buildState(
  dir: string,
): Promise<{ state: "missing" | "stale" | "fresh"; hash: string }> {
  const hash = await hashInputs(dir);
  if (!existsSync(path.join(dir, ".next", "BUILD_ID"))) return { state: "missing", hash };
  const stamp = await readFile(path.join(dir, ".next", STAMP_FILE), "utf8").catch(() => "");
  return { state: stamp.trim() === hash ? "fresh" : "stale", hash };
}

function runNextBuild(dir: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const bin = require.resolve("next/dist/bin/next");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "build"], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      // Build output goes to stderr: stdout carries only JSON log lines.
      stdio: ["ignore", 2, 2],
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`)),
    );
  });
}

/** Builds the web app when `.next` is missing or older than its inputs. */
export async function ensureWebBuild(dir: string, log: pino.Logger): Promise<void> {
  const { state } = await buildState(dir);
  if (state === "fresh") {
    log.info("web build is up to date");
    return;
  }
  log.info({ reason: state }, `building the web app (${state})…`);
  const started = Date.now();
  await runNextBuild(dir);
  // Hashed after the build: `next build` may itself touch an input (tsconfig.json).
  await writeFile(path.join(dir, ".next", STAMP_FILE), `${await hashInputs(dir)}\n`);
  log.info({ ms: Date.now() - started }, "web app built");
}

export type WebApp = {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Next's own upgrades (hot reload in development). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): Promise<void>;
};

/** Next.js as a request handler: development mode with hot reload, or the production build. */
export async function createWebApp(opts: {
  dir: string;
  dev: boolean;
  log: pino.Logger;
}): Promise<WebApp> {
  if (!opts.dev) await ensureWebBuild(opts.dir, opts.log);
  const app = next({ dev: opts.dev, dir: opts.dir });
  await app.prepare();
  const handler = app.getRequestHandler();
  const upgrade = app.getUpgradeHandler();
  return {
    handle(req, res) {
      handler(req, res).catch((error: unknown) => {
        opts.log.error({ err: error, url: req.url }, "request failed");
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    },
    handleUpgrade(req, socket, head) {
      upgrade(req, socket, head).catch(() => socket.destroy());
    },
    close: () => app.close(),
  };
}
