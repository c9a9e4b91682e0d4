/**
 * Personal API tokens as clients see them. A secret is `plx_` followed by 43
 * base64url characters (32 random bytes); the prefix lets secret scanners and
 * people recognise it, and lets the server tell a token from anything else.
 */
import { z } from "zod";

export const TOKEN_PREFIX = "plx_";
export const TOKEN_SECRET_PATTERN = /^plx_[A-Za-z0-9_-]{43}$/;
export const MAX_TOKEN_NAME_LENGTH = 60;

export function looksLikeTokenSecret(value: string): boolean {
  return TOKEN_SECRET_PATTERN.test(value);
}

export const tokenNameSchema = z
  .string({ error: "Name the token after what will use it." })
  .transform((name) => name.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "Name the token after what will use it.")
      .max(MAX_TOKEN_NAME_LENGTH, `A name has at most ${MAX_TOKEN_NAME_LENGTH} characters.`),
  );

/** A token as the API lists it: never the secret, which is shown once at creation. */
export type ApiTokenInfo = {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};
