/**
 * Times a cold load of the large timeline: a fresh server process that has
 * not loaded it, one stock provider, connect until synced.
 */
import * as Y from "yjs";
import { countEntries } from "../lib/document";
import { connectStockClient, type Room } from "./observers";
import type { ServerProcess } from "./processes";
import { now } from "./writers";

export type ColdLoad = {
  /** Provider created until its first sync. */
  syncedMs: number;
  /** The server's own "loaded timeline" figure (NaN if it did not log one). */
  serverLoadMs: number;
  entries: number;
};

export async function timeColdLoad(
  start: () => Promise<ServerProcess>,
  room: (server: ServerProcess) => Room,
): Promise<ColdLoad> {
  const server = await start();
  try {
    const loaded = server.waitForLog("loaded timeline").catch(() => undefined);
    const doc = new Y.Doc();
    const began = now();
    const client = await connectStockClient(room(server), doc);
    const syncedMs = now() - began;
    const entries = countEntries(doc);
    client.close();
    doc.destroy();
    const line = await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 1_000))]);
    const ms = (line as Record<string, unknown> | undefined)?.ms;
    return { syncedMs, serverLoadMs: typeof ms === "number" ? ms : Number.NaN, entries };
  } finally {
    await server.stop();
  }
}
