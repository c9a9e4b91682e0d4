import type pino from "pino";
import type { Db } from "../db/client";
import { insertTimeline } from "../db/queries/timelines";
import { buildDemoTimeline, DEMO_TIMELINE_TITLE } from "../lib/demo";
import { newId } from "../lib/document";
import type { Auth } from "./auth/auth";
import type { RoomRegistry } from "./collab/registry";
import { createDemoAccounts } from "./demoAccounts";

/**
 * Creates the demo timeline (server/main.ts calls this on the first start,
 * when there is no timeline at all), with one demo account per role as its
 * members. Its content goes through the room like any server change, so it
 * is in the update log before anyone can open it.
 */
export async function createDemoTimeline(
  db: Db,
  rooms: RoomRegistry,
  log: pino.Logger,
  auth: Auth,
): Promise<string> {
  const id = newId();
  await insertTimeline(db, { id, title: DEMO_TIMELINE_TITLE });
  await rooms.change(id, (doc) => buildDemoTimeline(doc));
  log.info({ timelineId: id }, "created the demo timeline");
  await createDemoAccounts(auth, db, id, log);
  return id;
}
