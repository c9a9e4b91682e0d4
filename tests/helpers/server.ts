import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Backend } from "./backends";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** A graceful stop that takes longer than this is a bug: the server is killed and the test fails. */
const STOP_TIMEOUT_MS = 15_000;

export type LogLine = { msg?: string; level?: number; [key: string]: unknown };

export type TestServer = {
  /** http://host:port */
  url: string;
  /** ws://host:port/collab: the `serverUrl` a WebsocketProvider takes. */
  collabUrl: string;
  /** The API token of the backend's test editor (see helpers/database createTimelines). */
  token: string | undefined;
  /** The websocket URL of one timeline, with the token. */
  socketUrl(timelineId: string): string;
  process: ChildProcess;
  logs: LogLine[];
  /** Graceful stop (SIGTERM); resolves with the exit code. */
  stop(): Promise<number | null>;
  /** `kill -9`: nothing gets flushed. */
  kill9(): Promise<void>;
};

/**
 * Starts the real server (`node --import tsx server/main.ts`, one process, so
 * a SIGKILL hits the server itself) on a free port with the websocket hub
 * only, and resolves once it logs "listening".
 */
export function startServer(
  backend: Backend,
  env: Record<string, string> = {},
): Promise<TestServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      PARALLAX_WEB: "0",
      LOG_LEVEL: "info",
      ...backend.env,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: LogLine[] = [];
  let stderr = "";
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );

  return new Promise((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start in time\n${JSON.stringify(logs)}\n${stderr}`));
    }, 60_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf("\n");
        let parsed: LogLine;
        try {
          parsed = JSON.parse(line) as LogLine;
        } catch {
          continue;
        }
        logs.push(parsed);
        if (parsed.msg === "listening" && typeof parsed.url === "string") {
          clearTimeout(timer);
          const url = parsed.url;
          resolve({
            url,
            collabUrl: `${url.replace(/^http/, "ws")}/collab`,
            token: backend.token,
            socketUrl: (timelineId) =>
              `${url.replace(/^http/, "ws")}/collab/${timelineId}${backend.token ? `?token=${backend.token}` : ""}`,
            process: child,
            logs,
            async stop() {
              if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
              child.kill("SIGTERM");
              const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
              const code = await exited;
              clearTimeout(timer);
              if (child.signalCode === "SIGKILL") {
                throw new Error(
                  `server did not stop within ${STOP_TIMEOUT_MS} ms\n${logs
                    .slice(-20)
                    .map((l) => JSON.stringify(l))
                    .join("\n")}\n${stderr}`,
                );
              }
              return code;
            },
            async kill9() {
              if (child.exitCode !== null || child.signalCode !== null) return;
              child.kill("SIGKILL");
              await exited;
            },
          });
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `server exited with ${code} before listening\n${JSON.stringify(logs)}\n${stderr}`,
        ),
      );
    });
  });
}
