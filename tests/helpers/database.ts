import pino from "pino";
import * as Y from "yjs";
import { type Database, openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { insertTimeline } from "../../db/queries/timelines";
import { loadDocument } from "../../server/persistence/documentStore";
import type { Backend } from "./backends";
import { seedMember } from "./members";

/**
 * Opens the backend's database from the test process, migrated. PGlite
 * allows one process per folder: use this only while no server runs on it.
 */
export async function withDatabase<T>(
  backend: Backend,
  fn: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(backend.open);
  try {
    await migrateDatabase(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

/**
 * Creates empty timelines before a server starts (so it does not seed the
 * demo), with an editor whose token the backend's clients then connect with.
 */
export function createTimelines(backend: Backend, ids: string[]): Promise<void> {
  return withDatabase(backend, async ({ db }) => {
    for (const id of ids) await insertTimeline(db, { id, title: `Timeline ${id}` });
    const editor = await seedMember(db, { name: "Test Editor", role: "editor", timelineIds: ids });
    backend.token = editor.token;
  });
}

/** A timeline's stored document (snapshot and log), loaded as the server would. */
export function loadStoredDoc(backend: Backend, timelineId: string): Promise<Y.Doc> {
  return withDatabase(backend, async ({ db }) => {
    const doc = new Y.Doc();
    await loadDocument(db, timelineId, doc, pino({ level: "silent" }));
    return doc;
  });
}
