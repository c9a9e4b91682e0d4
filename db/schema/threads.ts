import { index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import type { Anchor } from "@/lib/discussion/protocol";
import { createdAt, optionalTime } from "./columns";
import { timelines } from "./timelines";
import { users } from "./users";

/**
 * A discussion thread on an entry: anchored to words (`anchor`) or attached
 * to a claim or one of its variants. Only the server writes it, after
 * checking the caller's role; `created_by` is the caller, never client input.
 */
export const threads = pgTable(
  "threads",
  {
    id: text("id").primaryKey(),
    timelineId: text("timeline_id")
      .notNull()
      .references(() => timelines.id, { onDelete: "cascade" }),
    entryId: text("entry_id").notNull(),
    claimId: text("claim_id"),
    variantId: text("variant_id"),
    anchor: jsonb("anchor").$type<Anchor>(),
    /** 'comment' | 'question' | 'dispute' (lib/discussion THREAD_KINDS). */
    kind: text("kind").notNull(),
    /** 'open' | 'resolved'. */
    status: text("status").notNull().default("open"),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    resolvedBy: text("resolved_by").references(() => users.id),
    resolvedAt: optionalTime("resolved_at"),
    /**
     * Goes up by one with every change to the thread or its comments, in the
     * same transaction, so clients keep the newest copy whatever order the
     * copies arrive in.
     */
    revision: integer("revision").notNull().default(1),
  },
  (table) => [index("threads_timeline_idx").on(table.timelineId, table.createdAt)],
);

export type ThreadRow = typeof threads.$inferSelect;
