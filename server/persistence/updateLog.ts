import type pino from "pino";
import type { Db } from "../../db/client";
import { appendDocUpdates, type NewDocUpdate } from "../../db/queries/documents";

type Pending = { row: NewDocUpdate; resolve: () => void; reject: (error: unknown) => void };

/** At most this many rows per INSERT (3 parameters a row, far below PostgreSQL's 65,535). */
const MAX_BATCH_ROWS = 1000;

export class UpdateLogError extends Error {
  readonly code = "update_log_failed";
  constructor(cause: unknown) {
    super(`Could not store updates: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = "UpdateLogError";
  }
}

/**
 * The append side of `doc_updates`, with group commit. `append` resolves once
 * the update is committed; callers relay it only then.
 *
 * Batching: when idle, a commit starts on the next turn of the event loop
 * (`setImmediate`), so everything that arrived in the same I/O phase shares
 * one INSERT; while an INSERT runs, every update that arrives waits and goes
 * into the next one. Under load batches grow by themselves, and a lone
 * keystroke never waits for a timer. Batches commit one after another, so
 * each document's rows keep their arrival order.
 */
export class UpdateLog {
  private queue: Pending[] = [];
  private running = false;
  private scheduled = false;
  private idleWaiters: (() => void)[] = [];
  readonly stats = { batches: 0, rows: 0, lastBatchRows: 0, lastCommitMs: 0 };

  constructor(
    private readonly db: Db,
    private readonly log: pino.Logger,
  ) {}

  append(docId: string, data: Uint8Array, author?: string | null): Promise<void> {
    return new Promise((resolve, reject) => {
      // Copy: the bytes may be a view into a larger network buffer.
      this.queue.push({ row: { docId, data: data.slice(), author }, resolve, reject });
      if (!this.running && !this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  /** Resolves when every update appended so far has been committed or failed. */
  flush(): Promise<void> {
    if (!this.running && !this.scheduled && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    this.scheduled = false;
    this.running = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH_ROWS);
      const started = performance.now();
      try {
        await appendDocUpdates(
          this.db,
          batch.map((p) => p.row),
        );
        this.stats.batches++;
        this.stats.rows += batch.length;
        this.stats.lastBatchRows = batch.length;
        this.stats.lastCommitMs = performance.now() - started;
        for (const p of batch) p.resolve();
      } catch (cause) {
        const error = new UpdateLogError(cause);
        this.log.error({ err: cause, rows: batch.length }, "update log commit failed");
        for (const p of batch) p.reject(error);
      }
    }
    this.running = false;
    const waiters = this.idleWaiters.splice(0);
    for (const resolve of waiters) resolve();
  }
}
