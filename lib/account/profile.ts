/**
 * What an account is made of, as the browser and the server both check it:
 * email, password, display name and avatar colour. The server validates with
 * these same schemas at every boundary (sign-up, profile update, CLI).
 */
import { z } from "zod";
// The palette file directly, not lib/document's index: that pulls in yjs, which
// the sign-in and settings pages have no use for.
import { CARET_COLORS, colorFor, LANE_COLORS } from "../document/palette";

export const MAX_DISPLAY_NAME_LENGTH = 60;
/** better-auth's own bounds for email-and-password accounts. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * The colours an avatar may have: the caret and lane palettes, each with at
 * least 4.5:1 contrast against the white initials drawn on it.
 */
export const AVATAR_COLORS: readonly string[] = [...CARET_COLORS, ...LANE_COLORS];

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address, like name@example.com.").max(254));

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);

/** One line, trimmed, inner whitespace collapsed; any script. */
export const displayNameSchema = z
  .string({ error: "Enter the name others will see." })
  .transform((name) => name.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "Enter the name others will see.")
      .max(MAX_DISPLAY_NAME_LENGTH, `A name has at most ${MAX_DISPLAY_NAME_LENGTH} characters.`),
  );

export const avatarColorSchema = z
  .string()
  .transform((color) => color.toLowerCase())
  .refine((color) => AVATAR_COLORS.includes(color), "Pick one of the avatar colours.");

/** The colour a new account starts with: stable for its email, so it is the same everywhere. */
export function defaultAvatarColor(email: string): string {
  return colorFor(email.trim().toLowerCase(), CARET_COLORS);
}
