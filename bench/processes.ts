/**
 * Child server processes: started with `node --import tsx`, found by their
 * JSON "listening" line, and always killed when the bench exits, fails or is
 * interrupted.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { STEP_TIMEOUT_MS } from "./config";

export class ServerStartError extends Error {
  readonly code = "server_start_failed";
  constructor(name: string, detail: string) {
    super(`${name} did not start: ${detail}`);
    this.name = "ServerStartError";
  }
}

export type ServerProcess = {
  name: string;
  /** http://host:port */
  url: string;
  pid: number;
  /** Lines the process logged with `msg` equal to `msg` after this call. */
  waitForLog(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
};

const children = new Set<ChildProcess>();

function killAll(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
  children.clear();
}

/** Installs the exit hooks once: children never outlive the bench. */
export function killChildrenOnExit(cleanups: (() => void)[] = []): void {
  const cleanup = () => {
    killAll();
    for (const fn of cleanups) {
      try {
        fn();
      } catch {
        // best effort on the way out
      }
    }
  };
  process.on("exit", cleanup);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      process.stderr.write(`\nbench: ${signal}, stopping servers\n`);
      process.exit(130);
    });
  }
}

function parseLine(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function startServer(opts: {
  name: string;
  script: string;
  env: Record<string, string>;
  cwd: string;
}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", opts.script], {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  const tail: string[] = [];
  const keep = (line: string) => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
  };
  const waiters: { msg: string; resolve: (line: Record<string, unknown>) => void }[] = [];
  // Both pipes are always drained, so a chatty server never blocks on a full pipe.
  createInterface({ input: child.stdout }).on("line", (line) => {
    keep(line);
    const parsed = parseLine(line);
    if (!parsed) return;
    for (const waiter of [...waiters]) {
      if (parsed.msg === waiter.msg) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(parsed);
      }
    }
  });
  createInterface({ input: child.stderr }).on("line", keep);
  const exited = new Promise<never>((_, reject) => {
    child.once("exit", (code, signal) => {
      children.delete(child);
      reject(new ServerStartError(opts.name, `exited (${signal ?? code})\n  ${tail.join("\n  ")}`));
    });
  });
  exited.catch(() => {});

  const waitForLog = (msg: string, timeoutMs = STEP_TIMEOUT_MS) => {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      new Promise<Record<string, unknown>>((resolve) => waiters.push({ msg, resolve })),
      exited,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(new ServerStartError(opts.name, `no "${msg}" log line within ${timeoutMs} ms`)),
          timeoutMs,
        );
      }),
    ]).finally(() => clearTimeout(timer));
  };

  const listening = await waitForLog("listening");
  if (typeof listening.url !== "string")
    throw new ServerStartError(opts.name, "its listening line has no url");
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await gone;
    clearTimeout(timer);
  };
  return { name: opts.name, url: listening.url, pid: child.pid ?? -1, waitForLog, stop };
}
