/**
 * Accounts over HTTP against the real server with the web app, on PGlite and
 * PostgreSQL: sign-up, sign-in and sign-out through better-auth's routes,
 * cookie attributes, forged and expired sessions, the token API, the page
 * redirects, the demo accounts of a first start, and the audit rows all of
 * it leaves behind.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, sessions } from "../../db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/accounts";
import { authPost, SESSION_COOKIE, sessionCookieFrom, signedSessionCookie } from "../helpers/auth";
import { availableBackends, type Backend, createBackend } from "../helpers/backends";
import { withDatabase } from "../helpers/database";
import { startServer, type TestServer } from "../helpers/server";

const SECRET = randomBytes(32).toString("base64url");
const ENV = { PARALLAX_WEB: "1", BETTER_AUTH_SECRET: SECRET, AUTH_ATTEMPTS_PER_MINUTE: "1000" };
const backends = await availableBackends();

describe.each(backends)("accounts over HTTP ($kind)", ({ kind, skip }) => {
  let backend: Backend;
  let server: TestServer;
  let cookie = "";
  const email = "mariko@example.org";
  const password = "a long passphrase";

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers, redirect: "manual" });
  const api = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    if (skip) return;
    backend = await createBackend(kind);
    server = await startServer(backend, ENV);
  });

  afterAll(async () => {
    await server?.stop();
    await backend?.dispose();
  });

  it.skipIf(skip)("a first start creates and logs one demo account per role", async () => {
    const line = server.logs.find((l) => String(l.msg).startsWith("demo accounts"));
    expect(line?.accounts).toEqual(DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })));
    expect(String(line?.msg)).toContain(DEMO_PASSWORD);
    for (const demo of DEMO_ACCOUNTS) {
      const response = await authPost(server.url, "/sign-in/email", {
        email: demo.email,
        password: DEMO_PASSWORD,
      });
      expect(response.status).toBe(200);
      const cookie = { cookie: sessionCookieFrom(response) ?? "" };
      const listing = await get("/api/timelines", cookie);
      const { timelines } = (await listing.json()) as { timelines: { role: string }[] };
      expect(timelines.map((t) => t.role)).toEqual([demo.role]);
      const session = (await (await get("/api/auth/get-session", cookie)).json()) as {
        user: { name: string; color: string };
      };
      expect(session.user).toMatchObject({ name: demo.name, color: demo.color });
    }
    // Each demo person has a colour of their own.
    expect(new Set(DEMO_ACCOUNTS.map((demo) => demo.color)).size).toBe(DEMO_ACCOUNTS.length);
  });

  it.skipIf(skip)("signing up signs in, with a secure-by-default cookie", async () => {
    const response = await authPost(server.url, "/sign-up/email", {
      email: "Mariko@Example.org",
      password,
      name: "  Mariko   Sato ",
    });
    expect(response.status).toBe(200);
    const setCookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(setCookie).toBeDefined();
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Path=\//i);
    // Served over plain http here; PUBLIC_URL=https://… (or SECURE_COOKIES=1) adds Secure.
    expect(setCookie).not.toMatch(/;\s*Secure/i);
    cookie = sessionCookieFrom(response) ?? "";
    const session = await get("/api/auth/get-session", { cookie });
    const body = (await session.json()) as { user: { name: string; email: string; color: string } };
    expect(body.user).toMatchObject({ name: "Mariko Sato", email });
    expect(body.user.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it.skipIf(skip)("sign-up refuses a taken email, a short password and a blank name", async () => {
    const taken = await authPost(server.url, "/sign-up/email", { email, password, name: "Again" });
    expect(taken.status).toBe(422);
    const short = await authPost(server.url, "/sign-up/email", {
      email: "short@example.org",
      password: "2short",
      name: "Short",
    });
    expect(short.status).toBe(400);
    const blank = await authPost(server.url, "/sign-up/email", {
      email: "blank@example.org",
      password,
      name: "   ",
    });
    expect(blank.status).toBe(400);
    expect(((await blank.json()) as { code: string }).code).toBe("INVALID_NAME");
  });

  it.skipIf(skip)("signs in with the right password only", async () => {
    const wrong = await authPost(server.url, "/sign-in/email", { email, password: "nope-nope" });
    expect(wrong.status).toBe(401);
    expect(sessionCookieFrom(wrong)).toBeUndefined();
    const unknown = await authPost(server.url, "/sign-in/email", {
      email: "nobody@example.org",
      password,
    });
    expect(unknown.status).toBe(401);
    const right = await authPost(server.url, "/sign-in/email", { email, password });
    expect(right.status).toBe(200);
    expect(sessionCookieFrom(right)).toBeDefined();
  });

  it.skipIf(skip)("refuses a sign-in a browser posts from another site (CSRF)", async () => {
    const response = await authPost(
      server.url,
      "/sign-in/email",
      { email, password },
      { origin: "http://evil.example", "sec-fetch-site": "cross-site", "sec-fetch-mode": "cors" },
    );
    expect(response.status).toBe(403);
    expect(sessionCookieFrom(response)).toBeUndefined();
  });

  it.skipIf(skip)("updates the profile, within the palette only", async () => {
    const bad = await authPost(server.url, "/update-user", { color: "#123456" }, { cookie });
    expect(bad.status).toBe(400);
    const good = await authPost(
      server.url,
      "/update-user",
      { name: "Mariko S.", color: "#6D28D9" },
      { cookie },
    );
    expect(good.status).toBe(200);
    const session = await get("/api/auth/get-session", { cookie });
    const body = (await session.json()) as { user: { name: string; color: string } };
    expect(body.user).toMatchObject({ name: "Mariko S.", color: "#6d28d9" });
  });

  it.skipIf(skip)("creates, uses, lists and revokes API tokens", async () => {
    const created = await api("POST", "/api/tokens", { cookie }, { name: "  Importer  " });
    expect(created.status).toBe(201);
    const { token, secret } = (await created.json()) as {
      token: { id: string; name: string; lastUsedAt: string | null };
      secret: string;
    };
    expect(secret).toMatch(/^plx_/);
    expect(token).toMatchObject({ name: "Importer", lastUsedAt: null });

    const bearer = { authorization: `Bearer ${secret}` };
    expect((await api("GET", "/api/timelines", bearer)).status).toBe(200);
    // A token cannot manage tokens: a leaked one could otherwise make itself permanent.
    const byToken = await api("POST", "/api/tokens", bearer, { name: "more" });
    expect(byToken.status).toBe(403);
    expect(((await byToken.json()) as { code: string }).code).toBe("session_required");

    const listed = await api("GET", "/api/tokens", { cookie });
    const { tokens } = (await listed.json()) as { tokens: { id: string; lastUsedAt: string }[] };
    expect(tokens.map((t) => t.id)).toEqual([token.id]);
    expect(tokens[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(tokens)).not.toContain(secret);

    expect((await api("POST", "/api/tokens", { cookie }, { name: "" })).status).toBe(400);
    expect((await api("POST", "/api/tokens", { cookie }, { name: "x", extra: 1 })).status).toBe(
      400,
    );

    // Another user cannot revoke it, and learns nothing.
    const other = await authPost(server.url, "/sign-up/email", {
      email: "other@example.org",
      password,
      name: "Other",
    });
    const otherCookie = sessionCookieFrom(other) ?? "";
    const foreign = await api("DELETE", `/api/tokens/${token.id}`, { cookie: otherCookie });
    expect(foreign.status).toBe(404);

    expect((await api("DELETE", `/api/tokens/${token.id}`, { cookie })).status).toBe(204);
    expect((await api("GET", "/api/timelines", bearer)).status).toBe(401);
    expect((await api("DELETE", `/api/tokens/${token.id}`, { cookie })).status).toBe(404);
    expect((await api("DELETE", "/api/tokens/not-a-uuid", { cookie })).status).toBe(404);
  });

  it.skipIf(skip)("refuses forged credentials with 401", async () => {
    const [name, value] = cookie.split("=");
    const token = decodeURIComponent(value).split(".")[0];
    const forged = [
      `${name}=${encodeURIComponent(`${token}.${"A".repeat(43)}=`)}`,
      signedSessionCookie("some other secret", token),
      signedSessionCookie(SECRET, "f".repeat(32)),
      `${name}=garbage`,
    ];
    for (const bad of forged) {
      const response = await api("GET", "/api/tokens", { cookie: bad });
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    for (const authorization of ["Bearer plx_nope", `Bearer plx_${"Z".repeat(43)}`, "Basic x"]) {
      expect((await api("GET", "/api/timelines", { authorization })).status).toBe(401);
    }
  });

  it.skipIf(skip)("pages send visitors without a valid session to sign in", async () => {
    const anonymous = await get("/settings");
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get("location")).toMatch(/\/signin\?next=%2Fsettings$/);
    // A cookie that looks right gets past the proxy, and the page itself refuses
    // it. The home page streams (app/(home)/loading.tsx), so the redirect may come in the body.
    const forged = await get("/t/some-id?q=x", {
      cookie: signedSessionCookie(SECRET, "f".repeat(32)),
    });
    const target = `/signin?next=${encodeURIComponent("/t/some-id?q=x")}`;
    const redirectedTo = forged.headers.get("location") ?? (await forged.text());
    expect(redirectedTo).toContain(target);
    const settings = await get("/settings", { cookie });
    expect(settings.status).toBe(200);
    expect(await settings.text()).toContain("API tokens");
    // Signed in, /signin goes on to `next`, but never to another site.
    const onward = await get("/signin?next=%2F%2Fevil.example%2Fx", { cookie });
    const onwardTo = onward.headers.get("location") ?? (await onward.text());
    expect(onwardTo).toMatch(/NEXT_REDIRECT;replace;\/;|^\/$|url=\/"/);
    expect(onwardTo).not.toMatch(/(url=|NEXT_REDIRECT;replace;|^)\/\/evil/);
  });

  it.skipIf(skip)("an expired session is refused", async () => {
    const signedIn = await authPost(server.url, "/sign-in/email", { email, password });
    const expiring = sessionCookieFrom(signedIn) ?? "";
    expect((await api("GET", "/api/tokens", { cookie: expiring })).status).toBe(200);
    const token = decodeURIComponent(expiring.split("=")[1]).split(".")[0];
    // Only the server may open a PGlite folder: expire the session while it is stopped.
    await server.stop();
    await withDatabase(backend, async ({ db }) => {
      await db
        .update(sessions)
        .set({ expiresAt: new Date(Date.now() - 60_000) })
        .where(eq(sessions.token, token));
    });
    server = await startServer(backend, ENV);
    expect((await api("GET", "/api/tokens", { cookie: expiring })).status).toBe(401);
    // The session of the same user that did not expire still works.
    expect((await api("GET", "/api/tokens", { cookie })).status).toBe(200);
  });

  it.skipIf(skip)("signing out ends the session", async () => {
    const response = await authPost(server.url, "/sign-out", {}, { cookie });
    expect(response.status).toBe(200);
    const cleared = response.headers.getSetCookie().find((c) => c.startsWith(SESSION_COOKIE));
    expect(cleared).toMatch(/Max-Age=0/i);
    expect((await api("GET", "/api/tokens", { cookie })).status).toBe(401);
  });

  it.skipIf(skip)("left an audit trail, with the client's address", async () => {
    await server.stop();
    const rows = await withDatabase(backend, ({ db }) =>
      db.select().from(auditLog).orderBy(auditLog.id),
    );
    server = await startServer(backend, ENV);
    const actions = rows.map((row) => row.action);
    for (const action of [
      "auth.sign_up",
      "auth.sign_up_failed",
      "auth.sign_in",
      "auth.sign_in_failed",
      "token.created",
      "token.revoked",
      "auth.sign_out",
    ]) {
      expect(actions).toContain(action);
    }
    const failed = rows.find(
      (row) => row.action === "auth.sign_in_failed" && row.target === "nobody@example.org",
    );
    expect(failed).toMatchObject({
      actorId: null,
      detail: { reason: "INVALID_EMAIL_OR_PASSWORD" },
    });
    const signUp = rows.find((row) => row.action === "auth.sign_up" && row.actorId);
    expect(signUp?.ip).toMatch(/^(127\.0\.0\.1|::ffff:127\.0\.0\.1)$/);
    // A client cannot write someone else's address into the log.
    expect(rows.some((row) => row.ip === "203.0.113.66")).toBe(false);
  });

  it.skipIf(skip)("ignores a spoofed X-Forwarded-For unless TRUST_PROXY is set", async () => {
    await authPost(
      server.url,
      "/sign-in/email",
      { email, password: "wrong again" },
      { "x-forwarded-for": "203.0.113.66" },
    );
    await server.stop();
    const rows = await withDatabase(backend, ({ db }) =>
      db.select().from(auditLog).where(eq(auditLog.action, "auth.sign_in_failed")),
    );
    server = await startServer(backend, ENV);
    expect(rows.some((row) => row.ip === "203.0.113.66")).toBe(false);
  });
});
