/**
 * Roles over HTTP against the real server: every role (and a non-member and
 * an anonymous caller) tries every timeline action with an API token. What
 * is refused gets the documented status and changes nothing; what is allowed
 * works. Also: ids of one timeline never reach another's data, the last owner
 * stays, and share links join with their role until they expire or are revoked.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashInviteSecret } from "../../db/queries/invites";
import { insertTimeline } from "../../db/queries/timelines";
import { invites } from "../../db/schema";
import { can, type Role } from "../../lib/auth/roles";
import {
  availableBackends,
  type Backend,
  type BackendKind,
  createBackend,
} from "../helpers/backends";
import { withDatabase } from "../helpers/database";
import { SEEDED_PASSWORD, type SeededMember, seedMember } from "../helpers/members";
import { startServer, type TestServer } from "../helpers/server";

type Actor = Role | "outsider" | "anonymous";
const ACTORS: Actor[] = [
  "owner",
  "editor",
  "reviewer",
  "commenter",
  "viewer",
  "outsider",
  "anonymous",
];
const MEMBER_ROLES: Role[] = ["owner", "editor", "reviewer", "commenter", "viewer"];

type Member = SeededMember & { email: string };

/** Each actor gets its own timeline, so what one actor changes never affects another's case. */
const matrixTimeline = (actor: Actor) => `m-${actor}`;

const backends = await availableBackends();

describe.each(backends)(
  "roles over HTTP ($kind)",
  ({ kind, skip }: { kind: BackendKind; skip: boolean }) => {
    let backend: Backend;
    let server: TestServer;
    const cast = new Map<Role, Member>();
    /** Owner of "elsewhere" only. */
    let outsider: Member;
    /** A viewer on every matrix timeline, whose role owners change and who gets removed. */
    let target: Member;
    /** Member of nothing; owners add them by email. */
    let newcomer: Member;
    /** Sole owner of "solo". */
    let solo: Member;
    /** Signs in with a password to open share links. */
    let joiner: Member;
    const expiredSecret = "e".repeat(43);
    let elsewhereInviteId: string;

    beforeAll(async () => {
      if (skip) return;
      backend = await createBackend(kind);
      await withDatabase(backend, async ({ db }) => {
        const matrix = ACTORS.map(matrixTimeline);
        for (const id of [...matrix, "elsewhere", "solo", "shared"])
          await insertTimeline(db, { id, title: `Timeline ${id}` });
        for (const role of MEMBER_ROLES)
          cast.set(
            role,
            await seedMember(db, { name: `The ${role}`, role, timelineIds: [...matrix, "shared"] }),
          );
        target = await seedMember(db, { name: "Target", role: "viewer", timelineIds: matrix });
        newcomer = await seedMember(db, { name: "Newcomer", role: "viewer", timelineIds: [] });
        outsider = await seedMember(db, {
          name: "Outsider",
          role: "owner",
          timelineIds: ["elsewhere"],
        });
        solo = await seedMember(db, { name: "Solo", role: "owner", timelineIds: ["solo"] });
        joiner = await seedMember(db, {
          name: "Joiner",
          role: "viewer",
          timelineIds: [],
          password: true,
        });
        elsewhereInviteId = randomUUID();
        await db.insert(invites).values([
          {
            id: elsewhereInviteId,
            timelineId: "elsewhere",
            role: "viewer",
            tokenHash: hashInviteSecret("x".repeat(43)),
            expiresAt: new Date(Date.now() + 3_600_000),
            createdBy: outsider.userId,
          },
          {
            id: randomUUID(),
            timelineId: "shared",
            role: "editor",
            tokenHash: hashInviteSecret(expiredSecret),
            expiresAt: new Date(Date.now() - 60_000),
            createdBy: cast.get("owner")?.userId ?? "",
          },
        ]);
      });
      server = await startServer(backend, { PARALLAX_WEB: "1" });
    }, 600_000);

    afterAll(async () => {
      await server?.stop();
      await backend?.dispose();
    });

    function tokenOf(actor: Actor): string | undefined {
      if (actor === "anonymous") return undefined;
      if (actor === "outsider") return outsider.token;
      return cast.get(actor)?.token;
    }

    async function call(
      actor: Actor | Member,
      method: string,
      path: string,
      body?: unknown,
    ): Promise<{ status: number; body: Record<string, unknown>; type: string }> {
      const token = typeof actor === "string" ? tokenOf(actor) : actor.token;
      const headers: Record<string, string> = {};
      if (token) headers.authorization = `Bearer ${token}`;
      if (body !== undefined) headers["content-type"] = "application/json";
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
        type: response.headers.get("content-type") ?? "",
      };
    }

    /** What the owner sees of a timeline: the ground truth a refused request must not change. */
    async function snapshot(id: string) {
      const timeline = await call("owner", "GET", `/api/timelines/${id}`);
      const members = await call("owner", "GET", `/api/timelines/${id}/members`);
      const links = await call("owner", "GET", `/api/timelines/${id}/invites`);
      const row = timeline.body.timeline as { title: string } | undefined;
      return {
        // Not updatedAt: the server stamps it from the document on its own schedule.
        timeline: {
          status: timeline.status,
          body: row ? { timeline: { title: row.title } } : null,
        },
        members: members.body,
        links: links.body,
      };
    }

    const roleIn = (members: Record<string, unknown> | null, userId: string) =>
      (members?.members as { userId: string; role: Role }[] | undefined)?.find(
        (member) => member.userId === userId,
      )?.role ?? null;

    /** The action each case tries, and the permission (lib/auth/roles) it needs. */
    const CASES = [
      {
        name: "get",
        needs: "read",
        status: 200,
        run: (a: Actor, id: string) => call(a, "GET", `/api/timelines/${id}`),
      },
      {
        name: "rename",
        needs: "edit",
        status: 200,
        run: (a: Actor, id: string) =>
          call(a, "PATCH", `/api/timelines/${id}`, { title: `Renamed by ${a}` }),
      },
      {
        name: "list members",
        needs: "read",
        status: 200,
        run: (a: Actor, id: string) => call(a, "GET", `/api/timelines/${id}/members`),
      },
      {
        name: "add member",
        needs: "manageMembers",
        status: 201,
        run: (a: Actor, id: string) =>
          call(a, "POST", `/api/timelines/${id}/members`, {
            email: newcomer.email,
            role: "commenter",
          }),
      },
      {
        name: "change role",
        needs: "manageMembers",
        status: 200,
        run: (a: Actor, id: string) =>
          call(a, "PATCH", `/api/timelines/${id}/members/${target.userId}`, { role: "reviewer" }),
      },
      {
        name: "remove member",
        needs: "manageMembers",
        status: 204,
        run: (a: Actor, id: string) =>
          call(a, "DELETE", `/api/timelines/${id}/members/${target.userId}`),
      },
      {
        name: "create link",
        needs: "manageMembers",
        status: 201,
        run: (a: Actor, id: string) =>
          call(a, "POST", `/api/timelines/${id}/invites`, { role: "viewer", expiresInHours: 24 }),
      },
      {
        name: "delete",
        needs: "deleteTimeline",
        status: 204,
        run: (a: Actor, id: string) => call(a, "DELETE", `/api/timelines/${id}`),
      },
    ] as const;

    function expectedRefusal(actor: Actor): number {
      if (actor === "anonymous") return 401;
      if (actor === "outsider") return 404;
      return 403;
    }

    it.skipIf(skip).each(ACTORS)(
      "%s: every action is allowed or refused as the matrix says",
      async (actor) => {
        const id = matrixTimeline(actor);
        const outcome: Record<string, number> = {};
        for (const step of CASES) {
          const allowed = actor !== "anonymous" && actor !== "outsider" && can(actor, step.needs);
          const before = await snapshot(id);
          const result = await step.run(actor, id);
          outcome[step.name] = result.status;
          if (!allowed) {
            expect(result.status, `${actor} ${step.name}`).toBe(expectedRefusal(actor));
            expect(result.type).toContain("application/problem+json");
            expect(await snapshot(id), `${actor} ${step.name} changed nothing`).toEqual(before);
            continue;
          }
          expect(result.status, `${actor} ${step.name}: ${JSON.stringify(result.body)}`).toBe(
            step.status,
          );
          const after = await snapshot(id);
          switch (step.name) {
            case "get":
              expect(result.body.timeline).toMatchObject({ id, role: actor });
              break;
            case "rename":
              expect(after.timeline.body?.timeline).toMatchObject({ title: `Renamed by ${actor}` });
              break;
            case "list members":
              expect(roleIn(result.body, target.userId)).toBe("viewer");
              break;
            case "add member":
              expect(roleIn(after.members, newcomer.userId)).toBe("commenter");
              break;
            case "change role":
              expect(roleIn(after.members, target.userId)).toBe("reviewer");
              break;
            case "remove member":
              expect(roleIn(after.members, target.userId)).toBeNull();
              break;
            case "create link": {
              expect(result.body.url).toMatch(/^\/join\/[A-Za-z0-9_-]{43}$/);
              const links = after.links?.invites as { id: string; role: Role }[];
              expect(links.map((link) => link.role)).toEqual(["viewer"]);
              break;
            }
            case "delete":
              expect(after.timeline.status).toBe(404);
              break;
          }
        }
        // The whole row, for a readable failure.
        expect(Object.keys(outcome)).toHaveLength(CASES.length);
      },
    );

    it.skipIf(skip)("lists only the caller's timelines, with their role", async () => {
      const listed = await call(outsider, "GET", "/api/timelines");
      expect(listed.status).toBe(200);
      expect(listed.body.timelines).toEqual([
        expect.objectContaining({ id: "elsewhere", role: "owner" }),
      ]);
      const anonymous = await call("anonymous", "GET", "/api/timelines");
      expect(anonymous.status).toBe(401);
      const viewer = await call("viewer", "GET", "/api/timelines");
      const ids = (viewer.body.timelines as { id: string; role: Role }[]).map(
        (t) => `${t.id}:${t.role}`,
      );
      expect(ids).toContain("shared:viewer");
      expect(ids).not.toContain("elsewhere:viewer");
    });

    it.skipIf(skip)("ids of one timeline do not reach another timeline's data", async () => {
      // The outsider is a member of "elsewhere" only: not found on "shared".
      const patch = await call(
        "owner",
        "PATCH",
        `/api/timelines/shared/members/${outsider.userId}`,
        {
          role: "viewer",
        },
      );
      expect(patch.status).toBe(404);
      expect(patch.body.code).toBe("member_not_found");
      const remove = await call(
        "owner",
        "DELETE",
        `/api/timelines/shared/members/${outsider.userId}`,
      );
      expect(remove.status).toBe(404);
      const revoke = await call(
        "owner",
        "DELETE",
        `/api/timelines/shared/invites/${elsewhereInviteId}`,
      );
      expect(revoke.status).toBe(404);
      expect(revoke.body.code).toBe("invite_not_found");
      // Nothing changed on "elsewhere".
      const members = await call(outsider, "GET", "/api/timelines/elsewhere/members");
      expect(roleIn(members.body, outsider.userId)).toBe("owner");
      const links = await call(outsider, "GET", "/api/timelines/elsewhere/invites");
      expect((links.body.invites as { id: string }[]).map((i) => i.id)).toEqual([
        elsewhereInviteId,
      ]);
      // And "elsewhere" itself looks like an unknown id to the owner of "shared".
      const peek = await call("owner", "GET", "/api/timelines/elsewhere");
      const unknown = await call("owner", "GET", "/api/timelines/no-such-timeline");
      expect(peek.status).toBe(404);
      expect(peek.body).toEqual(unknown.body);
    });

    it.skipIf(skip)("keeps the last owner (409), and lets members leave", async () => {
      const demote = await call(solo, "PATCH", `/api/timelines/solo/members/${solo.userId}`, {
        role: "editor",
      });
      expect(demote.status).toBe(409);
      expect(demote.body.code).toBe("last_owner");
      const leave = await call(solo, "DELETE", `/api/timelines/solo/members/${solo.userId}`);
      expect(leave.status).toBe(409);
      // With a second owner the first may step down.
      const added = await call(solo, "POST", "/api/timelines/solo/members", {
        email: target.email,
        role: "owner",
      });
      expect(added.status).toBe(201);
      const stepDown = await call(solo, "PATCH", `/api/timelines/solo/members/${solo.userId}`, {
        role: "viewer",
      });
      expect(stepDown.status).toBe(200);
      expect(stepDown.body.member).toMatchObject({ userId: solo.userId, role: "viewer" });
      // A viewer may leave on their own.
      const left = await call(solo, "DELETE", `/api/timelines/solo/members/${solo.userId}`);
      expect(left.status).toBe(204);
      expect((await call(solo, "GET", "/api/timelines/solo")).status).toBe(404);
    });

    it.skipIf(skip)("validates bodies with problem details", async () => {
      const badRole = await call("owner", "POST", "/api/timelines/shared/members", {
        email: "a@b.example",
        role: "admin",
      });
      expect(badRole.status).toBe(400);
      expect(badRole.body).toMatchObject({ code: "invalid_body", field: "role" });
      const ownerLink = await call("owner", "POST", "/api/timelines/shared/invites", {
        role: "owner",
        expiresInHours: 1,
      });
      expect(ownerLink.status).toBe(400);
      const longLink = await call("owner", "POST", "/api/timelines/shared/invites", {
        role: "viewer",
        expiresInHours: 721,
      });
      expect(longLink.status).toBe(400);
      expect(longLink.body).toMatchObject({ field: "expiresInHours" });
      const invited = await call("owner", "POST", "/api/timelines/shared/members", {
        email: "Nobody.Yet@Example.org",
        role: "reviewer",
      });
      expect(invited.status).toBe(202);
      expect(invited.body.invite).toMatchObject({
        kind: "email",
        email: "nobody.yet@example.org",
        role: "reviewer",
      });

      // Signing up with that email turns the invitation into a membership.
      const signUp = await fetch(`${server.url}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.url },
        body: JSON.stringify({
          email: "nobody.yet@example.org",
          password: "a long enough password",
          name: "Nobody Yet",
        }),
      });
      expect(signUp.status).toBe(200);
      const cookie = signUp.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const joined = await fetch(`${server.url}/api/timelines/shared`, { headers: { cookie } });
      expect(joined.status).toBe(200);
      expect(((await joined.json()) as { timeline: { role: string } }).timeline.role).toBe(
        "reviewer",
      );
    });

    async function signIn(member: Member): Promise<string> {
      const response = await fetch(`${server.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.url },
        body: JSON.stringify({ email: member.email, password: SEEDED_PASSWORD }),
      });
      expect(response.status).toBe(200);
      return response.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
    }

    const open = (path: string, cookie?: string) =>
      fetch(`${server.url}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });

    it.skipIf(skip)(
      "a share link joins with its role; expired and revoked links are refused",
      async () => {
        const link = await call("owner", "POST", "/api/timelines/shared/invites", {
          role: "commenter",
          expiresInHours: 1,
        });
        expect(link.status).toBe(201);
        const url = String(link.body.url);

        const signedOut = await open(url);
        expect(signedOut.status).toBe(307);
        expect(signedOut.headers.get("location")).toBe(`/signin?next=${encodeURIComponent(url)}`);

        const cookie = await signIn(joiner);
        const joined = await open(url, cookie);
        expect(joined.status).toBe(303);
        expect(joined.headers.get("location")).toBe("/t/shared");
        const role = async () =>
          roleIn((await call("owner", "GET", "/api/timelines/shared/members")).body, joiner.userId);
        expect(await role()).toBe("commenter");

        // A viewer link does not lower the commenter.
        const lower = await call("owner", "POST", "/api/timelines/shared/invites", {
          role: "viewer",
          expiresInHours: 1,
        });
        expect((await open(String(lower.body.url), cookie)).headers.get("location")).toBe(
          "/t/shared",
        );
        expect(await role()).toBe("commenter");

        /** Follows a refused link to the page that explains it. */
        async function refusal(path: string): Promise<string> {
          const response = await open(path, cookie);
          expect(response.status).toBe(303);
          const location = String(response.headers.get("location"));
          expect(location).toMatch(/^\/join\?problem=/);
          const page = await open(location, cookie);
          expect(page.status).toBe(200);
          return page.text();
        }

        expect(await refusal(`/join/${expiredSecret}`)).toContain("This share link has expired");

        const revocable = await call("owner", "POST", "/api/timelines/shared/invites", {
          role: "editor",
          expiresInHours: 2,
        });
        const inviteId = (revocable.body.invite as { id: string }).id;
        expect(
          (await call("owner", "DELETE", `/api/timelines/shared/invites/${inviteId}`)).status,
        ).toBe(204);
        expect(await refusal(String(revocable.body.url))).toContain("This share link was revoked");
        expect(await refusal(`/join/${"u".repeat(43)}`)).toContain("This share link does not work");
        expect(await refusal("/join/not-a-secret")).toContain("This share link does not work");
        // None of them changed the role.
        expect(await role()).toBe("commenter");
      },
    );
  },
);
