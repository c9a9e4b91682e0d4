import { index, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, optionalTime } from "./columns";
import { users } from "./users";

/**
 * Personal API tokens for scripts and bots. Only the SHA-256 of the secret is
 * stored: the secret (`plx_…`) is shown once, when the token is created. A
 * revoked token keeps its row, so the settings page and the audit log can
 * still name it.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: optionalTime("last_used_at"),
    revokedAt: optionalTime("revoked_at"),
  },
  (table) => [index("api_tokens_user_id_idx").on(table.userId)],
);

export type ApiTokenRow = typeof apiTokens.$inferSelect;
