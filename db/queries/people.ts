import { inArray } from "drizzle-orm";
import type { PersonDTO } from "../../lib/discussion/protocol";
import type { Db } from "../client";
import { users } from "../schema";

/** Names and colours of users, by id, for DTOs that name people. */
export async function people(db: Db, ids: Iterable<string>): Promise<Map<string, PersonDTO>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name, color: users.color })
    .from(users)
    .where(inArray(users.id, list));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Someone whose account is gone: their rows stay readable. */
export const formerMember = (id: string): PersonDTO => ({
  id,
  name: "Former member",
  color: "#9a9a92",
});
