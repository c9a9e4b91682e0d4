/**
 * Publishing, decided by the server: only owners publish, the release is
 * built here from the live document and the stored reviews (each approved
 * entry exactly as approved), the pre-publish checklist is computed here too
 * and blocks the release unless the owner overrides it with a recorded
 * reason, and an automatic version is saved with every release. Releases
 * are numbered and never changed; unpublishing only hides them (410).
 */
import { randomUUID } from "node:crypto";
import type pino from "pino";
import { z } from "zod";
import type { Db } from "../../db/client";
import { listThreads } from "../../db/queries/discussion";
import { people } from "../../db/queries/people";
import * as q from "../../db/queries/releases";
import { listReviews } from "../../db/queries/reviews";
import { getTimeline } from "../../db/queries/timelines";
import type { Action } from "../../lib/auth/roles";
import { buildRelease, type LeftOut } from "../../lib/publish/build";
import { type ChecklistItem, hasBlocking, publishChecklist } from "../../lib/publish/checklist";
import {
  type PublicationState,
  PublishSchema,
  type Release,
  SlugSchema,
  slugFromTitle,
} from "../../lib/publish/release";
import { audit } from "../audit";
import type { RoomRegistry } from "../collab/registry";
import { keyedSerial } from "../discussion/service";
import { ServiceProblem } from "../problem";
import { requireRole as requireRoleOf } from "../requireRole";
import { parseInput } from "../validate";
import type { Versions } from "../versions/service";

export interface PublishDeps {
  db: Db;
  rooms: RoomRegistry;
  versions: Versions;
  log: pino.Logger;
}

export interface Preview {
  items: ChecklistItem[];
  leftOut: LeftOut[];
  /** Entries the release would hold. */
  entryCount: number;
  blocking: boolean;
  /** The number the next release will take. */
  nextNumber: number;
}

const WORDS: Partial<Record<Action, string>> = {
  read: "read this timeline",
  edit: "see the publishing checklist",
  publish: "publish this timeline",
};

export function createPublishing(deps: PublishDeps) {
  const { db, rooms, log } = deps;
  /** One publish (or slug change) per timeline at a time on this process. */
  const serial = keyedSerial();

  const requireRole = (timelineId: string, userId: string, action: Action) =>
    requireRoleOf(db, timelineId, userId, action, WORDS);

  const displayName = async (userId: string) =>
    (await people(db, [userId])).get(userId)?.name ?? "Former member";

  /** Builds the next release and its checklist from the live document, without storing anything. */
  async function prepare(
    timelineId: string,
    meta: { number: number; kind: Release["kind"]; note: string; publishedBy: string },
  ) {
    const [reviews, threads, row] = await Promise.all([
      listReviews(db, timelineId),
      listThreads(db, timelineId),
      getTimeline(db, timelineId),
    ]);
    const byEntry = new Map(reviews.map((review) => [review.entryId, review]));
    const publishedAt = new Date().toISOString();
    return rooms.read(timelineId, (doc) => {
      const built = buildRelease(doc, byEntry, { timelineId, publishedAt, ...meta });
      // A document whose title was never written (one created over the API) has the row's.
      if (!built.release.timeline.title && row) built.release.timeline.title = row.title;
      const items = publishChecklist({ ...built, threads, doc });
      return { ...built, items };
    });
  }

  async function freeSlug(timelineId: string, title: string): Promise<string> {
    const base = slugFromTitle(title) || "timeline";
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (await q.slugAvailable(db, slug, timelineId)) return slug;
    }
  }

  return {
    /** The publication's state and its releases (the changelog); any member may read it. */
    async state(userId: string, timelineId: string): Promise<PublicationState> {
      await requireRole(timelineId, userId, "read");
      const [publication, releases] = await Promise.all([
        q.publicationOf(db, timelineId),
        q.releaseSummaries(db, timelineId),
      ]);
      return {
        slug: publication?.slug ?? null,
        published: !!publication && !publication.unpublishedAt,
        releases,
      };
    },

    /** One release's frozen content; any member may read it, published or not. */
    async release(userId: string, timelineId: string, input: unknown): Promise<Release> {
      await requireRole(timelineId, userId, "read");
      const number = parseInput(
        z.coerce
          .number()
          .int()
          .positive()
          .max(2 ** 31 - 1),
        input,
      );
      const release = await q.releaseContent(db, timelineId, number);
      if (!release)
        throw new ServiceProblem(404, "release_not_found", `There is no release ${number}.`);
      return release;
    },

    /** What the next release would hold and what blocks it (editors and owners). */
    async preview(userId: string, timelineId: string): Promise<Preview> {
      await requireRole(timelineId, userId, "edit");
      const number = (await q.latestReleaseNumber(db, timelineId)) + 1;
      const built = await prepare(timelineId, {
        number,
        kind: number === 1 ? "first" : "update",
        note: "",
        publishedBy: await displayName(userId),
      });
      return {
        items: built.items,
        leftOut: built.leftOut,
        entryCount: built.release.entries.length,
        blocking: hasBlocking(built.items),
        nextNumber: number,
      };
    },

    /** Publishes the next release (owners). */
    async publish(
      userId: string,
      timelineId: string,
      input: unknown,
    ): Promise<{ release: q.ReleaseSummary; slug: string; items: ChecklistItem[] }> {
      await requireRole(timelineId, userId, "publish");
      const args = parseInput(PublishSchema, input);
      return serial(timelineId, async () => {
        const number = (await q.latestReleaseNumber(db, timelineId)) + 1;
        if ((number === 1) !== (args.kind === "first"))
          throw new ServiceProblem(
            422,
            "invalid_request",
            number === 1
              ? "kind: the first release of a timeline is a first release."
              : "kind: a timeline has one first release; publish an update, correction or clarification.",
          );
        const built = await prepare(timelineId, {
          number,
          kind: args.kind,
          note: args.note,
          publishedBy: await displayName(userId),
        });
        const blocking = built.items.filter((item) => item.blocking);
        if (blocking.length > 0 && !args.override)
          throw new ServiceProblem(
            409,
            "checklist_blocking",
            `${blocking.length} checklist item${blocking.length === 1 ? "" : "s"} must be fixed first, or overridden with a reason: ${blocking
              .slice(0, 3)
              .map((item) => item.message)
              .join(" ")}`,
          );
        if (built.release.entries.length === 0)
          throw new ServiceProblem(
            409,
            "nothing_approved",
            "No entry is approved yet: approve entries in review before publishing.",
          );
        await deps.versions.save(timelineId, {
          name: `Published release ${number}`,
          kind: "publication",
          createdBy: userId,
        });
        const publication = await q.publicationOf(db, timelineId);
        const slug =
          publication?.slug ?? (await freeSlug(timelineId, built.release.timeline.title));
        await q.insertRelease(
          db,
          {
            id: randomUUID(),
            timelineId,
            number,
            kind: args.kind,
            note: args.note,
            content: built.release,
            createdBy: userId,
            overrideReason: blocking.length > 0 ? (args.override ?? null) : null,
            checklist: built.items,
          },
          slug,
        );
        await audit(db, {
          actorId: userId,
          action: "release.published",
          timelineId,
          target: String(number),
          detail: {
            kind: args.kind,
            entries: built.release.entries.length,
            ...(blocking.length > 0 ? { override: args.override, blocking: blocking.length } : {}),
          },
        });
        log.info({ timelineId, release: number, kind: args.kind }, "published a release");
        const [summary] = await q.releaseSummaries(db, timelineId);
        return { release: summary, slug, items: built.items };
      });
    },

    /** Hides (or shows again) every public URL of the timeline (owners). */
    async setPublished(userId: string, timelineId: string, published: boolean): Promise<void> {
      await requireRole(timelineId, userId, "publish");
      if (!(await q.publicationOf(db, timelineId)))
        throw new ServiceProblem(409, "not_published", "This timeline has no release yet.");
      await q.setUnpublished(db, timelineId, !published);
      await audit(db, {
        actorId: userId,
        action: published ? "release.republished" : "release.unpublished",
        timelineId,
      });
    },

    /** Moves the public address; the old slug redirects (owners). */
    async changeSlug(userId: string, timelineId: string, input: unknown): Promise<string> {
      await requireRole(timelineId, userId, "publish");
      const { slug } = parseInput(z.object({ slug: SlugSchema }), input);
      return serial(timelineId, async () => {
        if (!(await q.publicationOf(db, timelineId)))
          throw new ServiceProblem(409, "not_published", "This timeline has no release yet.");
        if (!(await q.slugAvailable(db, slug, timelineId)))
          throw new ServiceProblem(409, "slug_taken", "Another timeline uses this address.");
        await q.changeSlug(db, timelineId, slug);
        return slug;
      });
    },
  };
}

export type Publishing = ReturnType<typeof createPublishing>;
