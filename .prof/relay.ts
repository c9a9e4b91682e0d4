import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HOST } from "../bench/config";
import { runLoad } from "../bench/load";
import { seedDatabase } from "../bench/ourDatabase";
import { killChildrenOnExit, startServer } from "../bench/processes";

async function main() {
const clients = Number(process.argv[2] ?? 50);
const tmp = mkdtempSync(join(tmpdir(), "relay-prof-"));
killChildrenOnExit();
const dataDir = join(tmp, "data");
const id = `bench-${clients}-clients`;
const token = await seedDatabase(dataDir, [{ id, title: "x" }], { timelineId: id, updates: [] });
const server = await startServer({
  name: "ours",
  script: "server/main.ts",
  env: { PORT: "0", HOST, PARALLAX_WEB: "0", DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "info", NODE_OPTIONS: process.env.PROF ? "--cpu-prof --cpu-prof-dir=/tmp/prof" : "" },
  cwd: join(import.meta.dirname, ".."),
});
for (let i = 0; i < Number(process.env.RUNS ?? 2); i++) {
  const r = await runLoad({ kind: "y-websocket", serverUrl: `${server.url.replace(/^http/, "ws")}/collab`, roomName: id, token }, clients, server.pid);
  console.log(`p50 ${r.p50.toFixed(2)} p99 ${r.p99.toFixed(2)} measured ${r.measured} lost ${r.lost}`, JSON.stringify({ cpu: (r as Record<string, unknown>).serverCpu }));
}
await server.stop();
process.exit(0);
}
void main();
