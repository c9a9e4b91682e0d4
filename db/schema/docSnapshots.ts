import { bigint, pgTable, text } from "drizzle-orm/pg-core";
import { bytea, createdAt } from "./columns";

/**
 * The compacted state of a document: every update up to and including log
 * row `seq` merged into one. Loading reads this plus the remaining log rows.
 */
export const docSnapshots = pgTable("doc_snapshots", {
  docId: text("doc_id").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  data: bytea("data").notNull(),
  createdAt: createdAt(),
});

export type DocSnapshotRow = typeof docSnapshots.$inferSelect;
