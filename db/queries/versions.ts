/**
 * Version rows: a chain of deflated Yjs deltas with periodic keyframes (see
 * db/schema/versions.ts). server/versions owns encoding; these functions
 * only move rows.
 */
import { and, asc, desc, eq, gte, lte, sql } from "drizzle-orm";
import type { VersionDTO, VersionKind } from "../../lib/versions/protocol";
import type { Db } from "../client";
import { versions } from "../schema";
import { formerMember, people } from "./people";

type VersionRow = typeof versions.$inferSelect;
type Listed = Omit<VersionRow, "data" | "stateVector">;

const listed = {
  id: versions.id,
  timelineId: versions.timelineId,
  number: versions.number,
  name: versions.name,
  kind: versions.kind,
  createdBy: versions.createdBy,
  createdAt: versions.createdAt,
  entryCount: versions.entryCount,
  keyframe: versions.keyframe,
};

async function toDTOs(db: Db, rows: Listed[]): Promise<VersionDTO[]> {
  const who = await people(
    db,
    rows.flatMap((row) => (row.createdBy ? [row.createdBy] : [])),
  );
  return rows.map((row) => ({
    number: row.number,
    name: row.name,
    kind: row.kind as VersionKind,
    createdBy: row.createdBy ? (who.get(row.createdBy) ?? formerMember(row.createdBy)) : null,
    createdAt: row.createdAt.toISOString(),
    entryCount: row.entryCount,
  }));
}

/** Newest first. */
export async function listVersions(db: Db, timelineId: string): Promise<VersionDTO[]> {
  const rows = await db
    .select(listed)
    .from(versions)
    .where(eq(versions.timelineId, timelineId))
    .orderBy(desc(versions.number))
    .limit(1000);
  return toDTOs(db, rows);
}

export async function versionDTO(
  db: Db,
  timelineId: string,
  number: number,
): Promise<VersionDTO | undefined> {
  const rows = await db
    .select(listed)
    .from(versions)
    .where(and(eq(versions.timelineId, timelineId), eq(versions.number, number)))
    .limit(1);
  return (await toDTOs(db, rows))[0];
}

/** The newest version's number, state vector and distance from its keyframe. */
export async function latestVersion(
  db: Db,
  timelineId: string,
): Promise<
  { number: number; stateVector: Uint8Array; createdAt: Date; sinceKeyframe: number } | undefined
> {
  const rows = await db
    .select({
      number: versions.number,
      stateVector: versions.stateVector,
      createdAt: versions.createdAt,
      keyframe: versions.keyframe,
    })
    .from(versions)
    .where(eq(versions.timelineId, timelineId))
    .orderBy(desc(versions.number))
    .limit(1);
  const latest = rows[0];
  if (!latest) return undefined;
  const keyframes = await db
    .select({ number: versions.number })
    .from(versions)
    .where(and(eq(versions.timelineId, timelineId), eq(versions.keyframe, true)))
    .orderBy(desc(versions.number))
    .limit(1);
  return {
    number: latest.number,
    stateVector: latest.stateVector,
    createdAt: latest.createdAt,
    sinceKeyframe: latest.number - (keyframes[0]?.number ?? latest.number),
  };
}

/** Inserts a version; fails on the unique (timeline, number) when another writer took it. */
export async function insertVersion(db: Db, row: Omit<VersionRow, "createdAt">): Promise<void> {
  await db.insert(versions).values(row);
}

/** The rows that make up version `number`: its nearest keyframe and every delta after it, in order. */
export async function versionChain(
  db: Db,
  timelineId: string,
  number: number,
): Promise<{ keyframe: boolean; data: Uint8Array }[]> {
  const keyframes = await db
    .select({ number: versions.number })
    .from(versions)
    .where(
      and(
        eq(versions.timelineId, timelineId),
        eq(versions.keyframe, true),
        lte(versions.number, number),
      ),
    )
    .orderBy(desc(versions.number))
    .limit(1);
  const from = keyframes[0]?.number;
  if (from === undefined) return [];
  return db
    .select({ keyframe: versions.keyframe, data: versions.data })
    .from(versions)
    .where(
      and(
        eq(versions.timelineId, timelineId),
        gte(versions.number, from),
        lte(versions.number, number),
      ),
    )
    .orderBy(asc(versions.number));
}

/** The versions table's size on disk (rows, TOAST, indexes), and one timeline's stored payload. */
export async function versionStorageBytes(
  db: Db,
  timelineId: string,
): Promise<{ tableBytes: number; payloadBytes: number }> {
  const result = (await db.execute(
    sql`select pg_total_relation_size('versions')::bigint as table_bytes,
               coalesce(sum(octet_length(data) + octet_length(state_vector)), 0)::bigint as payload_bytes
        from versions where timeline_id = ${timelineId}`,
  )) as unknown as { rows: { table_bytes: string | number; payload_bytes: string | number }[] };
  const row = result.rows[0];
  return {
    tableBytes: Number(row?.table_bytes ?? 0),
    payloadBytes: Number(row?.payload_bytes ?? 0),
  };
}
