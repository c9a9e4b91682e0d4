import type pino from "pino";
import type { Db } from "../db/client";
import { setRole } from "../db/queries/memberships";
import type { Role } from "../lib/auth/roles";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/demo/accounts";
import { createAccount, findUserIdByEmail } from "./auth/accounts";
import type { Auth } from "./auth/auth";

/**
 * Gives the demo timeline one member per role, creating the demo accounts
 * that do not exist yet, and lists them in one log line so a newcomer can
 * sign in as each role side by side. Returns each role's user id.
 */
export async function createDemoAccounts(
  auth: Auth,
  db: Db,
  timelineId: string,
  log: pino.Logger,
): Promise<Map<Role, string>> {
  const ids = new Map<Role, string>();
  for (const demo of DEMO_ACCOUNTS) {
    const existing = await findUserIdByEmail(auth, demo.email);
    const userId =
      existing ??
      (
        await createAccount(auth, {
          email: demo.email,
          password: DEMO_PASSWORD,
          name: demo.name,
          color: demo.color,
        })
      ).id;
    await setRole(db, { timelineId, userId, role: demo.role });
    ids.set(demo.role, userId);
  }
  const list = DEMO_ACCOUNTS.map((demo) => `${demo.role} ${demo.email}`).join(", ");
  log.info(
    {
      timelineId,
      password: DEMO_PASSWORD,
      accounts: DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })),
    },
    `demo accounts, password "${DEMO_PASSWORD}": ${list}`,
  );
  return ids;
}
