/**
 * identify(), tokens and revocation events in-process, on a real database
 * (PGlite and PostgreSQL): every way a credential can be wrong (missing,
 * malformed, forged, expired, revoked, its user gone) gives null, never an
 * exception, and every way an identity ends tells the listeners.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { apiTokens, auditLog, sessions, users } from "../../db/schema";
import { audit, clientIp } from "../../server/audit";
import { createAccount, resetPassword } from "../../server/auth/accounts";
import type { Auth } from "../../server/auth/auth";
import { loadAuthConfig } from "../../server/auth/config";
import { identify } from "../../server/auth/identify";
import { setAuth } from "../../server/auth/instance";
import { type IdentityRevoked, onIdentityRevoked } from "../../server/auth/revocation";
import { startAuth } from "../../server/auth/start";
import { createToken, listTokens, resolveToken, revokeToken } from "../../server/auth/tokens";
import type { Runtime } from "../../server/runtime";
import { setRuntime } from "../../server/runtime";
import { signedSessionCookie } from "../helpers/auth";
import { availableBackends, type Backend, createBackend } from "../helpers/backends";

const SECRET = randomBytes(32).toString("base64url");
const ORIGIN = "http://localhost:3000";
const backends = await availableBackends();

describe.each(backends)("identify and tokens ($kind)", ({ kind, skip }) => {
  let backend: Backend;
  let database: Database;
  let auth: Auth;
  const events: IdentityRevoked[] = [];
  let stopListening: () => void;

  /** Signs in through the real HTTP handler; returns the cookie pair. */
  async function signIn(email: string, password: string): Promise<string> {
    const response = await auth.handler(
      new Request(`${ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN },
        body: JSON.stringify({ email, password }),
      }),
    );
    expect(response.status).toBe(200);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .find((c) => c.startsWith("parallax.session_token="));
    if (!cookie) throw new Error("no session cookie");
    return cookie;
  }
  const withCookie = (cookie: string) => new Headers({ cookie, host: "localhost:3000" });

  beforeAll(async () => {
    if (skip) return;
    backend = await createBackend(kind);
    database = await openDatabase(backend.open);
    await migrateDatabase(database);
    const log = pino({ level: "silent" });
    setRuntime({ db: database, log } as unknown as Runtime);
    auth = await startAuth({
      db: database.db,
      log,
      config: {
        ...loadAuthConfig({} as NodeJS.ProcessEnv),
        secret: SECRET,
        attemptsPerMinute: 1000,
      },
    });
    stopListening = onIdentityRevoked((event) => events.push(event));
  });

  afterAll(async () => {
    stopListening?.();
    setAuth(undefined);
    setRuntime(undefined);
    await database?.close();
    await backend?.dispose();
  });

  it.skipIf(skip)("a request with no credentials is nobody", async () => {
    expect(await identify(new Headers())).toBeNull();
    expect(await identify(new Headers({ cookie: "other=1" }))).toBeNull();
  });

  it.skipIf(skip)("a signed-in session is its user, with profile name and colour", async () => {
    const user = await createAccount(auth, {
      email: "Ada@Example.org",
      password: "correct horse",
      name: "  Ada   Lovelace ",
    });
    expect(user.email).toBe("ada@example.org");
    expect(user.name).toBe("Ada Lovelace");
    expect(user.color).toMatch(/^#[0-9a-f]{6}$/);
    const principal = await identify(withCookie(await signIn("ada@example.org", "correct horse")));
    expect(principal).toMatchObject({
      userId: user.id,
      name: "Ada Lovelace",
      email: "ada@example.org",
      color: user.color,
      via: "session",
    });
    expect(principal?.sessionId).toBeTruthy();
    expect(principal?.tokenId).toBeUndefined();
  });

  it.skipIf(skip)("our test signer reproduces better-auth's cookie signature", async () => {
    const cookie = await signIn("ada@example.org", "correct horse");
    const token = decodeURIComponent(cookie.split("=")[1]).split(".")[0];
    expect(signedSessionCookie(SECRET, token)).toBe(cookie);
  });

  it.skipIf(skip)("forged session cookies are refused", async () => {
    const cookie = await signIn("ada@example.org", "correct horse");
    const [name, value] = cookie.split("=");
    const [token] = decodeURIComponent(value).split(".");
    // The right token with a made-up signature.
    const badSignature = `${name}=${encodeURIComponent(`${token}.${"A".repeat(43)}=`)}`;
    expect(await identify(withCookie(badSignature))).toBeNull();
    // No signature at all.
    expect(await identify(withCookie(`${name}=${token}`))).toBeNull();
    // Signed with another secret.
    expect(await identify(withCookie(signedSessionCookie("not-the-secret", token)))).toBeNull();
    // Correctly signed, for a session that does not exist.
    expect(await identify(withCookie(signedSessionCookie(SECRET, "a".repeat(32))))).toBeNull();
    // Garbage.
    expect(await identify(withCookie(`${name}=%E0%A4%A`))).toBeNull();
  });

  it.skipIf(skip)("an expired session is refused, and its row goes", async () => {
    const cookie = await signIn("ada@example.org", "correct horse");
    const principal = await identify(withCookie(cookie));
    if (!principal?.sessionId) throw new Error("no session");
    await database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, principal.sessionId));
    expect(await identify(withCookie(cookie))).toBeNull();
    const left = await database.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, principal.sessionId));
    expect(left).toHaveLength(0);
  });

  it.skipIf(skip)("identify never extends a session; the browser's get-session does", async () => {
    const cookie = await signIn("ada@example.org", "correct horse");
    const principal = await identify(withCookie(cookie));
    if (!principal?.sessionId) throw new Error("no session");
    const id = principal.sessionId;
    const expiry = async () =>
      (await database.db.select().from(sessions).where(eq(sessions.id, id)))[0].expiresAt;
    // Two days into a seven-day session: due for renewal (better-auth's updateAge is a day).
    const aged = new Date(Date.now() + 5 * 86_400_000);
    await database.db.update(sessions).set({ expiresAt: aged }).where(eq(sessions.id, id));
    expect(await identify(withCookie(cookie))).not.toBeNull();
    expect((await expiry()).getTime()).toBe(aged.getTime());
    const response = await auth.handler(
      new Request(`${ORIGIN}/api/auth/get-session`, { headers: { cookie } }),
    );
    expect(response.status).toBe(200);
    expect((await expiry()).getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    const renewed = response.headers
      .getSetCookie()
      .find((c) => c.startsWith("parallax.session_token="));
    expect(renewed).toMatch(/Max-Age=604800/);
  });

  it.skipIf(skip)("signing out ends the session and tells the listeners", async () => {
    const cookie = await signIn("ada@example.org", "correct horse");
    const principal = await identify(withCookie(cookie));
    events.length = 0;
    const response = await auth.handler(
      new Request(`${ORIGIN}/api/auth/sign-out`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, cookie },
        body: "{}",
      }),
    );
    expect(response.status).toBe(200);
    expect(await identify(withCookie(cookie))).toBeNull();
    expect(events).toContainEqual({ userId: principal?.userId, sessionId: principal?.sessionId });
  });

  it.skipIf(skip)("an API token is its user, from the header or the URL", async () => {
    const user = await createAccount(auth, {
      email: "bot-owner@example.org",
      password: "correct horse",
      name: "Bot Owner",
    });
    const { id, secret } = await createToken(database.db, user.id, "importer");
    expect(secret).toMatch(/^plx_[A-Za-z0-9_-]{43}$/);
    const viaHeader = await identify(new Headers({ authorization: `Bearer ${secret}` }));
    expect(viaHeader).toMatchObject({ userId: user.id, via: "token", tokenId: id });
    const viaUrl = await identify(
      new Headers(),
      new URL(`ws://localhost/collab/x?token=${secret}`),
    );
    expect(viaUrl).toMatchObject({ userId: user.id, via: "token", tokenId: id });
    // Only the hash is stored.
    const rows = await database.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it.skipIf(skip)("malformed, unknown and forged tokens are refused", async () => {
    const cases = [
      "Bearer",
      "Bearer ",
      "Basic dXNlcjpwYXNz",
      "Bearer plx_short",
      `Bearer plx_${"A".repeat(43)}`,
      `Bearer xyz_${"A".repeat(43)}`,
      `Bearer plx_${"A".repeat(42)}!`,
      `Bearer ${"x".repeat(10_000)}`,
    ];
    for (const authorization of cases) {
      expect(await identify(new Headers({ authorization }))).toBeNull();
    }
    expect(await identify(new Headers(), new URL("ws://x/collab/y?token="))).toBeNull();
    expect(await identify(new Headers(), new URL("ws://x/collab/y?token=plx_nope"))).toBeNull();
  });

  it.skipIf(skip)("a bad token is not rescued by a good cookie", async () => {
    const cookie = await signIn("ada@example.org", "correct horse");
    const headers = withCookie(cookie);
    headers.set("authorization", `Bearer plx_${"B".repeat(43)}`);
    expect(await identify(headers)).toBeNull();
  });

  it.skipIf(skip)("a revoked token is refused, and revoking tells the listeners", async () => {
    const [owner] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, "bot-owner@example.org"));
    const { id, secret } = await createToken(database.db, owner.id, "to revoke");
    events.length = 0;
    // Someone else cannot revoke it.
    const other = await createAccount(auth, {
      email: "other@example.org",
      password: "correct horse",
      name: "Other",
    });
    expect(await revokeToken(database.db, other.id, id)).toBe(false);
    expect(await identify(new Headers({ authorization: `Bearer ${secret}` }))).not.toBeNull();
    expect(await revokeToken(database.db, owner.id, id)).toBe(true);
    expect(events).toEqual([{ userId: owner.id, tokenId: id }]);
    expect(await identify(new Headers({ authorization: `Bearer ${secret}` }))).toBeNull();
    // Twice: nothing to revoke.
    expect(await revokeToken(database.db, owner.id, id)).toBe(false);
    const live = await listTokens(database.db, owner.id);
    expect(live.map((t) => t.id)).not.toContain(id);
    const all = await listTokens(database.db, owner.id, { includeRevoked: true });
    expect(all.find((t) => t.id === id)?.revokedAt).toBeTruthy();
  });

  it.skipIf(skip)("last use is recorded, at most once a minute", async () => {
    const [owner] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, "bot-owner@example.org"));
    const { id, secret } = await createToken(database.db, owner.id, "usage");
    const lastUsed = async () =>
      (await database.db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0].lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await resolveToken(database.db, secret);
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await resolveToken(database.db, secret);
    expect((await lastUsed())?.getTime()).toBe(first?.getTime());
    // Pretend the last use was two minutes ago: the next use writes again.
    await database.db
      .update(apiTokens)
      .set({ lastUsedAt: new Date(Date.now() - 120_000) })
      .where(eq(apiTokens.id, id));
    await resolveToken(database.db, secret);
    expect((await lastUsed())?.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });

  it.skipIf(skip)("credentials of a deleted user are refused", async () => {
    const gone = await createAccount(auth, {
      email: "gone@example.org",
      password: "correct horse",
      name: "Gone",
    });
    const cookie = await signIn("gone@example.org", "correct horse");
    const { secret } = await createToken(database.db, gone.id, "orphan");
    await database.db.delete(users).where(eq(users.id, gone.id));
    expect(await identify(withCookie(cookie))).toBeNull();
    expect(await identify(new Headers({ authorization: `Bearer ${secret}` }))).toBeNull();
  });

  it.skipIf(skip)("a password reset ends every session of the user", async () => {
    const user = await createAccount(auth, {
      email: "reset@example.org",
      password: "old password",
      name: "Reset",
    });
    const a = await signIn("reset@example.org", "old password");
    const b = await signIn("reset@example.org", "old password");
    events.length = 0;
    await resetPassword(auth, { email: "reset@example.org", password: "new password" });
    expect(await identify(withCookie(a))).toBeNull();
    expect(await identify(withCookie(b))).toBeNull();
    expect(events.filter((e) => e.userId === user.id && e.sessionId)).toHaveLength(2);
    await signIn("reset@example.org", "new password");
  });

  it.skipIf(skip)("audit() writes a row and never throws", async () => {
    await audit(database.db, {
      actorId: "someone",
      action: "member.role_changed",
      timelineId: "t1",
      target: "user-2",
      detail: { from: "viewer", to: "editor" },
      ip: "203.0.113.9",
    });
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "member.role_changed"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: "someone",
      timelineId: "t1",
      target: "user-2",
      detail: { from: "viewer", to: "editor" },
      ip: "203.0.113.9",
    });
    expect(rows[0].at).toBeInstanceOf(Date);
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.1, 10.0.0.1" }))).toBe(
      "198.51.100.1",
    );
  });
});
