import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

const role = z.enum(ROLES, { error: `Pick one of the roles: ${ROLES.join(", ")}.` });

export const addMemberBody = z
  .object({
    email: z
      .string({ error: "Give an email address." })
      .trim()
      .max(254, "An email address has at most 254 characters.")
      .pipe(z.email({ error: "This is not an email address." })),
    role,
  })
  .strict();

export const patchMemberBody = z.object({ role }).strict();

/** Share links never make owners: ownership is given to a person, by email. */
export const createInviteBody = z
  .object({
    role: role.refine((value) => value !== "owner", {
      error: "A share link cannot make owners; invite an owner by email.",
    }),
    expiresInHours: z
      .number({ error: "Give the link's lifetime in hours (1 to 720)." })
      .int("Give a whole number of hours.")
      .min(1, "A link lives at least 1 hour.")
      .max(720, "A link lives at most 720 hours (30 days)."),
  })
  .strict();

/** User ids are better-auth's or our own UUIDs: short and URL-safe. */
export const userIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const inviteIdParam = z.uuid();
/** The secret of a share link: 32 random bytes in base64url. */
export const inviteSecretParam = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
