import type pino from "pino";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { CloseCode } from "../../lib/collab/closeCodes";
import { countEntries, observeTimeline, readMeta } from "../../lib/document";
import type { Compactor } from "../persistence/documentStore";
import type { EntryWriters } from "../persistence/entryWriters";
import type { SummaryWriter } from "../persistence/summaryWriter";
import type { UpdateLog } from "../persistence/updateLog";
import { stampAwareness } from "./awarenessStamp";
import { Connection } from "./connection";
import { frameMessages } from "./framing";
import {
  decodeMessage,
  encodeAwareness,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from "./protocol";

/** A document's log is compacted once it has this many new rows... */
export const COMPACT_EVERY = 500;
/** ...and the document has been quiet this long, so compaction never stalls a busy room... */
export const COMPACT_WHEN_QUIET_MS = 1000;
/** ...unless the log grows past this, when it is compacted regardless. */
export const COMPACT_AT_MOST = 20_000;

export type RoomDeps = {
  updateLog: UpdateLog;
  summaries: SummaryWriter;
  compactor: Compactor;
  writers: EntryWriters;
  log: pino.Logger;
  /** Told after every stored change made by a user (automatic versions watch this). */
  onChanged?: (room: Room, author: string) => void;
  /** Told when a read-only connection tries to change the document (for the audit log). */
  onRefusedWrite?: (room: Room, conn: Connection) => void;
  /** A discussion message (type 100), handed over as its JSON text. */
  onDiscussion?: (conn: Connection, text: string) => void;
};

const PERMISSION_DENIED = encodePermissionDenied("Your role on this timeline is read-only.");

/** Origin of changes made by the server itself through `RoomRegistry.change`. */
export const SERVER_ORIGIN = Symbol("server");

/**
 * One loaded timeline: its document, its awareness and its connections.
 *
 * Every update is stored first (group-committed by the UpdateLog), then
 * applied and sent to every connection, its sender included. The document
 * therefore only ever holds stored state, and what a client sees is durable.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  /** Which connection announced each awareness client id: only it may change that state. */
  private readonly awarenessOwners = new Map<number, Connection>();
  /** Log rows not yet compacted into the snapshot (approximate across instances). */
  tail = 0;
  /** Readers and writers (`read`/`change`) holding the room open. */
  holds = 0;
  closed = false;
  private pending = 0;
  private lastChangeAt = 0;
  private compactTimer: NodeJS.Timeout | undefined;
  private outbox: Uint8Array[] = [];
  private settledWaiters: (() => void)[] = [];
  private changeChain: Promise<unknown> = Promise.resolve();
  /**
   * The client id server changes are written with: its own, not the live
   * document's (Yjs would take a remote update under its own id as a clash).
   */
  private readonly writerClientId = new Y.Doc().clientID;
  /** The user a change being applied is written by (set around `Y.applyUpdate`). */
  private applyingFor: string | null = null;

  constructor(
    readonly id: string,
    private readonly deps: RoomDeps,
  ) {
    // Who changed which entry, for the four-eyes rule: only stored changes reach this document.
    observeTimeline(this.doc, (change) => {
      if (this.applyingFor && change.entryIds.size > 0)
        deps.writers.wrote(this.id, change.entryIds, this.applyingFor);
    });
    this.awareness.setLocalState(null);
    this.awareness.on(
      "update",
      (
        { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
        origin: unknown,
      ) => {
        if (origin instanceof Connection) {
          for (const id of added) {
            origin.awarenessIds.add(id);
            this.awarenessOwners.set(id, origin);
          }
          for (const id of removed) {
            origin.awarenessIds.delete(id);
            this.awarenessOwners.delete(id);
          }
          return; // its (stamped) frame is relayed by `receive`
        }
        for (const id of removed) this.awarenessOwners.get(id)?.awarenessIds.delete(id);
        for (const id of removed) this.awarenessOwners.delete(id);
        // Removals by the server (a connection left, a state timed out).
        const changed = [...added, ...updated, ...removed];
        this.broadcast(
          encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)),
        );
      },
    );
  }

  get idle(): boolean {
    return this.connections.size === 0 && this.holds === 0;
  }

  join(conn: Connection): void {
    this.connections.add(conn);
    conn.onClose(() => this.leave(conn));
    conn.send(encodeSyncStep1(this.doc));
    const states = this.awareness.getStates();
    if (states.size > 0) {
      conn.send(
        encodeAwareness(
          awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()]),
        ),
      );
    }
    conn.ready((frame) => this.receive(conn, frame));
  }

  private leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    for (const id of conn.awarenessIds) this.awarenessOwners.delete(id);
    if (conn.awarenessIds.size > 0 && !this.closed) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    }
  }

  private receive(conn: Connection, frame: Buffer): void {
    let message: ReturnType<typeof decodeMessage>;
    try {
      message = decodeMessage(frame);
    } catch (error) {
      this.deps.log.warn({ timelineId: this.id, conn: conn.id, err: error }, "malformed message");
      conn.close(CloseCode.malformedMessage);
      return;
    }
    switch (message.type) {
      case "syncStep1":
        conn.send(encodeSyncStep2(this.doc, message.stateVector));
        return;
      case "update":
        if (message.empty) return;
        if (!conn.canWrite) {
          // Read-only roles: dropped, with the y-protocols permission-denied message.
          conn.send(PERMISSION_DENIED);
          this.deps.onRefusedWrite?.(this, conn);
          return;
        }
        void this.commit(message.update, message.relay, conn).catch(() => {});
        return;
      case "awareness": {
        let stamped: Uint8Array | null;
        try {
          const { userId: id, name, color } = conn.identity;
          stamped = stampAwareness(message.update, { id, name, color }, (clientId) => {
            const owner = this.awarenessOwners.get(clientId);
            return owner === undefined || owner === conn;
          });
          if (stamped) awarenessProtocol.applyAwarenessUpdate(this.awareness, stamped, conn);
        } catch (error) {
          this.deps.log.warn(
            { timelineId: this.id, conn: conn.id, err: error },
            "malformed awareness",
          );
          conn.close(CloseCode.malformedMessage);
          return;
        }
        if (stamped) this.broadcast(encodeAwareness(stamped));
        return;
      }
      case "discussion":
        this.deps.onDiscussion?.(conn, message.text);
        return;
      case "queryAwareness":
        conn.send(
          encodeAwareness(
            awarenessProtocol.encodeAwarenessUpdate(this.awareness, [
              ...this.awareness.getStates().keys(),
            ]),
          ),
        );
        return;
    }
  }

  /**
   * Stores an update, then applies and relays it. Resolves after the relay;
   * rejects (and closes the sender) when it could not be stored.
   */
  private async commit(
    update: Uint8Array,
    relay: Uint8Array,
    origin: Connection | typeof SERVER_ORIGIN,
    serverAuthor: string | null = null,
  ): Promise<void> {
    this.pending++;
    try {
      // Who wrote it: the socket's user, or the user a server-side change was made for.
      const author = origin instanceof Connection ? origin.identity.userId : serverAuthor;
      try {
        await this.deps.updateLog.append(this.id, update, author);
      } catch (error) {
        if (origin instanceof Connection) origin.close(CloseCode.storageFailed);
        throw error;
      }
      if (this.closed) return;
      try {
        this.applyingFor = author;
        Y.applyUpdate(this.doc, update, origin);
      } catch (error) {
        // Decoded fine but does not integrate: keep it away from the others.
        this.deps.log.error({ timelineId: this.id, err: error }, "stored update does not apply");
        if (origin instanceof Connection) origin.close(CloseCode.malformedMessage);
        return;
      } finally {
        this.applyingFor = null;
      }
      this.broadcast(relay);
      this.changed();
      if (author) this.deps.onChanged?.(this, author);
    } finally {
      this.settle();
    }
  }

  /**
   * Queues a message for every connection. Messages queued in the same turn
   * (a group commit releases many at once) are framed together once, and
   * that one buffer is written to each socket: one write per connection per
   * batch, and no per-connection encoding at all.
   */
  broadcast(message: Uint8Array): void {
    this.outbox.push(message);
    if (this.outbox.length === 1) process.nextTick(this.flushOutbox);
  }

  private readonly flushOutbox = () => {
    const messages = this.outbox;
    this.outbox = [];
    if (this.closed || this.connections.size === 0) return;
    const frames = frameMessages(messages);
    for (const conn of this.connections) conn.sendFramed(frames);
  };

  private changed(): void {
    this.deps.summaries.changed(this.id, () => ({
      title: readMeta(this.doc).title,
      entryCount: countEntries(this.doc),
    }));
    this.lastChangeAt = performance.now();
    this.tail++;
    if (this.tail >= COMPACT_AT_MOST) this.compactNow();
    else if (this.tail >= COMPACT_EVERY && !this.compactTimer)
      this.armCompaction(COMPACT_WHEN_QUIET_MS);
  }

  /** One timer at most, re-armed for the remaining quiet time rather than on every update. */
  private armCompaction(delay: number): void {
    this.compactTimer = setTimeout(() => {
      this.compactTimer = undefined;
      if (this.closed) return;
      const quietFor = performance.now() - this.lastChangeAt;
      if (quietFor < COMPACT_WHEN_QUIET_MS) this.armCompaction(COMPACT_WHEN_QUIET_MS - quietFor);
      else this.compactNow();
    }, delay);
    this.compactTimer.unref();
  }

  private compactNow(): void {
    clearTimeout(this.compactTimer);
    this.compactTimer = undefined;
    this.tail = 0;
    this.deps.compactor.request(this.id);
  }

  /**
   * Runs `fn` on a copy of the document and commits what it wrote like a
   * client update, so a server change is stored before anyone sees it.
   * Changes run one at a time and each is applied before the next copy is
   * made, so reusing one writer client id never produces clashing items.
   * `author` is the user the change is made for (a restore), if any.
   */
  change(fn: (doc: Y.Doc) => void, author: string | null = null): Promise<void> {
    const run = async () => {
      const scratch = new Y.Doc({ gc: true });
      scratch.clientID = this.writerClientId;
      try {
        Y.applyUpdate(scratch, Y.encodeStateAsUpdate(this.doc));
        const updates: Uint8Array[] = [];
        scratch.on("update", (update: Uint8Array) => updates.push(update));
        fn(scratch);
        if (updates.length === 0) return;
        const update = updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
        await this.commit(update, encodeUpdate(update), SERVER_ORIGIN, author);
      } finally {
        scratch.destroy();
      }
    };
    const result = this.changeChain.then(run);
    this.changeChain = result.catch(() => {});
    return result;
  }

  /** Resolves when every update received so far is stored (and applied). */
  settled(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private settle(): void {
    if (--this.pending > 0) return;
    for (const resolve of this.settledWaiters.splice(0)) resolve();
  }

  /** Closes every connection with `code` and stops relaying. */
  closeConnections(code: Parameters<Connection["close"]>[0]): void {
    for (const conn of [...this.connections]) conn.close(code);
  }

  destroy(): void {
    this.closed = true;
    clearTimeout(this.compactTimer);
    this.awareness.destroy();
    this.doc.destroy();
  }
}
