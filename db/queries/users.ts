import { eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { users } from "../schema";

export type UserProfile = { id: string; name: string; email: string; color: string };

export async function getUserProfile(db: Db, id: string): Promise<UserProfile | undefined> {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, color: users.color })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return rows[0];
}

/** Which of these emails have an account (emails are stored lower-cased). */
export async function existingEmails(db: Db, emails: readonly string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        emails.map((email) => email.toLowerCase()),
      ),
    );
  return new Set(rows.map((row) => row.email));
}
