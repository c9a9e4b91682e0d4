import type pino from "pino";
import type { Db } from "../../db/client";
import { type EntryWrite, entryWriter, recordEntryWriters } from "../../db/queries/reviews";

/** How long after the first unrecorded write the writers are stored. */
const WRITE_AFTER_MS = 1000;

/**
 * Remembers who last changed each entry (`entry_writers`), for the four-eyes
 * rule. The room reports every stored change with its author; this batches
 * them per timeline (the latest writer per entry wins) and stores them a
 * second later, on `flush`, and before `lastWriter` answers, so a reader on
 * this process never misses a write.
 */
export class EntryWriters {
  private pending = new Map<string, { writes: Map<string, EntryWrite>; timer: NodeJS.Timeout }>();
  private writing = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly log: pino.Logger,
  ) {}

  wrote(timelineId: string, entryIds: Iterable<string>, userId: string): void {
    let batch = this.pending.get(timelineId);
    if (!batch) {
      const timer = setTimeout(() => void this.flush(timelineId), WRITE_AFTER_MS);
      timer.unref();
      batch = { writes: new Map(), timer };
      this.pending.set(timelineId, batch);
    }
    const writtenAt = new Date();
    for (const entryId of entryIds)
      batch.writes.set(entryId, { timelineId, entryId, userId, writtenAt });
  }

  /** Stores the timeline's pending writers, after any store already under way. */
  flush(timelineId: string): Promise<void> {
    const batch = this.pending.get(timelineId);
    const previous = this.writing.get(timelineId) ?? Promise.resolve();
    if (!batch) return previous;
    clearTimeout(batch.timer);
    this.pending.delete(timelineId);
    const write = previous
      .then(() => recordEntryWriters(this.db, [...batch.writes.values()]))
      .catch((error) =>
        this.log.error({ err: error, timelineId }, "could not record who changed entries"),
      )
      .finally(() => {
        if (this.writing.get(timelineId) === write) this.writing.delete(timelineId);
      });
    this.writing.set(timelineId, write);
    return write;
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((id) => this.flush(id)));
    await Promise.all([...this.writing.values()]);
  }

  /** The user who last changed the entry, or null when nobody did (or only the server). */
  async lastWriter(timelineId: string, entryId: string): Promise<string | null> {
    const pending = this.pending.get(timelineId)?.writes.get(entryId);
    if (pending) return pending.userId;
    await this.flush(timelineId);
    return entryWriter(this.db, timelineId, entryId);
  }

  discard(timelineId: string): void {
    const batch = this.pending.get(timelineId);
    if (batch) clearTimeout(batch.timer);
    this.pending.delete(timelineId);
  }
}
