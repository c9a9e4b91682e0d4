/**
 * Releases and public addresses. Only server/publish writes them, after its
 * checks; the public pages read them without any session.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Release, ReleaseKind, ReleaseSummary } from "../../lib/publish/release";
import type { Db } from "../client";
import { publications, releases, slugRedirects } from "../schema";
import { withoutNul } from "./jsonSafe";

export type { ReleaseSummary };

export type PublicAddress =
  | { kind: "published"; timelineId: string; slug: string }
  | { kind: "unpublished"; timelineId: string; slug: string }
  | { kind: "moved"; timelineId: string; slug: string }
  | { kind: "unknown" };

/** What a public slug points at: a live publication, an unpublished one, an old slug, or nothing. */
export async function resolveSlug(db: Db, slug: string): Promise<PublicAddress> {
  const [current] = await db
    .select()
    .from(publications)
    .where(eq(publications.slug, slug))
    .limit(1);
  if (current)
    return {
      kind: current.unpublishedAt ? "unpublished" : "published",
      timelineId: current.timelineId,
      slug: current.slug,
    };
  const [old] = await db
    .select({ timelineId: publications.timelineId, slug: publications.slug })
    .from(slugRedirects)
    .innerJoin(publications, eq(publications.timelineId, slugRedirects.timelineId))
    .where(eq(slugRedirects.slug, slug))
    .limit(1);
  return old ? { kind: "moved", ...old } : { kind: "unknown" };
}

export async function publicationOf(db: Db, timelineId: string) {
  const [row] = await db
    .select()
    .from(publications)
    .where(eq(publications.timelineId, timelineId))
    .limit(1);
  return row;
}

/** Whether a slug is free for this timeline (not another timeline's, current or old). */
export async function slugAvailable(db: Db, slug: string, timelineId: string): Promise<boolean> {
  const [current] = await db
    .select({ timelineId: publications.timelineId })
    .from(publications)
    .where(eq(publications.slug, slug))
    .limit(1);
  if (current && current.timelineId !== timelineId) return false;
  const [old] = await db
    .select({ timelineId: slugRedirects.timelineId })
    .from(slugRedirects)
    .where(eq(slugRedirects.slug, slug))
    .limit(1);
  return !old || old.timelineId === timelineId;
}

export async function releaseContent(
  db: Db,
  timelineId: string,
  number?: number,
): Promise<Release | undefined> {
  const [row] = await db
    .select({ content: releases.content })
    .from(releases)
    .where(
      number === undefined
        ? eq(releases.timelineId, timelineId)
        : and(eq(releases.timelineId, timelineId), eq(releases.number, number)),
    )
    .orderBy(desc(releases.number))
    .limit(1);
  return row?.content;
}

/**
 * Every release of a timeline, newest first: the changelog. Reads three
 * fields of each release's JSON in the database, not the whole document
 * (a release of 5,000 entries is megabytes, and the latest public page
 * lists every release).
 */
export async function releaseSummaries(db: Db, timelineId: string): Promise<ReleaseSummary[]> {
  const rows = await db
    .select({
      number: releases.number,
      kind: releases.kind,
      note: releases.note,
      publishedAt: sql<string>`${releases.content}->>'publishedAt'`,
      publishedBy: sql<string>`${releases.content}->>'publishedBy'`,
      entryCount: sql<number>`jsonb_array_length(${releases.content}->'entries')`,
      overrideReason: releases.overrideReason,
    })
    .from(releases)
    .where(eq(releases.timelineId, timelineId))
    .orderBy(desc(releases.number));
  return rows.map((row) => ({
    number: row.number,
    kind: row.kind as ReleaseKind,
    note: row.note,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
    entryCount: Number(row.entryCount),
    overrideReason: row.overrideReason,
  }));
}

export async function latestReleaseNumber(db: Db, timelineId: string): Promise<number> {
  const [row] = await db
    .select({ number: releases.number })
    .from(releases)
    .where(eq(releases.timelineId, timelineId))
    .orderBy(desc(releases.number))
    .limit(1);
  return row?.number ?? 0;
}

/**
 * Stores a release and makes the timeline public under `slug` (kept if it
 * already has one), in one transaction. Fails on the unique (timeline,
 * number) when another writer took the number.
 */
export async function insertRelease(
  db: Db,
  row: {
    id: string;
    timelineId: string;
    number: number;
    kind: ReleaseKind;
    note: string;
    content: Release;
    createdBy: string;
    overrideReason: string | null;
    checklist: unknown[];
  },
  slug: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(releases).values(withoutNul(row));
    await tx
      .insert(publications)
      .values({ timelineId: row.timelineId, slug })
      .onConflictDoUpdate({ target: publications.timelineId, set: { unpublishedAt: null } });
  });
}

export async function setUnpublished(db: Db, timelineId: string, unpublished: boolean) {
  await db
    .update(publications)
    .set({ unpublishedAt: unpublished ? new Date() : null })
    .where(eq(publications.timelineId, timelineId));
}

/** Moves a timeline to a new slug; its old one redirects from then on. */
export async function changeSlug(db: Db, timelineId: string, slug: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ slug: publications.slug })
      .from(publications)
      .where(eq(publications.timelineId, timelineId))
      .limit(1);
    if (!current || current.slug === slug) return;
    await tx.delete(slugRedirects).where(eq(slugRedirects.slug, slug));
    await tx.update(publications).set({ slug }).where(eq(publications.timelineId, timelineId));
    await tx.insert(slugRedirects).values({ slug: current.slug, timelineId }).onConflictDoNothing();
  });
}
