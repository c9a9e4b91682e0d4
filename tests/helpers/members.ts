import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Db } from "../../db/client";
import { setRole } from "../../db/queries/memberships";
import { accounts, users } from "../../db/schema";
import type { Role } from "../../lib/auth/roles";
import { createToken } from "../../server/auth/tokens";

export type SeededMember = { userId: string; name: string; token: string; tokenId: string };

/** The password of every seeded member that gets one. */
export const SEEDED_PASSWORD = "correct horse battery";

/**
 * A user with an API token and `role` on each timeline, written straight to
 * the database. With `password`, they can also sign in with their email
 * (`<userId>@test.parallax`) and SEEDED_PASSWORD.
 */
export async function seedMember(
  db: Db,
  params: { name: string; role: Role; timelineIds: string[]; password?: boolean },
): Promise<SeededMember & { email: string }> {
  const userId = randomUUID();
  const email = `${userId}@test.parallax`;
  await db.insert(users).values({ id: userId, name: params.name, email, color: "#0f766e" });
  if (params.password) {
    await db.insert(accounts).values({
      id: randomUUID(),
      accountId: userId,
      providerId: "credential",
      userId,
      password: await hashPassword(SEEDED_PASSWORD),
    });
  }
  for (const timelineId of params.timelineIds)
    await setRole(db, { timelineId, userId, role: params.role });
  const { id, secret } = await createToken(db, userId, "tests");
  return { userId, name: params.name, email, token: secret, tokenId: id };
}
