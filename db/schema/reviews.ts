import { index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import type { EntryContent } from "@/lib/document";
import { createdAt, optionalTime, updatedAt } from "./columns";
import { timelines } from "./timelines";
import { users } from "./users";

/**
 * Each entry's current review. Only server/review/service.ts writes it, after
 * checking the caller's role. The last approval (`approved_*`) stays when the
 * entry goes back into review, so "changed since approval" has a base to diff.
 */
export const entryReviews = pgTable(
  "entry_reviews",
  {
    timelineId: text("timeline_id")
      .notNull()
      .references(() => timelines.id, { onDelete: "cascade" }),
    entryId: text("entry_id").notNull(),
    /** 'draft' | 'in_review' | 'changes_requested' | 'approved' (lib/review REVIEW_STATES). */
    state: text("state").notNull(),
    assigneeId: text("assignee_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note").notNull().default(""),
    updatedBy: text("updated_by")
      .notNull()
      .references(() => users.id),
    updatedAt: updatedAt(),
    approvedHash: text("approved_hash"),
    approvedContent: jsonb("approved_content").$type<EntryContent>(),
    approvedBy: text("approved_by").references(() => users.id),
    approvedAt: optionalTime("approved_at"),
  },
  (table) => [primaryKey({ columns: [table.timelineId, table.entryId] })],
);

/** The audit trail: every review action, never changed or deleted (but with its timeline). */
export const reviewEvents = pgTable(
  "review_events",
  {
    id: text("id").primaryKey(),
    timelineId: text("timeline_id")
      .notNull()
      .references(() => timelines.id, { onDelete: "cascade" }),
    entryId: text("entry_id").notNull(),
    actorId: text("actor_id")
      .notNull()
      .references(() => users.id),
    /** 'request' | 'assign' | 'approve' | 'request_changes' (lib/review REVIEW_ACTIONS). */
    action: text("action").notNull(),
    fromState: text("from_state").notNull(),
    toState: text("to_state").notNull(),
    note: text("note").notNull().default(""),
    assigneeId: text("assignee_id").references(() => users.id, { onDelete: "set null" }),
    contentHash: text("content_hash"),
    createdAt: createdAt(),
  },
  (table) => [
    index("review_events_entry_idx").on(table.timelineId, table.entryId, table.createdAt),
  ],
);

export type EntryReviewRow = typeof entryReviews.$inferSelect;
export type ReviewEventRow = typeof reviewEvents.$inferSelect;
