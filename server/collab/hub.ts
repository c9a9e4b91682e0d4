import type pino from "pino";
import type { Database } from "../../db/client";
import { Compactor } from "../persistence/documentStore";
import { SummaryWriter } from "../persistence/summaryWriter";
import { UpdateLog } from "../persistence/updateLog";
import type { Connection } from "./connection";
import { startKeepalive } from "./keepalive";
import { RoomRegistry } from "./registry";
import { createUpgradeHandler } from "./upgrade";

/** The collaboration service: rooms, persistence and the websocket endpoint, composed. */
export function createCollabHub(opts: {
  database: Database;
  maxMessageBytes: number;
  log: pino.Logger;
}) {
  const db = opts.database.db;
  const log = opts.log.child({ component: "collab" });
  const updateLog = new UpdateLog(db, log);
  const compactor = new Compactor(db, log);
  const summaries = new SummaryWriter(db, log);
  const rooms = new RoomRegistry({ db, updateLog, summaries, compactor, log });
  const connections = new Set<Connection>();
  const upgrade = createUpgradeHandler({
    rooms,
    maxMessageBytes: opts.maxMessageBytes,
    log,
    onConnection: (conn) => {
      connections.add(conn);
      conn.onClose(() => connections.delete(conn));
    },
  });
  const stopKeepalive = startKeepalive(() => connections);

  return {
    rooms,
    updateLog,
    compactor,
    handleUpgrade: upgrade.handle,
    /** Closes every socket (1001), stores what is pending, writes summaries. */
    async close(): Promise<void> {
      stopKeepalive();
      upgrade.close();
      await rooms.shutdown();
    },
  };
}

export type CollabHub = ReturnType<typeof createCollabHub>;
