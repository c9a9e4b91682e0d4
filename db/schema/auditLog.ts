import { bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Security-relevant actions (sign-in, role changes, tokens, refused writes),
 * append-only. `actor_id` and `timeline_id` are plain text, not foreign keys:
 * the record must outlive the user or timeline it mentions.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    timelineId: text("timeline_id"),
    target: text("target"),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
    ip: text("ip"),
  },
  (table) => [
    index("audit_log_timeline_at_idx").on(table.timelineId, table.at),
    index("audit_log_actor_at_idx").on(table.actorId, table.at),
  ],
);

export type AuditLogRow = typeof auditLog.$inferSelect;
