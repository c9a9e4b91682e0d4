import type pino from "pino";
import type { Database } from "../../db/client";
import type { Role } from "../../lib/auth/roles";
import { CloseCode } from "../../lib/collab/closeCodes";
import { createDiscussionLive } from "../discussion/live";
import { Compactor } from "../persistence/documentStore";
import { EntryWriters } from "../persistence/entryWriters";
import { SummaryWriter } from "../persistence/summaryWriter";
import { UpdateLog } from "../persistence/updateLog";
import { createPublishing } from "../publish/service";
import { createReview } from "../review/service";
import { AutoVersions } from "../versions/autoVersions";
import { createVersions } from "../versions/service";
import type { Connection, ConnectionLimits } from "./connection";
import { startKeepalive } from "./keepalive";
import { RoomRegistry } from "./registry";
import type { Room } from "./room";
import { type AuthorizeUpgrade, createUpgradeHandler } from "./upgrade";

/** What ends a user's live sockets: a revoked token, a signed-out session, or the user. */
export type Revocation = { userId: string; tokenId?: string; sessionId?: string };

/** The collaboration service: rooms, persistence and the websocket endpoint, composed. */
export function createCollabHub(opts: {
  database: Database;
  authorize: AuthorizeUpgrade;
  limits: ConnectionLimits;
  /** Interval between automatic versions of a timeline being edited. */
  autoVersionMs: number;
  log: pino.Logger;
  onRefusedWrite?: (room: Room, conn: Connection) => void;
}) {
  const db = opts.database.db;
  const log = opts.log.child({ component: "collab" });
  const updateLog = new UpdateLog(db, log);
  const compactor = new Compactor(db, log);
  const summaries = new SummaryWriter(db, log);
  const writers = new EntryWriters(db, log);
  const discussion = createDiscussionLive(opts.database, log);
  let autoVersions: AutoVersions | undefined;
  const rooms = new RoomRegistry({
    db,
    updateLog,
    summaries,
    compactor,
    writers,
    log,
    onChanged: (room) => autoVersions?.changed(room.id),
    onRefusedWrite: opts.onRefusedWrite,
    onDiscussion: (conn, text) => void discussion.receive(conn, text),
  });
  const versions = createVersions({
    db,
    rooms,
    log,
    published: (timelineId, version) => {
      autoVersions?.noteSaved(timelineId, Date.parse(version.createdAt));
      discussion.publish.version(timelineId, version);
    },
  });
  autoVersions = new AutoVersions(db, versions.save, opts.autoVersionMs, log);
  const review = createReview({
    db,
    rooms,
    writers,
    published: discussion.publish.review,
    settingsChanged: discussion.publish.reviewSettings,
  });
  discussion.attach({ review, versions });
  const publishing = createPublishing({ db, rooms, versions, log });
  const connections = new Set<Connection>();
  const upgrade = createUpgradeHandler({
    rooms,
    authorize: opts.authorize,
    limits: opts.limits,
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
    /** Threads and comments: the service context for HTTP routes, and live delivery. */
    discussion,
    /** Editorial review of entries (HTTP routes and the socket call the same functions). */
    review,
    /** Versions: save, list, read, compare, restore. */
    versions,
    /** Releases, the pre-publish checklist and the public address. */
    publishing,
    /** Open sockets (metrics and tests). */
    get connectionCount(): number {
      return connections.size;
    },
    /** Closes the sockets a revoked token, session or user holds (4401). */
    revoke(revocation: Revocation): number {
      let closed = 0;
      for (const conn of [...connections]) {
        const who = conn.identity;
        if (who.userId !== revocation.userId) continue;
        if (revocation.tokenId && who.tokenId !== revocation.tokenId) continue;
        if (revocation.sessionId && who.sessionId !== revocation.sessionId) continue;
        conn.close(CloseCode.unauthorized);
        closed++;
      }
      return closed;
    },
    /**
     * A user's new name and colour, for their live sockets: every awareness
     * state they send from now on is stamped with it (clients renew theirs
     * about every 15 seconds), with no reconnect.
     */
    profileChanged(profile: { userId: string; name: string; color: string }): void {
      for (const conn of connections) {
        if (conn.identity.userId !== profile.userId) continue;
        conn.identity = { ...conn.identity, name: profile.name, color: profile.color };
      }
    },
    /**
     * Applies a membership change to live sockets: removed members are cut off
     * (4403); a changed role closes with 4205 so the client reconnects with it.
     */
    membershipChanged(timelineId: string, userId: string, role: Role | null): void {
      for (const conn of [...connections]) {
        if (conn.timelineId !== timelineId || conn.identity.userId !== userId) continue;
        if (role === null) conn.close(CloseCode.forbidden);
        else if (role !== conn.identity.role) conn.close(CloseCode.roleChanged);
      }
    },
    /** Closes every socket (1001), stores what is pending, writes summaries. */
    async close(): Promise<void> {
      stopKeepalive();
      autoVersions?.stop();
      upgrade.close();
      await rooms.shutdown();
    },
  };
}

export type CollabHub = ReturnType<typeof createCollabHub>;
