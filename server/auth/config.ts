import { z } from "zod";
import { ConfigError } from "../config";

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((value) =>
    value === undefined || value === "" ? undefined : value === "1" || value === "true",
  );

const AuthEnvSchema = z.object({
  /**
   * Signs session cookies. Unset: a random secret is generated on the first
   * start and kept in the database's `settings` table (see secret.ts).
   */
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, "BETTER_AUTH_SECRET must be at least 32 characters (try `openssl rand -base64 32`)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /**
   * Where people reach the app, e.g. https://parallax.example.org. Unset, the
   * app answers on localhost / 127.0.0.1 on any port (development, tests).
   */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "PUBLIC_URL must be an http:// or https:// URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /**
   * `Secure` session cookies. Defaults to whether PUBLIC_URL is https; set it
   * to 1 behind a proxy that terminates TLS when PUBLIC_URL is not given.
   */
  SECURE_COOKIES: flag,
  /**
   * `TRUST_PROXY=1`: a reverse proxy in front of the server sets
   * x-forwarded-for, so the client address is read from it.
   */
  TRUST_PROXY: flag,
  /** Sign-in and sign-up attempts allowed per client IP per minute. */
  AUTH_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
});

export type AuthConfig = {
  secret: string | undefined;
  publicUrl: string | undefined;
  secureCookies: boolean;
  trustProxy: boolean;
  attemptsPerMinute: number;
};

/** Reads the auth settings from the environment; throws ConfigError naming every bad variable. */
export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const parsed = AuthEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid environment: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const publicUrl = e.PUBLIC_URL?.replace(/\/+$/, "");
  return {
    secret: e.BETTER_AUTH_SECRET,
    publicUrl,
    secureCookies: e.SECURE_COOKIES ?? Boolean(publicUrl?.startsWith("https://")),
    trustProxy: e.TRUST_PROXY ?? false,
    attemptsPerMinute: e.AUTH_ATTEMPTS_PER_MINUTE,
  };
}
