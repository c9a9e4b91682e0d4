import { index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { timelines } from "./timelines";
import { users } from "./users";

/**
 * Who may do what on a timeline: one role per user per timeline. The roles
 * and their grants are defined in lib/auth/roles.ts; the column holds one of
 * its `ROLES` ('owner' | 'editor' | 'reviewer' | 'commenter' | 'viewer'),
 * validated with `RoleSchema` by the code that reads and writes it.
 */
export const memberships = pgTable(
  "memberships",
  {
    timelineId: text("timeline_id")
      .notNull()
      .references(() => timelines.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.timelineId, table.userId] }),
    // "My timelines" on the home page looks memberships up by user.
    index("memberships_user_id_idx").on(table.userId),
  ],
);

export type MembershipRow = typeof memberships.$inferSelect;
