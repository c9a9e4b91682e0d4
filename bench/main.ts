/**
 * `npm run bench`: relay latency of our server against the stock y-websocket
 * server and Hocuspocus under the same load, then the time to load a large
 * timeline from our database. See DESIGN.md "Performance goals".
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createLogger } from "../server/logger";
import { ensureWebBuild } from "../server/web";
import { buildBigTimeline } from "./bigTimeline";
import { timeColdLoad } from "./coldLoad";
import {
  BIG_TIMELINE_ENTRIES,
  HOST,
  LOAD_LEVELS,
  MEASURE_MS,
  OBSERVERS,
  UPDATES_PER_SECOND,
  WARMUP_MS,
  WRITER_WORKERS,
} from "./config";
import { type LoadResult, runLoad } from "./load";
import type { Room } from "./observers";
import { compactAndTimeLoad, seedDatabase } from "./ourDatabase";
import { killChildrenOnExit, type ServerProcess, startServer } from "./processes";
import { seedRelease, timePublicPage } from "./publicPage";
import { formatMs, keyValues, latencyTable, type Row, ratioTable } from "./report";
import { measureVersionStorage } from "./versionStorage";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OURS = "parallax";
const BIG_TIMELINE_ID = "bench-big-timeline";

type Target = {
  name: string;
  script: string;
  env: Record<string, string>;
  room(server: ServerProcess, clients: number): Room;
};

function wsUrl(server: ServerProcess): string {
  return server.url.replace(/^http/, "ws");
}

function loadRoomId(clients: number): string {
  return `bench-${clients}-clients`;
}

function targets(dataDir: string, token: string): Target[] {
  const peerEnv = { PORT: "0", HOST };
  return [
    {
      name: OURS,
      script: "server/main.ts",
      env: ourEnv(dataDir, "info"),
      room: (server, clients) => ({
        kind: "y-websocket",
        serverUrl: `${wsUrl(server)}/collab`,
        roomName: loadRoomId(clients),
        token,
      }),
    },
    {
      name: "y-websocket-server 0.1.1",
      script: "bench/servers/ywsServer.ts",
      env: peerEnv,
      room: (server, clients) => ({
        kind: "y-websocket",
        serverUrl: wsUrl(server),
        roomName: loadRoomId(clients),
      }),
    },
    {
      name: "hocuspocus 4.7",
      script: "bench/servers/hocuspocusServer.ts",
      env: peerEnv,
      room: (server, clients) => ({
        kind: "hocuspocus",
        url: wsUrl(server),
        documentName: loadRoomId(clients),
      }),
    },
  ];
}

function ourEnv(dataDir: string, logLevel: string): Record<string, string> {
  return {
    PORT: "0",
    HOST,
    PARALLAX_WEB: "0",
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    LOG_LEVEL: logLevel,
  };
}

function say(line = ""): void {
  process.stdout.write(`${line}\n`);
}

function progress(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

async function latencyRuns(
  dataDir: string,
  token: string,
): Promise<{ clients: number; rows: Row[] }[]> {
  const list = targets(dataDir, token);
  const servers: ServerProcess[] = [];
  try {
    for (const target of list) {
      progress(`starting ${target.name}`);
      servers.push(
        await startServer({ name: target.name, script: target.script, env: target.env, cwd: ROOT }),
      );
    }
    const levels: { clients: number; rows: Row[] }[] = [];
    for (const clients of LOAD_LEVELS) {
      const rows: Row[] = [];
      for (const [i, target] of list.entries()) {
        progress(`${clients} clients on ${target.name}`);
        const result: LoadResult = await runLoad(
          target.room(servers[i], clients),
          clients,
          servers[i].pid,
        );
        progress(
          `  p50 ${formatMs(result.p50)} ms, p99 ${formatMs(result.p99)} ms, ${result.measured} measured, ${result.lost} lost`,
        );
        rows.push({ server: target.name, result });
        // Let the server finish whatever backlog the run left before the next one.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      levels.push({ clients, rows });
    }
    return levels;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), "parallax-bench-"));
  killChildrenOnExit([() => rmSync(tmp, { recursive: true, force: true })]);
  const dataDir = join(tmp, "data");
  if (!existsSync(join(ROOT, "server/main.ts"))) throw new Error("server/main.ts is missing");

  say(
    keyValues("Environment", [
      ["node", process.version],
      ["cpus", `${cpus().length} × ${cpus()[0]?.model ?? "unknown"}`],
      [
        "load average",
        loadavg()
          .map((n) => n.toFixed(2))
          .join(" "),
      ],
      [
        "load",
        `${LOAD_LEVELS.join(" and ")} raw writers × ${UPDATES_PER_SECOND} updates/s, ${OBSERVERS} stock observers, ` +
          `${WRITER_WORKERS} writer threads, ${WARMUP_MS / 1000} s warm-up + ${MEASURE_MS / 1000} s measured`,
      ],
    ]),
  );
  say();

  progress(`building a ${BIG_TIMELINE_ENTRIES}-entry timeline`);
  const big = buildBigTimeline(BIG_TIMELINE_ENTRIES);
  big.doc.destroy();
  const token = await seedDatabase(
    dataDir,
    [
      ...LOAD_LEVELS.map((clients) => ({
        id: loadRoomId(clients),
        title: `Bench: ${clients} clients`,
      })),
      { id: BIG_TIMELINE_ID, title: `Bench: ${BIG_TIMELINE_ENTRIES} entries` },
    ],
    { timelineId: BIG_TIMELINE_ID, updates: big.updates },
  );

  const levels = await latencyRuns(dataDir, token);
  for (const level of levels) {
    say(latencyTable(level.clients, level.rows));
    say();
  }
  say(ratioTable(OURS, levels));
  say();

  progress("cold loads of the large timeline");
  const start = () =>
    startServer({ name: OURS, script: "server/main.ts", env: ourEnv(dataDir, "debug"), cwd: ROOT });
  const room = (server: ServerProcess): Room => ({
    kind: "y-websocket",
    serverUrl: `${wsUrl(server)}/collab`,
    roomName: BIG_TIMELINE_ID,
    token,
  });
  const fromLog = await timeColdLoad(start, room);
  const direct = await compactAndTimeLoad(dataDir, BIG_TIMELINE_ID);
  const fromSnapshot = await timeColdLoad(start, room);
  const coldLine = (c: typeof fromLog) =>
    `${formatMs(c.syncedMs)} ms to synced (server load ${formatMs(c.serverLoadMs)} ms), ${c.entries} entries`;
  say(
    keyValues(
      `Load a ${BIG_TIMELINE_ENTRIES.toLocaleString("en")}-entry document from the database`,
      [
        [`fresh server, log of ${big.updates.length} rows, no snapshot`, coldLine(fromLog)],
        [
          `fresh server, snapshot (${(direct.stored.snapshotBytes / 1024).toFixed(0)} KiB) + ${direct.stored.logRows} log rows`,
          coldLine(fromSnapshot),
        ],
        [
          "loadDocument() on that snapshot, in process",
          `${formatMs(direct.loadMs)} ms (best of 3; reading the rows ${formatMs(direct.readMs)} ms), ${direct.entries} entries`,
        ],
      ],
    ),
  );
  say(
    "  (synced = a stock y-websocket provider's connect until its first sync, on a server process that has not loaded the document;",
  );
  say("   server load = the server's own read + merge + apply, from its log)");
  say();

  progress("100 versions of the large timeline");
  const versions = await measureVersionStorage(dataDir, BIG_TIMELINE_ID);
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
  say(
    keyValues(`Store ${versions.versions} versions of the ${versions.entries}-entry timeline`, [
      ["versions table on disk (rows, TOAST, indexes)", mib(versions.tableBytes)],
      ["stored payload (deltas, keyframes, state vectors)", mib(versions.payloadBytes)],
      ["as deflated full copies instead", mib(versions.fullCopiesBytes)],
      [
        "ratio, payload / full copies",
        (versions.payloadBytes / versions.fullCopiesBytes).toFixed(3),
      ],
      ["read the slowest version (longest delta chain)", `${formatMs(versions.worstReadMs)} ms`],
    ]),
  );
  say("  (each version follows a small edit: one entry retitled and a sentence added to its body)");
  say();

  progress("the public page of a release of the large timeline");
  const released = await seedRelease(dataDir, BIG_TIMELINE_ID, "bench-editor");
  await ensureWebBuild(ROOT, createLogger("warn"));
  const web = await startServer({
    name: OURS,
    script: "server/main.ts",
    env: { ...ourEnv(dataDir, "info"), PARALLAX_WEB: "1" },
    cwd: ROOT,
  });
  let page: Awaited<ReturnType<typeof timePublicPage>>;
  try {
    page = await timePublicPage(web);
  } finally {
    await web.stop();
  }
  if (page.status !== 200) throw new Error(`the public page answered ${page.status}`);
  say(
    keyValues(`Render the public page of a ${released.toLocaleString("en")}-entry release`, [
      ["first request (server render, nothing cached)", `${formatMs(page.firstMs)} ms`],
      [
        "median of the next requests",
        `${formatMs(page.medianMs)} ms (best ${formatMs(page.bestMs)} ms)`,
      ],
      [
        "page size",
        `${(page.bytes / 1024).toFixed(0)} KiB (${(page.gzipBytes / 1024).toFixed(0)} KiB gzipped)`,
      ],
    ]),
  );
  say("  (rendered on the server from the frozen release JSON; no Yjs, no websocket)");
  say();
  say(`bench finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
