/**
 * Account administration outside the HTTP flows: the CLI and the demo seed.
 * Goes through better-auth's own adapter and password hasher, so accounts
 * made here are indistinguishable from ones made by signing up.
 */
import {
  avatarColorSchema,
  displayNameSchema,
  emailSchema,
  passwordSchema,
} from "../../lib/account";
import type { Auth } from "./auth";

export class AccountError extends Error {
  constructor(
    readonly code: "email_taken" | "user_not_found",
    message: string,
  ) {
    super(message);
    this.name = "AccountError";
  }
}

export type NewAccount = { email: string; password: string; name: string; color?: string };

/** Creates a user with an email-and-password login; throws AccountError("email_taken"). */
export async function createAccount(
  auth: Auth,
  input: NewAccount,
): Promise<{ id: string; email: string; name: string; color: string }> {
  const email = emailSchema.parse(input.email);
  const password = passwordSchema.parse(input.password);
  const name = displayNameSchema.parse(input.name);
  const color = input.color === undefined ? undefined : avatarColorSchema.parse(input.color);
  const ctx = await auth.$context;
  if (await ctx.internalAdapter.findUserByEmail(email)) {
    throw new AccountError("email_taken", `There is already an account for ${email}.`);
  }
  const hash = await ctx.password.hash(password);
  const user = await ctx.internalAdapter.createUser(
    { email, name, ...(color ? { color } : {}) },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: hash,
  });
  return { id: user.id, email: user.email, name: user.name, color: String(user.color) };
}

/**
 * Sets a new password and ends every session of that user, so whoever knew
 * the old one is signed out. Throws AccountError("user_not_found").
 */
export async function resetPassword(
  auth: Auth,
  input: { email: string; password: string },
): Promise<{ id: string }> {
  const email = emailSchema.parse(input.email);
  const password = passwordSchema.parse(input.password);
  const ctx = await auth.$context;
  const found = await ctx.internalAdapter.findUserByEmail(email, { includeAccounts: true });
  if (!found) throw new AccountError("user_not_found", `There is no account for ${email}.`);
  const hash = await ctx.password.hash(password);
  const hasCredential = found.accounts.some((account) => account.providerId === "credential");
  if (hasCredential) await ctx.internalAdapter.updatePassword(found.user.id, hash);
  else {
    await ctx.internalAdapter.linkAccount({
      userId: found.user.id,
      providerId: "credential",
      accountId: found.user.id,
      password: hash,
    });
  }
  await ctx.internalAdapter.deleteUserSessions(found.user.id);
  return { id: found.user.id };
}

/** The user id for an email, or null. */
export async function findUserIdByEmail(auth: Auth, email: string): Promise<string | null> {
  const ctx = await auth.$context;
  const found = await ctx.internalAdapter.findUserByEmail(emailSchema.parse(email));
  return found?.user.id ?? null;
}
