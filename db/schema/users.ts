import { boolean, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";

/** The avatar colour a new account gets until its owner picks one (see lib/document/palette.ts). */
export const DEFAULT_USER_COLOR = "#2563eb";

/**
 * better-auth's `user` model (the adapter runs with `usePlural`, so it looks
 * for the export `users`). Property names are better-auth's field names; the
 * SQL columns are snake_case like every other table. `name` is the display
 * name others see; `color` is declared in better-auth's `user.additionalFields`.
 */
export const users = pgTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  color: text("color").notNull().default(DEFAULT_USER_COLOR),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type UserRow = typeof users.$inferSelect;
