import { boolean, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

/**
 * One row per timeline. `title`, `entry_count` and `updated_at` are a summary
 * of the content document, kept in step by the server so the home page can
 * list timelines without loading documents.
 */
export const timelines = pgTable("timelines", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  entryCount: integer("entry_count").notNull().default(0),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  /** The four-eyes rule: nobody approves an entry whose latest content they wrote. */
  fourEyes: boolean("four_eyes").notNull().default(true),
});

export type TimelineRow = typeof timelines.$inferSelect;
