import type { Db } from "../db/client";
import { auditLog } from "../db/schema";

/**
 * The actions the audit log records. Named here so readers of the log (and
 * tests) can rely on them; add new ones rather than reusing a name.
 */
export type AuditAction =
  | "auth.sign_up"
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_out"
  | "auth.password_reset"
  | "user.created"
  | "token.created"
  | "token.revoked"
  | "member.added"
  | "member.role_changed"
  | "member.removed"
  | "invite.created"
  | "invite.revoked"
  | "invite.accepted"
  | "write.refused"
  | "comment.moderated"
  | (string & {});

export type AuditEntry = {
  /** Who did it: a user id, or null for the system or an unknown caller. */
  actorId: string | null;
  action: AuditAction;
  timelineId?: string | null;
  /** What it was done to: a user id, token id, invite id, email… */
  target?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
};

/**
 * Appends one row to the audit log. Awaitable for callers that need the row
 * written (tests, CLI); request paths may fire and forget with
 * `void audit(...)`, since a failed audit write is logged, never thrown.
 */
export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  try {
    await db.insert(auditLog).values({
      actorId: entry.actorId,
      action: entry.action,
      timelineId: entry.timelineId ?? null,
      target: entry.target ?? null,
      detail: entry.detail ?? null,
      ip: entry.ip ?? null,
    });
  } catch (error) {
    console.error("audit write failed", entry.action, error);
  }
}

/** The client address of a request, as server/main.ts stamps it in `x-forwarded-for`. */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first || headers.get("x-real-ip") || null;
}
