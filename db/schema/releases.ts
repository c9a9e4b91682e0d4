import { index, integer, jsonb, pgTable, text, unique } from "drizzle-orm/pg-core";
import type { Release } from "@/lib/publish/release";
import { createdAt, optionalTime } from "./columns";
import { timelines } from "./timelines";
import { users } from "./users";

/**
 * Releases: numbered, frozen JSON, never updated or deleted (but with their
 * timeline). `override_reason` records why an owner published despite
 * blocking checklist items, and `checklist` what those items were.
 */
export const releases = pgTable(
  "releases",
  {
    id: text("id").primaryKey(),
    timelineId: text("timeline_id")
      .notNull()
      .references(() => timelines.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    /** 'first' | 'update' | 'correction' | 'clarification' (lib/publish RELEASE_KINDS). */
    kind: text("kind").notNull(),
    note: text("note").notNull().default(""),
    content: jsonb("content").$type<Release>().notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    overrideReason: text("override_reason"),
    checklist: jsonb("checklist").$type<unknown[]>().notNull(),
  },
  (table) => [unique("releases_timeline_number").on(table.timelineId, table.number)],
);

/** A timeline's public address, and whether it is published. One per timeline. */
export const publications = pgTable("publications", {
  timelineId: text("timeline_id")
    .primaryKey()
    .references(() => timelines.id, { onDelete: "cascade" }),
  slug: text("slug").notNull().unique(),
  /** Set while unpublished: the public URLs answer 410. */
  unpublishedAt: optionalTime("unpublished_at"),
});

/** Slugs a timeline had before: they redirect to its current one. */
export const slugRedirects = pgTable(
  "slug_redirects",
  {
    slug: text("slug").primaryKey(),
    timelineId: text("timeline_id")
      .notNull()
      .references(() => timelines.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [index("slug_redirects_timeline_idx").on(table.timelineId)],
);

export type ReleaseRow = typeof releases.$inferSelect;
export type PublicationRow = typeof publications.$inferSelect;
