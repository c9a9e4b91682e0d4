/**
 * Storage contract: the persistence queries behave the same on every
 * backend. Runs in-process against PGlite and PostgreSQL.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Database } from "../../db/client";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import {
  appendDocUpdates,
  compactDocument,
  countDocUpdates,
  readStoredDocument,
} from "../../db/queries/documents";
import {
  deleteTimeline,
  getTimeline,
  insertTimeline,
  listTimelines,
  updateTimelineSummary,
} from "../../db/queries/timelines";
import { countEntries, createEntry, listEntries } from "../../lib/document";
import { mergeIntoState } from "../../server/persistence/documentStore";
import { availableBackends, type Backend, createBackend } from "../helpers/backends";

const backends = await availableBackends();

/** `n` updates, each adding one entry, from one writer. */
function entryUpdates(n: number, prefix: string): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < n; i++) createEntry(doc, { title: `${prefix}${i}` });
  return { updates, doc };
}

function loadState(stored: Awaited<ReturnType<typeof readStoredDocument>>): Y.Doc {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot.data);
  for (const row of stored.updates) Y.applyUpdate(doc, row.data);
  return doc;
}

for (const { kind, skip } of backends) {
  describe.skipIf(skip)(`storage contract on ${kind}`, () => {
    let backend: Backend;
    let database: Database;

    beforeAll(async () => {
      backend = await createBackend(kind);
      database = await openDatabase(backend.open);
      await migrateDatabase(database);
      // Migrating twice is a no-op.
      await migrateDatabase(database);
    });

    afterAll(async () => {
      await database?.close();
      await backend?.dispose();
    });

    it("appends keep each document's order and bytes, across batches and documents", async () => {
      const { updates } = entryUpdates(30, "o");
      await appendDocUpdates(database.db, [
        ...updates.slice(0, 10).map((data) => ({ docId: "order", data })),
        { docId: "other", data: updates[0], author: "someone" },
      ]);
      await appendDocUpdates(
        database.db,
        updates.slice(10).map((data) => ({ docId: "order", data })),
      );
      const stored = await readStoredDocument(database.db, "order");
      expect(stored.snapshot).toBeUndefined();
      expect(stored.updates.map((row) => Buffer.from(row.data))).toEqual(
        updates.map((u) => Buffer.from(u)),
      );
      const seqs = stored.updates.map((row) => row.seq);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      expect(await countDocUpdates(database.db, "other")).toBe(1);
    });

    it("compaction merges the log into a snapshot, deletes exactly those rows, and loads the same state", async () => {
      const { updates, doc } = entryUpdates(50, "c");
      await appendDocUpdates(
        database.db,
        updates.map((data) => ({ docId: "compact", data })),
      );
      const first = await compactDocument(database.db, {
        docId: "compact",
        limit: 30,
        merge: mergeIntoState,
      });
      expect(first).toMatchObject({ compacted: true, merged: 30 });
      expect(await countDocUpdates(database.db, "compact")).toBe(20);
      const second = await compactDocument(database.db, {
        docId: "compact",
        limit: 1000,
        merge: mergeIntoState,
      });
      expect(second).toMatchObject({ compacted: true, merged: 20 });
      expect(await countDocUpdates(database.db, "compact")).toBe(0);
      expect(
        await compactDocument(database.db, {
          docId: "compact",
          limit: 1000,
          merge: mergeIntoState,
        }),
      ).toEqual({
        compacted: false,
        reason: "nothing_to_do",
      });

      // New updates form the tail after the snapshot.
      const more = new Y.Doc();
      Y.applyUpdate(more, Y.encodeStateAsUpdate(doc));
      const tail: Uint8Array[] = [];
      more.on("update", (update: Uint8Array) => tail.push(update));
      createEntry(more, { title: "after the snapshot" });
      await appendDocUpdates(
        database.db,
        tail.map((data) => ({ docId: "compact", data })),
      );

      const stored = await readStoredDocument(database.db, "compact");
      expect(stored.snapshot?.seq).toBeGreaterThan(0);
      expect(stored.updates).toHaveLength(1);
      const loaded = loadState(stored);
      expect(countEntries(loaded)).toBe(51);
      expect(Y.encodeStateVector(loaded)).toEqual(Y.encodeStateVector(more));
      expect(
        listEntries(loaded)
          .map((e) => e.title)
          .sort(),
      ).toEqual(
        listEntries(more)
          .map((e) => e.title)
          .sort(),
      );
    });

    it.skipIf(kind !== "postgres")(
      "compaction skips a document another session is compacting",
      async () => {
        await appendDocUpdates(database.db, [
          { docId: "locked", data: entryUpdates(1, "l").updates[0] },
        ]);
        const other = new pg.Client({ connectionString: backend.open.databaseUrl });
        await other.connect();
        try {
          await other.query("select pg_advisory_lock(hashtextextended($1, 0))", ["doc:locked"]);
          expect(
            await compactDocument(database.db, {
              docId: "locked",
              limit: 100,
              merge: mergeIntoState,
            }),
          ).toEqual({
            compacted: false,
            reason: "locked",
          });
          expect(await countDocUpdates(database.db, "locked")).toBe(1);
        } finally {
          await other.end();
        }
        expect(
          await compactDocument(database.db, {
            docId: "locked",
            limit: 100,
            merge: mergeIntoState,
          }),
        ).toMatchObject({
          compacted: true,
        });
      },
    );

    it("keeps timeline summaries, and deleting a timeline deletes its log and snapshot", async () => {
      await insertTimeline(database.db, { id: "t1", title: "First" });
      await insertTimeline(database.db, { id: "t2", title: "Second" });
      await updateTimelineSummary(database.db, {
        id: "t1",
        title: "",
        entryCount: 4,
        updatedAt: new Date(Date.now() + 60_000),
      });
      const t1 = await getTimeline(database.db, "t1");
      expect(t1).toMatchObject({ title: "First", entryCount: 4 });
      expect((await listTimelines(database.db))[0].id).toBe("t1");

      const { updates } = entryUpdates(3, "d");
      await appendDocUpdates(
        database.db,
        updates.map((data) => ({ docId: "t1", data })),
      );
      await compactDocument(database.db, { docId: "t1", limit: 2, merge: mergeIntoState });
      expect(await deleteTimeline(database.db, "t1")).toBe(true);
      expect(await deleteTimeline(database.db, "t1")).toBe(false);
      expect(await getTimeline(database.db, "t1")).toBeUndefined();
      expect(await readStoredDocument(database.db, "t1")).toEqual({
        snapshot: undefined,
        updates: [],
      });
      expect(await getTimeline(database.db, "t2")).toMatchObject({ title: "Second" });
    });
  });
}
