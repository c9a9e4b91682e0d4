/**
 * The Parallax server: one process serving the web app (Next.js), the
 * collaboration websocket at /collab/<timelineId>, and health checks, over
 * one shared database handle. Start with `npm start` (or `npm run dev`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { countTimelines } from "../db/queries/timelines";
import { audit } from "./audit";
import { createUpgradeAuthorizer } from "./auth/authorizeUpgrade";
import { loadAuthConfig } from "./auth/config";
import { setAuth } from "./auth/instance";
import { onProfileChanged } from "./auth/profileChanged";
import { onIdentityRevoked } from "./auth/revocation";
import { startAuth } from "./auth/start";
import { stampClientAddress } from "./clientAddress";
import { createCollabHub } from "./collab/hub";
import { loadConfig } from "./config";
import { createLogger } from "./logger";
import { setRuntime } from "./runtime";
import type { WebApp } from "./web";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function healthCheck(req: IncomingMessage, res: ServerResponse, ready: () => boolean): boolean {
  const path = req.url?.split("?")[0];
  if (path !== "/healthz" && path !== "/readyz") return false;
  const ok = path === "/healthz" || ready();
  res.writeHead(ok ? 200 : 503, {
    "content-type": "application/json",
    "cache-control": "no-store",
  });
  res.end(JSON.stringify({ status: ok ? "ok" : "starting" }));
  return true;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const authConfig = loadAuthConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  log.info({ kind: database.kind }, "database open");
  await migrateDatabase(database);
  const hub = createCollabHub({
    database,
    authorize: createUpgradeAuthorizer(database.db),
    limits: {
      maxMessageBytes: config.maxMessageBytes,
      messagesPerSecond: config.messagesPerSecond,
      messageBurst: config.messageBurst,
    },
    autoVersionMs: config.autoVersionMs,
    log,
    onRefusedWrite: (room, conn) => {
      // Once per connection: a client retrying in a loop must not flood the table.
      if (conn.refusedWriteAudited) return;
      conn.refusedWriteAudited = true;
      void audit(database.db, {
        actorId: conn.identity.userId,
        action: "write.refused",
        timelineId: room.id,
        detail: { role: conn.identity.role },
      });
    },
  });
  onIdentityRevoked((revocation) => hub.revoke(revocation));
  onProfileChanged((profile) => hub.profileChanged(profile));
  setRuntime({ db: database, rooms: hub.rooms, hub, log });
  const auth = await startAuth({ db: database.db, log, config: authConfig });
  if ((await countTimelines(database.db)) === 0) {
    // Loaded only when needed: the demo content is sizeable.
    const { createDemoTimeline } = await import("./seed");
    await createDemoTimeline(database.db, hub, log, auth);
  }

  let web: WebApp | undefined;
  if (config.web) {
    const { createWebApp } = await import("./web");
    web = await createWebApp({ dir: ROOT, dev: config.dev, log });
  }
  let ready = true;

  const server = createServer((req, res) => {
    stampClientAddress(req, authConfig.trustProxy);
    if (healthCheck(req, res, () => ready)) return;
    if (web) return web.handle(req, res);
    res.writeHead(404, { "content-type": "text/plain" }).end("Not Found\n");
  });
  server.on("upgrade", (req, socket, head) => {
    stampClientAddress(req, authConfig.trustProxy);
    if (hub.handleUpgrade(req, socket, head)) return;
    if (web) return web.handleUpgrade(req, socket, head);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  log.info(
    { url: `http://${host}:${port}`, web: config.web, dev: config.dev, db: database.kind },
    "listening",
  );

  // A bug in one request or connection must not take the others down.
  process.on("unhandledRejection", (error) => log.error({ err: error }, "unhandled rejection"));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ready = false;
    log.info({ signal }, "shutting down");
    server.close();
    await hub.close();
    await web?.close().catch(() => {});
    await database.close();
    setAuth(undefined);
    setRuntime(undefined);
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  // pino may not exist yet (bad config): print one JSON line by hand.
  const message = error instanceof Error ? error.message : String(error);
  process.stdout.write(`${JSON.stringify({ level: 60, msg: "failed to start", err: message })}\n`);
  process.exit(1);
});
