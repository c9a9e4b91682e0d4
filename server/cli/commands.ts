import { z } from "zod";
import type { Db } from "../../db/client";
import { displayNameSchema, emailSchema, passwordSchema, tokenNameSchema } from "../../lib/account";
import { audit } from "../audit";
import { createAccount, findUserIdByEmail, resetPassword } from "../auth/accounts";
import type { Auth } from "../auth/auth";
import { createToken } from "../auth/tokens";
import { UsageError } from "./args";

export type CliContext = {
  db: Db;
  auth: Auth;
  /** What the command prints for scripts (the secret, an id). */
  out: (line: string) => void;
  /** What it prints for people. */
  note: (line: string) => void;
};

type Command = {
  usage: string;
  summary: string;
  flags: z.ZodType<Record<string, unknown>>;
  run(ctx: CliContext, flags: Record<string, unknown>): Promise<void>;
};

/** A flag that must carry a value (`--email x`, not a bare `--email`), checked by `schema`. */
const str = <T>(schema: z.ZodType<T, string>) => z.string({ error: "needs a value" }).pipe(schema);

async function userIdFor(ctx: CliContext, email: string): Promise<string> {
  const id = await findUserIdByEmail(ctx.auth, email);
  if (!id)
    throw new UsageError(
      `There is no account for ${email}. Create it with \`parallax user create\`.`,
    );
  return id;
}

export const COMMANDS: Record<string, Command> = {
  "token create": {
    usage: "parallax token create --email <email> [--name <name>]",
    summary: "Creates a personal API token for a user and prints its secret (shown only once).",
    flags: z.object({ email: str(emailSchema), name: str(tokenNameSchema).optional() }).strict(),
    async run(ctx, flags) {
      const { email, name } = flags as { email: string; name?: string };
      const userId = await userIdFor(ctx, email);
      const tokenName = name ?? "Command line";
      const { id, secret } = await createToken(ctx.db, userId, tokenName);
      await audit(ctx.db, {
        actorId: null,
        action: "token.created",
        target: id,
        detail: { via: "cli", userId, name: tokenName },
      });
      ctx.note(`Token “${tokenName}” for ${email}. Store it now: it is not shown again.`);
      ctx.out(secret);
    },
  },
  "user create": {
    usage: "parallax user create --email <email> --password <password> --name <display name>",
    summary: "Creates an account that signs in with email and password.",
    flags: z
      .object({
        email: str(emailSchema),
        password: str(passwordSchema),
        name: str(displayNameSchema),
      })
      .strict(),
    async run(ctx, flags) {
      const { email, password, name } = flags as { email: string; password: string; name: string };
      const user = await createAccount(ctx.auth, { email, password, name });
      await audit(ctx.db, {
        actorId: null,
        action: "user.created",
        target: user.id,
        detail: { via: "cli", email },
      });
      ctx.note(`Created ${user.name} <${user.email}>.`);
      ctx.out(user.id);
    },
  },
  "user reset-password": {
    usage: "parallax user reset-password --email <email> --password <new password>",
    summary: "Sets a new password and signs the user out everywhere.",
    flags: z.object({ email: str(emailSchema), password: str(passwordSchema) }).strict(),
    async run(ctx, flags) {
      const { email, password } = flags as { email: string; password: string };
      const { id } = await resetPassword(ctx.auth, { email, password });
      await audit(ctx.db, {
        actorId: null,
        action: "auth.password_reset",
        target: id,
        detail: { via: "cli" },
      });
      ctx.note(`New password set for ${email}; their sessions have ended.`);
    },
  },
};

export function helpText(): string {
  const lines = ["Usage:"];
  for (const command of Object.values(COMMANDS)) {
    lines.push(`  ${command.usage}`, `      ${command.summary}`);
  }
  lines.push(
    "",
    "The database is the server's: DATABASE_URL, or the PGlite folder DATA_DIR (default ./data).",
    "With PGlite, stop the server first: only one process may open the folder.",
  );
  return lines.join("\n");
}

/** The command the words name, with its validated flags; throws UsageError. */
export function resolveCommand(
  words: string[],
  rawFlags: Record<string, string | true>,
): { command: Command; flags: Record<string, unknown> } {
  const command = COMMANDS[words.join(" ")];
  if (!command) {
    throw new UsageError(
      words.length ? `Unknown command “${words.join(" ")}”.` : "Name a command.",
    );
  }
  const parsed = command.flags.safeParse(rawFlags);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keys = issue && "keys" in issue && Array.isArray(issue.keys) ? issue.keys : [];
    const flag = issue?.path[0] ?? keys[0];
    const what =
      issue?.code === "unrecognized_keys"
        ? "is not an option of this command."
        : (issue?.message ?? "is not valid.");
    throw new UsageError(
      `${flag ? `--${String(flag)}` : "Options"}: ${what}\nUsage: ${command.usage}`,
    );
  }
  return { command, flags: parsed.data };
}
