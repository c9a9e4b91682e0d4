/**
 * Direct access to our server's database for the bench, through the db layer
 * and persistence functions the server itself uses. Only ever called while
 * no server process has the data folder open (PGlite allows one process).
 */
import pino from "pino";
import * as Y from "yjs";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { appendDocUpdates, readStoredDocument } from "../db/queries/documents";
import { setRole } from "../db/queries/memberships";
import { insertTimeline } from "../db/queries/timelines";
import { users } from "../db/schema";
import { countEntries } from "../lib/document";
import { createToken } from "../server/auth/tokens";
import { Compactor, loadDocument } from "../server/persistence/documentStore";

const silent = pino({ level: "silent" });
/** Rows per INSERT while seeding the log. */
const SEED_BATCH = 500;

/**
 * Creates the timelines the bench uses (so the server, finding timelines,
 * seeds no demo) and stores `updates` as the log of `logTimelineId`, one row
 * per update, as if each had come from a client. Returns the API token of
 * an editor of every timeline, which the bench's clients connect with.
 */
export async function seedDatabase(
  dataDir: string,
  timelines: { id: string; title: string }[],
  log: { timelineId: string; updates: Uint8Array[] },
): Promise<string> {
  const database = await openDatabase({ dataDir });
  try {
    await migrateDatabase(database);
    const userId = "bench-editor";
    await database.db
      .insert(users)
      .values({ id: userId, name: "Bench Editor", email: "bench@bench.parallax" });
    for (const timeline of timelines) {
      await insertTimeline(database.db, timeline);
      await setRole(database.db, { timelineId: timeline.id, userId, role: "editor" });
    }
    for (let i = 0; i < log.updates.length; i += SEED_BATCH) {
      await appendDocUpdates(
        database.db,
        log.updates.slice(i, i + SEED_BATCH).map((data) => ({ docId: log.timelineId, data })),
      );
    }
    return (await createToken(database.db, userId, "bench")).secret;
  } finally {
    await database.close();
  }
}

export type StoredShape = { snapshotBytes: number; logRows: number };

export type DirectLoad = {
  /** How the document was stored before loading it. */
  stored: StoredShape;
  /** `loadDocument` (read snapshot + tail, merge, apply), best of `runs`. */
  loadMs: number;
  /** Of which reading the rows (`readStoredDocument`), best of `runs`. */
  readMs: number;
  entries: number;
};

/**
 * Compacts the document if its log has rows (as the server does in the
 * background), then times the server's own `loadDocument` on it.
 */
export async function compactAndTimeLoad(
  dataDir: string,
  timelineId: string,
  runs = 3,
): Promise<DirectLoad> {
  const database = await openDatabase({ dataDir });
  try {
    const compactor = new Compactor(database.db, silent);
    await compactor.compact(timelineId);
    const stored = await readStoredDocument(database.db, timelineId);
    let best = Number.POSITIVE_INFINITY;
    let readMs = Number.POSITIVE_INFINITY;
    let entries = 0;
    for (let i = 0; i < runs; i++) {
      const readStarted = performance.now();
      await readStoredDocument(database.db, timelineId);
      readMs = Math.min(readMs, performance.now() - readStarted);
      const doc = new Y.Doc();
      const started = performance.now();
      await loadDocument(database.db, timelineId, doc, silent);
      best = Math.min(best, performance.now() - started);
      entries = countEntries(doc);
      doc.destroy();
    }
    return {
      stored: {
        snapshotBytes: stored.snapshot?.data.byteLength ?? 0,
        logRows: stored.updates.length,
      },
      loadMs: best,
      readMs,
      entries,
    };
  } finally {
    await database.close();
  }
}
