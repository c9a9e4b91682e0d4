import type pino from "pino";
import type { Db } from "../../db/client";
import { updateTimelineSummary } from "../../db/queries/timelines";

export type TimelineSummary = { title: string; entryCount: number };

/** How long after the first unsaved change the summary is written. */
const WRITE_AFTER_MS = 1000;

type Dirty = { read: () => TimelineSummary; changedAt: Date; timer: NodeJS.Timeout };

/**
 * Keeps `timelines.title`, `entry_count` and `updated_at` in step with the
 * documents: written a second after the first unsaved change (so at most once
 * a second per timeline, however fast it is edited), and at once on `flush`
 * (room unload, shutdown). Marking a change is O(1) with no timer churn.
 */
export class SummaryWriter {
  private dirty = new Map<string, Dirty>();
  private writing = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly log: pino.Logger,
  ) {}

  /** Marks a timeline changed; `read` is called when the summary is written. */
  changed(id: string, read: () => TimelineSummary): void {
    const existing = this.dirty.get(id);
    if (existing) {
      existing.read = read;
      existing.changedAt = new Date();
      return;
    }
    const timer = setTimeout(() => void this.flush(id), WRITE_AFTER_MS);
    timer.unref();
    this.dirty.set(id, { read, changedAt: new Date(), timer });
  }

  /** Writes a timeline's summary now, if it changed. */
  flush(id: string): Promise<void> {
    const entry = this.dirty.get(id);
    if (!entry) return Promise.resolve();
    clearTimeout(entry.timer);
    this.dirty.delete(id);
    const write = this.write(id, entry).finally(() => this.writing.delete(write));
    this.writing.add(write);
    return write;
  }

  private async write(id: string, entry: Dirty): Promise<void> {
    try {
      const summary = entry.read();
      await updateTimelineSummary(this.db, { id, ...summary, updatedAt: entry.changedAt });
    } catch (error) {
      this.log.error({ err: error, timelineId: id }, "could not write the timeline summary");
    }
  }

  /** Forgets pending writes for a deleted timeline. */
  discard(id: string): void {
    const entry = this.dirty.get(id);
    if (entry) clearTimeout(entry.timer);
    this.dirty.delete(id);
  }

  /** Writes every pending summary and waits for writes already under way. */
  async flushAll(): Promise<void> {
    for (const id of [...this.dirty.keys()]) void this.flush(id);
    await Promise.all([...this.writing]);
  }
}
