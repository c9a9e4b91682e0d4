import { pgTable, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

/**
 * Server-wide values generated once and shared by every instance, such as
 * the auth secret when BETTER_AUTH_SECRET is not set. Living in the database
 * (not the data folder) keeps them the same for every process on PostgreSQL.
 */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt(),
});

export type SettingRow = typeof settings.$inferSelect;
