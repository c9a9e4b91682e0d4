import type pino from "pino";
import * as Y from "yjs";
import type { Db } from "../../db/client";
import {
  type CompactionResult,
  compactDocument,
  readStoredDocument,
} from "../../db/queries/documents";

/** Rows merged per compaction transaction (bounded so one pass stays short). */
const COMPACTION_BATCH = 2000;

/**
 * Merges updates into the state of a fresh document and re-encodes it. Unlike
 * `Y.mergeUpdates` this drops deleted content, so a snapshot's size follows
 * the document, not its editing history.
 */
export function mergeIntoState(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Loads a document into `doc`: the latest snapshot, then the log rows after it.
 * Returns how many log rows there were (the tail compaction would merge).
 * A row that fails to apply is logged and skipped rather than making the
 * whole document unloadable.
 */
export async function loadDocument(
  db: Db,
  docId: string,
  doc: Y.Doc,
  log: pino.Logger,
): Promise<number> {
  const stored = await readStoredDocument(db, docId);
  const parts = stored.snapshot
    ? [stored.snapshot.data, ...stored.updates.map((u) => u.data)]
    : stored.updates.map((u) => u.data);
  if (parts.length === 0) return 0;
  try {
    Y.applyUpdate(doc, parts.length === 1 ? parts[0] : Y.mergeUpdates(parts));
  } catch (error) {
    log.error({ err: error, docId }, "stored updates do not merge; applying them one by one");
    for (const part of parts) {
      try {
        Y.applyUpdate(doc, part);
      } catch (partError) {
        log.error({ err: partError, docId }, "skipping a stored update that does not apply");
      }
    }
  }
  return stored.updates.length;
}

/**
 * Background compaction, one document at a time so it never competes with
 * itself for the database. `request` is idempotent while a run is queued.
 */
export class Compactor {
  private queue = new Set<string>();
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly log: pino.Logger,
  ) {}

  request(docId: string): void {
    this.queue.add(docId);
    if (!this.running) this.running = this.run().finally(() => (this.running = null));
  }

  /** Compacts one document now (used by tests and on shutdown). */
  async compact(docId: string): Promise<CompactionResult> {
    let result: CompactionResult;
    let merged = 0;
    do {
      const started = performance.now();
      result = await compactDocument(this.db, {
        docId,
        limit: COMPACTION_BATCH,
        merge: mergeIntoState,
      });
      if (result.compacted) {
        merged += result.merged;
        this.log.debug(
          { docId, ...result, ms: Math.round(performance.now() - started) },
          "compacted",
        );
      }
    } while (result.compacted && result.merged === COMPACTION_BATCH);
    return result.compacted ? { ...result, merged } : result;
  }

  /** Resolves when no compaction is running or queued. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    while (this.queue.size > 0) {
      const docId = this.queue.values().next().value as string;
      this.queue.delete(docId);
      try {
        await this.compact(docId);
      } catch (error) {
        this.log.error({ err: error, docId }, "compaction failed");
      }
      // Yield between documents so relaying never waits behind a long queue.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
