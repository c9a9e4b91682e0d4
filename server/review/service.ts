/**
 * Editorial review, decided by the server: the caller's role is checked,
 * the approved content and its hash are read from the live document here
 * (never taken from the client), the four-eyes rule is applied, and the
 * new state and its audit line are stored together before being pushed to
 * the timeline's subscribed sockets. The websocket and the HTTP routes call
 * these same functions.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client";
import { listMembers } from "../../db/queries/memberships";
import * as q from "../../db/queries/reviews";
import { type Action, can } from "../../lib/auth/roles";
import { type EntryContent, readEntryContent } from "../../lib/document";
import { contentHash } from "../../lib/review/hash";
import {
  ApproveSchema,
  AssignReviewerSchema,
  RequestChangesSchema,
  RequestReviewSchema,
  type ReviewDTO,
  type ReviewEventDTO,
  ReviewHistorySchema,
  type ReviewSettings,
  ReviewSettingsSchema,
  type ReviewState,
} from "../../lib/review/protocol";
import type { RoomRegistry } from "../collab/registry";
import { keyedSerial } from "../discussion/service";
import type { EntryWriters } from "../persistence/entryWriters";
import { ServiceProblem } from "../problem";
import { requireRole as requireRoleOf } from "../requireRole";
import { parseInput } from "../validate";

export interface ReviewDeps {
  db: Db;
  rooms: RoomRegistry;
  writers: EntryWriters;
  /** Tells the timeline's subscribed sockets about a changed review. */
  published: (timelineId: string, review: ReviewDTO) => void;
  /** Tells them about changed review settings. */
  settingsChanged: (timelineId: string, settings: ReviewSettings) => void;
}

const WORDS: Partial<Record<Action, string>> = {
  read: "read this timeline",
  edit: "ask for review",
  review: "review entries",
  manageMembers: "change review settings",
};

export function createReview(deps: ReviewDeps) {
  const { db, rooms } = deps;
  /** Actions on one entry run one at a time, so its events leave in the order they were stored. */
  const serial = keyedSerial();

  const requireRole = (timelineId: string, userId: string, action: Action) =>
    requireRoleOf(db, timelineId, userId, action, WORDS);

  /** The entry's content and hash as the live document holds them now. */
  async function current(
    timelineId: string,
    entryId: string,
  ): Promise<{ content: EntryContent; hash: string }> {
    const found = await rooms.read(timelineId, (doc) => {
      const content = readEntryContent(doc, entryId);
      return content ? { content, hash: contentHash(content) } : undefined;
    });
    if (!found) throw new ServiceProblem(404, "entry_not_found", "There is no such entry.");
    return found;
  }

  async function requireReviewer(timelineId: string, assigneeId: string): Promise<void> {
    const member = (await listMembers(db, timelineId)).find((m) => m.userId === assigneeId);
    if (!member || !can(member.role, "review"))
      throw new ServiceProblem(
        422,
        "invalid_assignee",
        "Assign someone who may review this timeline (a reviewer or an owner).",
      );
  }

  /** Stores one action and publishes the entry's new review. */
  function act(
    timelineId: string,
    entryId: string,
    write: (before: ReviewDTO | undefined) => Promise<Omit<q.ReviewWrite, "fromState">>,
  ): Promise<ReviewDTO> {
    return serial(`${timelineId}:${entryId}`, async () => {
      const before = await q.getReview(db, timelineId, entryId);
      const fromState: ReviewState = before?.state ?? "draft";
      await q.writeReview(db, { ...(await write(before)), fromState }, randomUUID());
      const review = await q.getReview(db, timelineId, entryId);
      if (!review) throw new Error(`review of ${entryId} vanished`);
      deps.published(timelineId, review);
      return review;
    });
  }

  return {
    async list(
      userId: string,
      timelineId: string,
    ): Promise<{ reviews: ReviewDTO[]; settings: ReviewSettings }> {
      await requireRole(timelineId, userId, "read");
      const [reviews, fourEyes] = await Promise.all([
        q.listReviews(db, timelineId),
        q.fourEyesSetting(db, timelineId),
      ]);
      return { reviews, settings: { fourEyes } };
    },

    async history(
      userId: string,
      timelineId: string,
      input: unknown,
    ): Promise<{ review: ReviewDTO | null; events: ReviewEventDTO[] }> {
      await requireRole(timelineId, userId, "read");
      const { entryId } = parseInput(ReviewHistorySchema, input);
      const [review, events] = await Promise.all([
        q.getReview(db, timelineId, entryId),
        q.reviewHistory(db, timelineId, entryId),
      ]);
      return { review: review ?? null, events };
    },

    /** An editor asks for review, optionally naming the reviewer. */
    async request(userId: string, timelineId: string, input: unknown): Promise<ReviewDTO> {
      await requireRole(timelineId, userId, "edit");
      const args = parseInput(RequestReviewSchema, input);
      if (args.assigneeId) await requireReviewer(timelineId, args.assigneeId);
      const { hash } = await current(timelineId, args.entryId);
      return act(timelineId, args.entryId, async (before) => ({
        timelineId,
        entryId: args.entryId,
        actorId: userId,
        action: "request",
        toState: "in_review",
        note: args.note ?? "",
        assigneeId:
          args.assigneeId === undefined ? (before?.assignee?.id ?? null) : args.assigneeId,
        contentHash: hash,
      }));
    },

    /** An editor assigns (or clears) the entry's reviewer; the state stays. */
    async assign(userId: string, timelineId: string, input: unknown): Promise<ReviewDTO> {
      await requireRole(timelineId, userId, "edit");
      const args = parseInput(AssignReviewerSchema, input);
      if (args.assigneeId) await requireReviewer(timelineId, args.assigneeId);
      await current(timelineId, args.entryId);
      return act(timelineId, args.entryId, async (before) => ({
        timelineId,
        entryId: args.entryId,
        actorId: userId,
        action: "assign",
        toState: before?.state ?? "draft",
        note: before?.note ?? "",
        assigneeId: args.assigneeId,
        contentHash: null,
      }));
    },

    /**
     * A reviewer approves the entry's current content. The hash is computed
     * here; `expectedHash` (what the reviewer looked at) must match it, and
     * under the four-eyes rule the approver must not be its latest writer.
     */
    async approve(userId: string, timelineId: string, input: unknown): Promise<ReviewDTO> {
      await requireRole(timelineId, userId, "review");
      const args = parseInput(ApproveSchema, input);
      return act(timelineId, args.entryId, async (before) => {
        const { content, hash } = await current(timelineId, args.entryId);
        if (args.expectedHash && args.expectedHash !== hash)
          throw new ServiceProblem(
            409,
            "content_changed",
            "The entry changed while you were reviewing it. Look at it again, then approve.",
          );
        if (await q.fourEyesSetting(db, timelineId)) {
          const writer = await deps.writers.lastWriter(timelineId, args.entryId);
          if (writer === userId)
            throw new ServiceProblem(
              403,
              "four_eyes",
              "You wrote the latest change to this entry; under the four-eyes rule someone else must approve it.",
            );
        }
        return {
          timelineId,
          entryId: args.entryId,
          actorId: userId,
          action: "approve",
          toState: "approved",
          note: args.note ?? "",
          assigneeId: before?.assignee?.id ?? null,
          contentHash: hash,
          approval: { hash, content },
        };
      });
    },

    /** A reviewer sends the entry back, saying what should change. */
    async requestChanges(userId: string, timelineId: string, input: unknown): Promise<ReviewDTO> {
      await requireRole(timelineId, userId, "review");
      const args = parseInput(RequestChangesSchema, input);
      const { hash } = await current(timelineId, args.entryId);
      return act(timelineId, args.entryId, async (before) => ({
        timelineId,
        entryId: args.entryId,
        actorId: userId,
        action: "request_changes",
        toState: "changes_requested",
        note: args.note,
        assigneeId: before?.assignee?.id ?? null,
        contentHash: hash,
      }));
    },

    /** Owners turn the four-eyes rule on or off. */
    async setSettings(userId: string, timelineId: string, input: unknown): Promise<ReviewSettings> {
      await requireRole(timelineId, userId, "manageMembers");
      const settings = parseInput(ReviewSettingsSchema, input);
      await q.setFourEyes(db, timelineId, settings.fourEyes);
      deps.settingsChanged(timelineId, settings);
      return settings;
    },
  };
}

export type Review = ReturnType<typeof createReview>;
