/**
 * The better-auth instance: email-and-password accounts, database sessions
 * in HTTP-only cookies, on the process's one database handle (PGlite allows
 * a single process, so nothing may open a second connection). Created once
 * by server/main.ts (or the CLI) and shared through instance.ts.
 */
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type pino from "pino";
import type { z } from "zod";
import type { Db } from "../../db/client";
import { accounts, sessions, users, verifications } from "../../db/schema";
import {
  AUTH_COOKIE_PREFIX,
  avatarColorSchema,
  defaultAvatarColor,
  displayNameSchema,
  emailSchema,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from "../../lib/account";
import { audit, clientIp } from "../audit";
import { acceptEmailInvites } from "../invites";
import type { AuthConfig } from "./config";
import { emitProfileChanged } from "./profileChanged";
import { emitIdentityRevoked } from "./revocation";

export const AUTH_BASE_PATH = "/api/auth";

const SESSION_DAYS = 7;

/** Hosts answered when PUBLIC_URL is not set: this machine, any port (development, tests). */
const LOCAL_HOSTS = ["localhost:*", "127.0.0.1:*", "[::1]:*", "localhost", "127.0.0.1"];

function check<T>(schema: z.ZodType<T>, value: unknown, code: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new APIError("BAD_REQUEST", {
    message: parsed.error.issues[0]?.message ?? "Invalid value.",
    code,
  });
}

export type CreateAuthOptions = {
  db: Db;
  config: AuthConfig;
  /** From resolveAuthSecret: BETTER_AUTH_SECRET or the generated one. */
  secret: string;
  log: pino.Logger;
};

export function createAuth({ db, config, secret, log }: CreateAuthOptions) {
  const authLog = log.child({ module: "auth" });
  return betterAuth({
    appName: "Parallax",
    secret,
    baseURL: config.publicUrl ?? {
      allowedHosts: LOCAL_HOSTS,
      protocol: config.secureCookies ? "https" : "http",
    },
    basePath: AUTH_BASE_PATH,
    trustedOrigins: config.publicUrl ? [config.publicUrl] : [],
    database: drizzleAdapter(db, {
      provider: "pg",
      // Our tables are plural (users, sessions, …), like the rest of the schema.
      usePlural: true,
      schema: { users, sessions, accounts, verifications },
    }),
    emailAndPassword: {
      enabled: true,
      // better-auth's scrypt (N=16384, r=16, p=1, 64-byte key, random salt).
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        /** The avatar and caret colour others see; one of AVATAR_COLORS. */
        color: { type: "string", required: false, input: true },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * SESSION_DAYS,
      updateAge: 60 * 60 * 24,
      // Every request reads the session row, so a sign-out or revocation
      // takes effect at once instead of when a cached cookie expires.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "memory",
      window: 60,
      max: 600,
      customRules: {
        "/sign-in/email": { window: 60, max: config.attemptsPerMinute },
        "/sign-up/email": { window: 60, max: config.attemptsPerMinute },
      },
    },
    advanced: {
      // Explicit, because better-auth skips its origin (CSRF) check whenever
      // NODE_ENV=test or TEST is set, and a server must not depend on that.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      cookiePrefix: AUTH_COOKIE_PREFIX,
      useSecureCookies: config.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
      // server/main.ts overwrites x-forwarded-for with the socket's address
      // unless TRUST_PROXY is set, so this header names the real client.
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    telemetry: { enabled: false },
    logger: {
      level: "warn",
      log: (level, message, ...args) => {
        const fields = args.length > 0 ? { args } : {};
        if (level === "error") authLog.error(fields, message);
        else if (level === "warn") authLog.warn(fields, message);
        else authLog.debug(fields, message);
      },
    },
    hooks: {
      /** Profile fields go through the same schemas as everywhere else. */
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-up/email") {
          const body = ctx.body as Record<string, unknown>;
          const email = check(emailSchema, body.email, "INVALID_EMAIL");
          const name = check(displayNameSchema, body.name, "INVALID_NAME");
          const color =
            body.color === undefined || body.color === null
              ? defaultAvatarColor(email)
              : check(avatarColorSchema, body.color, "INVALID_COLOR");
          return { context: { body: { ...body, email, name, color } } };
        }
        if (ctx.path === "/update-user") {
          const body = ctx.body as Record<string, unknown>;
          const patch: Record<string, unknown> = { ...body };
          if (body.name !== undefined)
            patch.name = check(displayNameSchema, body.name, "INVALID_NAME");
          if (body.color !== undefined)
            patch.color = check(avatarColorSchema, body.color, "INVALID_COLOR");
          return { context: { body: patch } };
        }
      }),
      /** Sign-ins and sign-ups, successful or not, go to the audit log. */
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email" && ctx.path !== "/sign-up/email") return;
        const ip = ctx.headers ? clientIp(ctx.headers) : null;
        const email = typeof ctx.body?.email === "string" ? ctx.body.email.toLowerCase() : null;
        const session = ctx.context.newSession;
        const failed = isAPIError(ctx.context.returned) || !session;
        const signUp = ctx.path === "/sign-up/email";
        if (failed) {
          const reason = isAPIError(ctx.context.returned)
            ? (ctx.context.returned.body?.code ?? ctx.context.returned.status)
            : "unknown";
          await audit(db, {
            actorId: null,
            action: signUp ? "auth.sign_up_failed" : "auth.sign_in_failed",
            target: email,
            detail: { reason: String(reason) },
            ip,
          });
          return;
        }
        await audit(db, {
          actorId: session.user.id,
          action: signUp ? "auth.sign_up" : "auth.sign_in",
          target: session.user.id,
          detail: { sessionId: session.session.id },
          ip,
        });
      }),
    },
    databaseHooks: {
      user: {
        create: {
          /** Accounts made outside sign-up (CLI, demo seed) get a colour too. */
          before: async (user) => {
            const color =
              typeof user.color === "string" && avatarColorSchema.safeParse(user.color).success
                ? user.color.toLowerCase()
                : defaultAvatarColor(user.email);
            return { data: { ...user, color } };
          },
          /** Email invitations sent before the account existed become memberships now. */
          after: async (user) => {
            await acceptEmailInvites(db, user.id, user.email);
          },
        },
        update: {
          /** A new name or colour reaches the user's live presence. */
          after: async (user) => {
            emitProfileChanged({ userId: user.id, name: user.name, color: String(user.color) });
          },
        },
      },
      session: {
        delete: {
          /** Sign-out, revocation or a password reset: close that session's sockets. */
          after: async (session, context) => {
            emitIdentityRevoked({ userId: session.userId, sessionId: session.id });
            if (context?.path === "/sign-out") {
              await audit(db, {
                actorId: session.userId,
                action: "auth.sign_out",
                target: session.userId,
                detail: { sessionId: session.id },
                ip: context.headers ? clientIp(context.headers) : null,
              });
            }
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
