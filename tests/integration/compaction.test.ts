/**
 * Compaction through the running server: after many updates the log is
 * folded into a snapshot, its tail stays short, and loading snapshot + tail
 * gives back exactly the state clients had.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countDocUpdates, readStoredDocument } from "../../db/queries/documents";
import { countEntries, createEntry, updateEntry } from "../../lib/document";
import { COMPACT_EVERY } from "../../server/collab/room";
import { availableBackends, type Backend, createBackend } from "../helpers/backends";
import { connectStockClients } from "../helpers/clients";
import { createTimelines, withDatabase } from "../helpers/database";
import { stateOf } from "../helpers/document";
import { retryUntil } from "../helpers/retry";
import { startServer, type TestServer } from "../helpers/server";

const backends = await availableBackends();

for (const { kind, skip } of backends) {
  describe.skipIf(skip)(`compaction on ${kind}`, () => {
    let backend: Backend;
    let server: TestServer;

    beforeAll(async () => {
      backend = await createBackend(kind);
      await createTimelines(backend, ["busy"]);
      server = await startServer(backend);
    });

    afterAll(async () => {
      await server?.stop();
      await backend?.dispose();
    });

    it("folds a long log into a snapshot and loads the same state from it", async () => {
      const [writer, observer] = await connectStockClients(server, "busy", 2);
      const id = createEntry(writer.doc, { title: "edited many times" });
      // One update per keystroke-sized change, well past the compaction threshold.
      const updates = COMPACT_EVERY + 150;
      for (let i = 0; i < updates; i++) updateEntry(writer.doc, id, { title: `edit ${i}` });
      for (let i = 0; i < 20; i++) createEntry(writer.doc, { title: `entry ${i}` });
      await retryUntil(
        () =>
          countEntries(observer.doc) === 21 &&
          stateOf(observer.doc).json.entries.some((e) => e.title === `edit ${updates - 1}`),
      );
      const before = stateOf(writer.doc);
      writer.destroy();
      observer.destroy();
      expect(await server.stop()).toBe(0);

      await withDatabase(backend, async ({ db }) => {
        const stored = await readStoredDocument(db, "busy");
        expect(stored.snapshot).toBeDefined();
        // Far fewer rows than updates: the room compacted once quiet, and on unload.
        expect(await countDocUpdates(db, "busy")).toBeLessThan(COMPACT_EVERY);
        // Superseded title edits were dropped: the snapshot is much smaller than the log was.
        expect(stored.snapshot?.data.byteLength).toBeLessThan(20_000);
      });

      server = await startServer(backend);
      const [reader] = await connectStockClients(server, "busy", 1);
      expect(stateOf(reader.doc)).toEqual(before);
      reader.destroy();
    });
  });
}
