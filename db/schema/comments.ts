import { index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, optionalTime } from "./columns";
import { threads } from "./threads";
import { users } from "./users";

/**
 * A comment in a thread. Deleting one clears its body and keeps the row, so
 * the thread stays readable ("Comment deleted"). `author_id` is always the
 * authenticated caller.
 */
export const comments = pgTable(
  "comments",
  {
    id: text("id").primaryKey(),
    threadId: text("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    /** User ids mentioned in the body, checked against the members. */
    mentions: jsonb("mentions").$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    editedAt: optionalTime("edited_at"),
    deletedAt: optionalTime("deleted_at"),
    deletedBy: text("deleted_by").references(() => users.id),
  },
  (table) => [index("comments_thread_idx").on(table.threadId, table.createdAt)],
);

export type CommentRow = typeof comments.$inferSelect;
