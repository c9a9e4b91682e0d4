import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt, optionalTime } from "./columns";
import { timelines } from "./timelines";
import { users } from "./users";

/**
 * An invitation to join a timeline with a role: either addressed to an email
 * (`email` set) or a share link (`token_hash` set: the SHA-256 of the secret
 * in the link, which is shown once). Both expire; revoking keeps the row.
 */
export const invites = pgTable(
  "invites",
  {
    id: text("id").primaryKey(),
    timelineId: text("timeline_id")
      .notNull()
      .references(() => timelines.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    email: text("email"),
    tokenHash: text("token_hash").unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    revokedAt: optionalTime("revoked_at"),
    acceptedBy: text("accepted_by").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [index("invites_timeline_id_idx").on(table.timelineId)],
);

export type InviteRow = typeof invites.$inferSelect;
