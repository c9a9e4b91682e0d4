/**
 * Releases for the public-page suites, written straight to the database
 * before the server starts (PGlite allows one process): the demo timeline
 * approved and published as release 1, then corrected as release 2, and a
 * timeline whose content is an XSS corpus (tests/browser/xss-corpus.ts).
 */
import { randomUUID } from "node:crypto";
import * as Y from "yjs";
import type { Db } from "../../db/client";
import { insertRelease, setUnpublished } from "../../db/queries/releases";
import { insertTimeline } from "../../db/queries/timelines";
import { slugRedirects } from "../../db/schema";
import { buildDemoTimeline } from "../../lib/demo";
import {
  createEntry,
  deleteEntry,
  listEntries,
  readEntryContent,
  updateEntry,
} from "../../lib/document";
import { buildRelease } from "../../lib/publish/build";
import type { Release, ReleaseKind } from "../../lib/publish/release";
import { entryHash } from "../../lib/review/hash";
import type { ReviewDTO } from "../../lib/review/protocol";
import { seedMember } from "../helpers/members";

const REVIEWER = { id: "reviewer", name: "Rei Reviewer", color: "#0f766e" };

/** Every live entry approved as it is now: what a timeline looks like after a full review. */
export function approveAll(doc: Y.Doc): Map<string, ReviewDTO> {
  const at = "2025-11-30T10:00:00.000Z";
  const reviews = new Map<string, ReviewDTO>();
  for (const entry of listEntries(doc)) {
    const content = readEntryContent(doc, entry.id);
    const hash = entryHash(doc, entry.id);
    if (!content || !hash) continue;
    reviews.set(entry.id, {
      entryId: entry.id,
      state: "approved",
      assignee: null,
      note: "",
      updatedBy: REVIEWER,
      updatedAt: at,
      approval: { hash, content, by: REVIEWER, at },
    });
  }
  return reviews;
}

/** The release of everything in `doc`, as publishing would build it. */
export function releaseOf(
  doc: Y.Doc,
  meta: { timelineId: string; number: number; kind: ReleaseKind; note?: string; at: string },
): Release {
  return buildRelease(doc, approveAll(doc), {
    timelineId: meta.timelineId,
    number: meta.number,
    kind: meta.kind,
    note: meta.note ?? "",
    publishedAt: meta.at,
    publishedBy: "Olga Owner",
  }).release;
}

export interface DemoReleases {
  first: Release;
  second: Release;
  /** Entries release 2 added, changed and removed. */
  added: string;
  changed: string;
  removed: string;
}

export const CORRECTION_NOTE =
  "Corrected the opening date of the London talks and withdrew an entry that misread its source.";

/** The demo timeline as release 1, and release 2 correcting it. */
export function demoReleases(timelineId: string): DemoReleases {
  const doc = new Y.Doc();
  buildDemoTimeline(doc);
  const first = releaseOf(doc, {
    timelineId,
    number: 1,
    kind: "first",
    note: "The first public release, after review of every entry.",
    at: "2025-12-01T09:00:00.000Z",
  });
  const entries = listEntries(doc);
  const changed = entries.find((entry) => entry.when.startsWith("1955-06")) ?? entries[3];
  const removed = entries[entries.length - 1];
  updateEntry(doc, changed.id, { title: `${changed.title} (corrected)` });
  deleteEntry(doc, removed.id);
  const added = createEntry(doc, {
    title: "Archive note on the talks' first session",
    when: "1955-06-07",
    laneId: changed.laneId,
    body: [{ type: "paragraph", runs: [{ text: "A later summary of the first session." }] }],
  });
  const second = releaseOf(doc, {
    timelineId,
    number: 2,
    kind: "correction",
    note: CORRECTION_NOTE,
    at: "2025-12-05T15:30:00.000Z",
  });
  return { first, second, added, changed: changed.id, removed: removed.id };
}

/** A timeline row and its releases; `slug` becomes its public address. */
export async function publishReleases(
  db: Db,
  params: { timelineId: string; slug: string; releases: Release[]; ownerId: string },
): Promise<void> {
  await insertTimeline(db, { id: params.timelineId, title: params.releases[0].timeline.title });
  for (const release of params.releases) {
    await insertRelease(
      db,
      {
        id: randomUUID(),
        timelineId: params.timelineId,
        number: release.number,
        kind: release.kind,
        note: release.note,
        content: release,
        createdBy: params.ownerId,
        overrideReason: null,
        checklist: [],
      },
      params.slug,
    );
  }
}

/** An owner for `created_by`; also a member who can sign in (for the editor page). */
export async function seedOwner(db: Db) {
  return seedMember(db, { name: "Olga Owner", role: "owner", timelineIds: [], password: true });
}

export async function addOldSlug(db: Db, slug: string, timelineId: string): Promise<void> {
  await db.insert(slugRedirects).values({ slug, timelineId });
}

export { setUnpublished };
