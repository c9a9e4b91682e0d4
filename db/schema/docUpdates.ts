import { bigint, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { bytea, createdAt } from "./columns";

/**
 * The append-only log of Yjs updates, one row per update. `seq` comes from an
 * identity sequence shared by all documents and all instances, so it never
 * collides and orders each document's updates in commit order.
 */
export const docUpdates = pgTable(
  "doc_updates",
  {
    docId: text("doc_id").notNull(),
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    data: bytea("data").notNull(),
    author: text("author"),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.docId, table.seq] })],
);

export type DocUpdateRow = typeof docUpdates.$inferSelect;
