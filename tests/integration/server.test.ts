/**
 * The server process itself: start-up log, health checks, configuration
 * errors, first-start seeding and graceful shutdown.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMembers } from "../../db/queries/memberships";
import { listTimelines } from "../../db/queries/timelines";
import { DEMO_ACCOUNTS } from "../../lib/demo/accounts";
import { countEntries, readMeta } from "../../lib/document";
import { availableBackends, type Backend, createBackend } from "../helpers/backends";
import { loadStoredDoc, withDatabase } from "../helpers/database";
import { startServer, type TestServer } from "../helpers/server";

const backends = await availableBackends();
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("server configuration", () => {
  it("refuses an invalid environment with a clear message", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: ROOT,
      env: { ...process.env, PORT: "not-a-port", MAX_MESSAGE_BYTES: "12", PARALLAX_WEB: "0" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    const line = JSON.parse(result.stdout.trim().split("\n").pop() ?? "{}");
    expect(line.msg).toBe("failed to start");
    expect(line.err).toContain("PORT");
    expect(line.err).toContain("MAX_MESSAGE_BYTES");
  });
});

for (const { kind, skip } of backends) {
  describe.skipIf(skip)(`server process on ${kind}`, () => {
    let backend: Backend;
    let server: TestServer;

    beforeAll(async () => {
      backend = await createBackend(kind);
      server = await startServer(backend);
    });

    afterAll(async () => {
      await server?.stop();
      await backend?.dispose();
    });

    it("answers health checks", async () => {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok" });
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect((await fetch(`${server.url}/anything-else`)).status).toBe(404);
    });

    it("creates the demo timeline and one account per role on the first start", async () => {
      const seeded = server.logs.find((line) => line.msg === "created the demo timeline");
      const id = seeded?.timelineId as string;
      expect(id).toEqual(expect.any(String));

      // A graceful stop writes the summary; the document is in the log and snapshot.
      expect(await server.stop()).toBe(0);
      const doc = await loadStoredDoc(backend, id);
      const entries = countEntries(doc);
      expect(entries).toBeGreaterThanOrEqual(40);
      const { rows, members } = await withDatabase(backend, async ({ db }) => ({
        rows: await listTimelines(db),
        members: await listMembers(db, id),
      }));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id, entryCount: entries, title: readMeta(doc).title });
      expect(members.map((m) => `${m.email} ${m.role}`).sort()).toEqual(
        DEMO_ACCOUNTS.map((a) => `${a.email} ${a.role}`).sort(),
      );

      // A second start seeds nothing.
      server = await startServer(backend);
      expect(server.logs.some((line) => line.msg === "created the demo timeline")).toBe(false);
    });
  });
}
