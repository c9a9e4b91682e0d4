import { index, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, optionalTime } from "./columns";
import { comments } from "./comments";
import { threads } from "./threads";
import { timelines } from "./timelines";
import { users } from "./users";

/** A user's inbox: mentions of them, and replies to threads they took part in. */
export const notifications = pgTable(
  "notifications",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    timelineId: text("timeline_id")
      .notNull()
      .references(() => timelines.id, { onDelete: "cascade" }),
    threadId: text("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    commentId: text("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    /** 'mention' | 'reply'. */
    kind: text("kind").notNull(),
    createdAt: createdAt(),
    readAt: optionalTime("read_at"),
  },
  (table) => [
    // The inbox and the unread count, per user.
    index("notifications_user_idx").on(table.userId, table.createdAt),
    // Deleting a comment removes its items; deleting threads and comments cascades here.
    index("notifications_comment_idx").on(table.commentId),
    index("notifications_thread_idx").on(table.threadId),
  ],
);

export type NotificationRow = typeof notifications.$inferSelect;
