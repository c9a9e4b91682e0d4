import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { docSnapshots, docUpdates } from "../schema";

export type NewDocUpdate = { docId: string; data: Uint8Array; author?: string | null };

/** What a document is stored as: its latest snapshot, then the log rows after it. */
export type StoredDocument = {
  snapshot: { seq: number; data: Uint8Array } | undefined;
  updates: { seq: number; data: Uint8Array }[];
};

/**
 * Appends updates in one INSERT (one commit), as three array parameters
 * whatever the batch size: cheaper to build and parse than a VALUES list,
 * and far from PostgreSQL's parameter limit. Rows are numbered in the order
 * given, so each document's updates keep their arrival order.
 */
export async function appendDocUpdates(db: Db, rows: NewDocUpdate[]): Promise<void> {
  if (rows.length === 0) return;
  const docIds = rows.map((row) => row.docId);
  // node-postgres encodes Buffers (not plain Uint8Arrays) inside arrays as bytea.
  const data = rows.map((row) =>
    Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength),
  );
  const authors = rows.map((row) => row.author ?? null);
  await db.execute(
    sql`insert into ${docUpdates} (doc_id, data, author)
        select u.doc_id, u.data, u.author from unnest(${sql.param(docIds)}::text[], ${sql.param(data)}::bytea[], ${sql.param(authors)}::text[])
        with ordinality as u(doc_id, data, author, n) order by n`,
  );
}

/**
 * Reads the snapshot and every log row not yet compacted into it. Compaction
 * deletes exactly the rows it merged, so whatever remains belongs to the tail,
 * even a row with a lower seq that another instance committed late. Both
 * reads run in one repeatable-read transaction: read apart, a compaction
 * committing between them would hide its rows from both.
 */
export async function readStoredDocument(db: Db, docId: string): Promise<StoredDocument> {
  return db.transaction(
    async (tx) => {
      const snapshots = await tx
        .select({ seq: docSnapshots.seq, data: docSnapshots.data })
        .from(docSnapshots)
        .where(eq(docSnapshots.docId, docId))
        .limit(1);
      const updates = await tx
        .select({ seq: docUpdates.seq, data: docUpdates.data })
        .from(docUpdates)
        .where(eq(docUpdates.docId, docId))
        .orderBy(asc(docUpdates.seq));
      return { snapshot: snapshots[0], updates };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

export async function countDocUpdates(db: Db, docId: string): Promise<number> {
  const rows = await db.select({ n: count() }).from(docUpdates).where(eq(docUpdates.docId, docId));
  return Number(rows[0]?.n ?? 0);
}

export type CompactionResult =
  | { compacted: false; reason: "locked" | "nothing_to_do" }
  | { compacted: true; merged: number; seq: number; bytes: number };

/**
 * Merges the snapshot and up to `limit` log rows into a new snapshot and
 * deletes those rows, in one transaction. A per-document advisory lock makes
 * a second instance (or a second call) skip instead of compacting twice.
 */
export async function compactDocument(
  db: Db,
  params: { docId: string; limit: number; merge: (updates: Uint8Array[]) => Uint8Array },
): Promise<CompactionResult> {
  return db.transaction(async (tx) => {
    // Both drivers return `{ rows }`; the shared handle types the result loosely.
    const lock = (await tx.execute(
      sql`select pg_try_advisory_xact_lock(hashtextextended(${`doc:${params.docId}`}, 0)) as locked`,
    )) as unknown as { rows: { locked: boolean }[] };
    if (!lock.rows[0]?.locked) return { compacted: false, reason: "locked" } as const;
    const [snapshot] = await tx
      .select({ seq: docSnapshots.seq, data: docSnapshots.data })
      .from(docSnapshots)
      .where(eq(docSnapshots.docId, params.docId))
      .limit(1);
    const rows = await tx
      .select({ seq: docUpdates.seq, data: docUpdates.data })
      .from(docUpdates)
      .where(eq(docUpdates.docId, params.docId))
      .orderBy(asc(docUpdates.seq))
      .limit(params.limit);
    if (rows.length === 0) return { compacted: false, reason: "nothing_to_do" } as const;
    const parts = snapshot
      ? [snapshot.data, ...rows.map((row) => row.data)]
      : rows.map((row) => row.data);
    const data = params.merge(parts);
    const seq = Math.max(snapshot?.seq ?? 0, rows[rows.length - 1].seq);
    await tx
      .insert(docSnapshots)
      .values({ docId: params.docId, seq, data })
      .onConflictDoUpdate({
        target: docSnapshots.docId,
        set: { seq, data, createdAt: new Date() },
      });
    await tx.delete(docUpdates).where(
      and(
        eq(docUpdates.docId, params.docId),
        inArray(
          docUpdates.seq,
          rows.map((row) => row.seq),
        ),
      ),
    );
    return { compacted: true, merged: rows.length, seq, bytes: data.byteLength } as const;
  });
}

/** Removes a document's log and snapshot (its timeline row is gone). */
export async function deleteDocumentData(db: Db, docId: string): Promise<void> {
  await db.delete(docUpdates).where(eq(docUpdates.docId, docId));
  await db.delete(docSnapshots).where(eq(docSnapshots.docId, docId));
}
