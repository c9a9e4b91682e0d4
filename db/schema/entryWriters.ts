import { pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { timelines } from "./timelines";
import { users } from "./users";

/**
 * Who last changed each entry of the content document, recorded by the
 * server from the authenticated socket (or the user a server-side change
 * such as a restore was made for). The four-eyes rule reads it: the update
 * log cannot, since compaction merges its rows without authors.
 */
export const entryWriters = pgTable(
  "entry_writers",
  {
    timelineId: text("timeline_id")
      .notNull()
      .references(() => timelines.id, { onDelete: "cascade" }),
    entryId: text("entry_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.timelineId, table.entryId] })],
);

export type EntryWriterRow = typeof entryWriters.$inferSelect;
