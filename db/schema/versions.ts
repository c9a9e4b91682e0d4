import { boolean, index, integer, pgTable, text, unique } from "drizzle-orm/pg-core";
import { bytea, createdAt } from "./columns";
import { timelines } from "./timelines";
import { users } from "./users";

/**
 * Versions of a timeline document, stored as a chain of deltas. A keyframe
 * row holds the whole state; every other row holds only what the document
 * gained since the previous version (`Y.encodeStateAsUpdate(doc,
 * previous state vector)`), deflated. A version is the merge of its row and
 * the rows back to the nearest keyframe.
 */
export const versions = pgTable(
  "versions",
  {
    id: text("id").primaryKey(),
    timelineId: text("timeline_id")
      .notNull()
      .references(() => timelines.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    name: text("name").notNull(),
    /** 'named' | 'auto' | 'publication' | 'restore' (lib/versions VERSION_KINDS). */
    kind: text("kind").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    entryCount: integer("entry_count").notNull(),
    keyframe: boolean("keyframe").notNull(),
    /** The document's state vector at this version: the base of the next delta. */
    stateVector: bytea("state_vector").notNull(),
    /** deflate-raw of a Yjs update: the whole state (keyframe) or the delta. */
    data: bytea("data").notNull(),
  },
  (table) => [
    unique("versions_timeline_number").on(table.timelineId, table.number),
    index("versions_timeline_created_idx").on(table.timelineId, table.createdAt),
  ],
);

export type VersionRow = typeof versions.$inferSelect;
