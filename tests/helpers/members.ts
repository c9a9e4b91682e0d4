import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client";
import { setRole } from "../../db/queries/memberships";
import { users } from "../../db/schema";
import type { Role } from "../../lib/auth/roles";
import { createToken } from "../../server/auth/tokens";

export type SeededMember = { userId: string; name: string; token: string };

/**
 * A user with an API token and `role` on each timeline, written straight to
 * the database (no password: such a user signs in with the token only).
 */
export async function seedMember(
  db: Db,
  params: { name: string; role: Role; timelineIds: string[] },
): Promise<SeededMember> {
  const userId = randomUUID();
  await db.insert(users).values({
    id: userId,
    name: params.name,
    email: `${userId}@test.parallax`,
    color: "#0f766e",
  });
  for (const timelineId of params.timelineIds)
    await setRole(db, { timelineId, userId, role: params.role });
  const { secret } = await createToken(db, userId, "tests");
  return { userId, name: params.name, token: secret };
}
