import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { Database } from "../../db/client";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { readStoredDocument } from "../../db/queries/documents";
import { deleteTimeline, getTimeline, insertTimeline } from "../../db/queries/timelines";
import { CloseCode, CloseReason } from "../../lib/collab/closeCodes";
import { countEntries, createEntry, EntryError, readMeta, writeMeta } from "../../lib/document";
import type { CollabHub } from "../../server/collab/hub";
import { TimelineNotFoundError } from "../../server/collab/registry";
import { availableBackends, type Backend, createBackend } from "../helpers/backends";
import { connectStockClients, type StockClient } from "../helpers/clients";
import { startHub, type TestHub } from "../helpers/hub";
import { retryUntil } from "../helpers/retry";

const backends = await availableBackends();

for (const { kind, skip } of backends) {
  describe.skipIf(skip)(`room registry on ${kind}`, () => {
    let backend: Backend;
    let database: Database;
    let hub: CollabHub;
    let testHub: TestHub;
    let collabUrl: string;
    const clients: StockClient[] = [];

    beforeAll(async () => {
      backend = await createBackend(kind);
      database = await openDatabase(backend.open);
      await migrateDatabase(database);
      testHub = await startHub(database);
      hub = testHub.hub;
      collabUrl = testHub.collabUrl;
    });

    afterEach(() => {
      for (const client of clients.splice(0)) client.destroy();
    });

    afterAll(async () => {
      await testHub?.close();
      await database?.close();
      await backend?.dispose();
    });

    it("change() is stored before connected clients see it, and resolves after the commit", async () => {
      await insertTimeline(database.db, { id: "changed", title: "Untitled" });
      const [client] = await connectStockClients(collabUrl, "changed", 1);
      clients.push(client);
      await hub.rooms.change("changed", (doc) => {
        writeMeta(doc, { title: "Renamed by the server" });
        createEntry(doc, { title: "Added by the server" });
      });
      // Already in the log when change() resolves.
      const stored = await readStoredDocument(database.db, "changed");
      expect(stored.updates.length + (stored.snapshot ? 1 : 0)).toBeGreaterThan(0);
      await retryUntil(() => expect(readMeta(client.doc).title).toBe("Renamed by the server"));
      expect(countEntries(client.doc)).toBe(1);
      expect(await hub.rooms.read("changed", (doc) => countEntries(doc))).toBe(1);
    });

    it("change() loads an unloaded timeline, writes nothing when fn throws, and refuses unknown ids", async () => {
      await insertTimeline(database.db, { id: "cold", title: "Cold" });
      await hub.rooms.change("cold", (doc) => writeMeta(doc, { title: "Warm" }));
      await expect(
        hub.rooms.change("cold", (doc) => createEntry(doc, { title: "bad", when: "not a date" })),
      ).rejects.toBeInstanceOf(EntryError);
      expect(
        await hub.rooms.read("cold", (doc) => [readMeta(doc).title, countEntries(doc)]),
      ).toEqual(["Warm", 0]);
      await expect(hub.rooms.read("missing", () => 1)).rejects.toBeInstanceOf(
        TimelineNotFoundError,
      );
      // Rooms used without connections unload, and the summary follows the document.
      await retryUntil(() => hub.rooms.loaded("cold") === undefined);
      await retryUntil(async () =>
        expect((await getTimeline(database.db, "cold"))?.title).toBe("Warm"),
      );
    });

    it("closeTimeline() closes its sockets with 4404 and refuses new connections", async () => {
      await insertTimeline(database.db, { id: "doomed", title: "Doomed" });
      const [client] = await connectStockClients(collabUrl, "doomed", 1);
      clients.push(client);
      createEntry(client.doc, { title: "about to go" });
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        client.provider.once("connection-close", (event) =>
          resolve({ code: event?.code ?? 0, reason: event?.reason ?? "" }),
        ),
      );
      await deleteTimeline(database.db, "doomed");
      await hub.rooms.closeTimeline("doomed", "deleted by a test");
      expect(await closed).toEqual({
        code: CloseCode.timelineDeleted,
        reason: CloseReason[CloseCode.timelineDeleted],
      });
      client.provider.disconnect();

      const status = await new Promise<number>((resolve) => {
        const ws = new WebSocket(`${collabUrl}/doomed`);
        ws.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
        ws.once("error", () => {});
      });
      expect(status).toBe(404);
      expect(await readStoredDocument(database.db, "doomed")).toEqual({
        snapshot: undefined,
        updates: [],
      });
    });
  });
}
