import type pino from "pino";
import type * as Y from "yjs";
import type { Db } from "../../db/client";
import { deleteDocumentData } from "../../db/queries/documents";
import { timelineExists } from "../../db/queries/timelines";
import { CloseCode } from "../../lib/collab/closeCodes";
import type { PersonDTO } from "../../lib/discussion/protocol";
import { type Compactor, loadDocument } from "../persistence/documentStore";
import type { SummaryWriter } from "../persistence/summaryWriter";
import type { UpdateLog } from "../persistence/updateLog";
import type { Connection } from "./connection";
import { Room, type RoomDeps } from "./room";

export class TimelineNotFoundError extends Error {
  readonly code = "timeline_not_found";
  constructor(readonly timelineId: string) {
    super(`There is no timeline ${timelineId}.`);
    this.name = "TimelineNotFoundError";
  }
}

/** How long a closed (deleted) timeline refuses connections and loads. */
const TOMBSTONE_MS = 60_000;

/**
 * The loaded rooms of this process. A room loads on first use (a connection,
 * `read` or `change`), and unloads once idle, after its pending updates are
 * stored and its summary written.
 */
export class RoomRegistry {
  private rooms = new Map<string, Room>();
  private loading = new Map<string, Promise<Room>>();
  private tombstones = new Map<string, number>();
  private unloads = new Set<Promise<void>>();

  constructor(
    private readonly deps: {
      db: Db;
      updateLog: UpdateLog;
      summaries: SummaryWriter;
      compactor: Compactor;
      writers: RoomDeps["writers"];
      log: pino.Logger;
      onChanged?: RoomDeps["onChanged"];
      onRefusedWrite?: RoomDeps["onRefusedWrite"];
      onDiscussion?: RoomDeps["onDiscussion"];
    },
  ) {}

  get size(): number {
    return this.rooms.size;
  }

  get connectionCount(): number {
    let n = 0;
    for (const room of this.rooms.values()) n += room.connections.size;
    return n;
  }

  /**
   * The people connected to a timeline on this instance now, once each
   * however many tabs they have open, sorted by name.
   */
  present(timelineId: string): PersonDTO[] {
    const people = new Map<string, PersonDTO>();
    for (const conn of this.rooms.get(timelineId)?.connections ?? []) {
      const { userId, name, color } = conn.identity;
      people.set(userId, { id: userId, name, color });
    }
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Whether a timeline exists (a loaded room answers without a query). */
  async exists(timelineId: string): Promise<boolean> {
    if (this.isTombstoned(timelineId)) return false;
    if (this.rooms.has(timelineId)) return true;
    return timelineExists(this.deps.db, timelineId);
  }

  /** Adds a freshly upgraded connection to its room, loading the room if needed. */
  async connect(conn: Connection): Promise<void> {
    let room: Room;
    try {
      room = await this.acquire(conn.timelineId);
    } catch (error) {
      if (error instanceof TimelineNotFoundError) conn.close(CloseCode.timelineDeleted);
      else {
        this.deps.log.error({ err: error, timelineId: conn.timelineId }, "could not load timeline");
        conn.close(CloseCode.storageFailed);
      }
      return;
    }
    if (conn.closed) {
      this.scheduleUnload(room);
      return;
    }
    room.join(conn);
    conn.onClose(() => this.scheduleUnload(room));
  }

  /**
   * Applies a server-side change to the live document (loading it if needed).
   * It is stored and broadcast like a client update; resolves after the commit.
   * `author` is the user it is made for (recorded as the writer of the entries it changes).
   */
  async change(
    timelineId: string,
    fn: (doc: Y.Doc) => void,
    author: string | null = null,
  ): Promise<void> {
    const room = await this.acquire(timelineId);
    room.holds++;
    try {
      await room.change(fn, author);
    } finally {
      room.holds--;
      this.scheduleUnload(room);
    }
  }

  /** Reads the current document (loading it if needed). */
  async read<T>(timelineId: string, fn: (doc: Y.Doc) => T): Promise<T> {
    const room = await this.acquire(timelineId);
    room.holds++;
    try {
      return fn(room.doc);
    } finally {
      room.holds--;
      this.scheduleUnload(room);
    }
  }

  /**
   * Closes a deleted timeline's sockets (code 4404) and drops its room. For a
   * minute the id refuses connections, and updates still in flight when it
   * was deleted are removed from the log again.
   */
  async closeTimeline(timelineId: string, reason = "deleted"): Promise<void> {
    this.tombstones.set(timelineId, Date.now() + TOMBSTONE_MS);
    this.deps.summaries.discard(timelineId);
    this.deps.writers.discard(timelineId);
    // Callers may not await this: it logs its failures instead of rejecting.
    try {
      const room =
        this.rooms.get(timelineId) ?? (await this.loading.get(timelineId)?.catch(() => undefined));
      if (!room) return;
      this.deps.log.info(
        { timelineId, reason, connections: room.connections.size },
        "closing timeline",
      );
      room.closeConnections(CloseCode.timelineDeleted);
      await room.settled();
      if (this.rooms.get(timelineId) === room) this.rooms.delete(timelineId);
      room.destroy();
      if (!(await timelineExists(this.deps.db, timelineId)))
        await deleteDocumentData(this.deps.db, timelineId);
    } catch (error) {
      this.deps.log.error({ err: error, timelineId }, "could not close the timeline");
    }
  }

  /** Stores everything pending and writes every summary (shutdown). */
  async shutdown(): Promise<void> {
    for (const room of this.rooms.values()) room.closeConnections(CloseCode.goingAway);
    await Promise.all([...this.rooms.values()].map((room) => room.settled()));
    await Promise.all([...this.unloads]);
    await this.deps.updateLog.flush();
    await this.deps.summaries.flushAll();
    await this.deps.writers.flushAll();
    // Leave every document compacted, so the next start loads a snapshot, not a log.
    for (const room of this.rooms.values()) if (room.tail > 0) this.deps.compactor.request(room.id);
    await this.deps.compactor.idle();
    for (const room of this.rooms.values()) room.destroy();
    this.rooms.clear();
  }

  /** The live room, if loaded (tests and metrics). */
  loaded(timelineId: string): Room | undefined {
    return this.rooms.get(timelineId);
  }

  private isTombstoned(timelineId: string): boolean {
    const until = this.tombstones.get(timelineId);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    this.tombstones.delete(timelineId);
    return false;
  }

  private acquire(timelineId: string): Promise<Room> {
    const room = this.rooms.get(timelineId);
    if (room) return Promise.resolve(room);
    const pending = this.loading.get(timelineId);
    if (pending) return pending;
    const load = this.load(timelineId).finally(() => this.loading.delete(timelineId));
    this.loading.set(timelineId, load);
    return load;
  }

  private async load(timelineId: string): Promise<Room> {
    if (!(await this.exists(timelineId))) throw new TimelineNotFoundError(timelineId);
    const { db, log } = this.deps;
    const room = new Room(timelineId, this.deps);
    const started = performance.now();
    room.tail = await loadDocument(db, timelineId, room.doc, log);
    log.debug(
      { timelineId, tail: room.tail, ms: Math.round(performance.now() - started) },
      "loaded timeline",
    );
    this.rooms.set(timelineId, room);
    return room;
  }

  /** Unloads the room once idle; shutdown waits for unloads under way. */
  private scheduleUnload(room: Room): void {
    const unload = this.unloadIfIdle(room)
      .catch((error) => this.deps.log.error({ err: error, timelineId: room.id }, "unload failed"))
      .finally(() => this.unloads.delete(unload));
    this.unloads.add(unload);
  }

  private async unloadIfIdle(room: Room): Promise<void> {
    if (!room.idle || room.closed || this.rooms.get(room.id) !== room) return;
    await room.settled();
    await this.deps.summaries.flush(room.id);
    await this.deps.writers.flush(room.id);
    // Someone may have joined while we waited; the check and the removal are synchronous.
    if (!room.idle || room.closed || this.rooms.get(room.id) !== room) return;
    this.rooms.delete(room.id);
    room.destroy();
    if (room.tail > 0) this.deps.compactor.request(room.id);
    this.deps.log.debug({ timelineId: room.id }, "unloaded timeline");
  }
}
