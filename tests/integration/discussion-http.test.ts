/**
 * Discussion against the real server, on both backends: every role tries
 * every discussion action over HTTP and over the websocket and gets the same
 * answer; authorship cannot be forged (not through the API, not through the
 * content document); changes reach subscribed sockets live, and stock
 * y-websocket clients never see them; deleted comments stay as placeholders,
 * and everything survives a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { insertTimeline } from "../../db/queries/timelines";
import type { Role } from "../../lib/auth/roles";
import type { ThreadDTO } from "../../lib/discussion/protocol";
import {
  availableBackends,
  type Backend,
  type BackendKind,
  createBackend,
} from "../helpers/backends";
import { connectStockClient } from "../helpers/clients";
import { withDatabase } from "../helpers/database";
import { openDiscussionSocket } from "../helpers/discussionSocket";
import { type SeededMember, seedMember } from "../helpers/members";
import { retryUntil } from "../helpers/retry";
import { startServer, type TestServer } from "../helpers/server";

const ROLES: Role[] = ["owner", "editor", "reviewer", "commenter", "viewer"];
type Actor = Role | "outsider";
const ACTORS: Actor[] = [...ROLES, "outsider"];
const COMMENTS = new Set<Actor>(["owner", "editor", "reviewer", "commenter"]);
const ANCHOR = {
  field: "title" as const,
  quote: "London",
  prefix: "Talks in ",
  suffix: "",
};

const backends = await availableBackends();

describe.each(backends)(
  "discussion ($kind)",
  ({ kind, skip }: { kind: BackendKind; skip: boolean }) => {
    let backend: Backend;
    let server: TestServer;
    const cast = new Map<Actor, SeededMember>();
    const TRANSPORTS = ["http", "ws"] as const;
    const timelineOf = (transport: string) => `disc-${transport}`;

    beforeAll(async () => {
      if (skip) return;
      backend = await createBackend(kind);
      await withDatabase(backend, async ({ db }) => {
        for (const t of [...TRANSPORTS, "live"])
          await insertTimeline(db, { id: timelineOf(t), title: t });
        await insertTimeline(db, { id: "elsewhere", title: "elsewhere" });
        for (const role of ROLES)
          cast.set(
            role,
            await seedMember(db, {
              name: `The ${role}`,
              role,
              timelineIds: [...TRANSPORTS, "live"].map(timelineOf),
            }),
          );
        cast.set(
          "outsider",
          await seedMember(db, { name: "Outsider", role: "owner", timelineIds: ["elsewhere"] }),
        );
      });
      server = await startServer(backend, { PARALLAX_WEB: "1" });
    }, 600_000);

    afterAll(async () => {
      await server?.stop();
      await backend?.dispose();
    });

    const token = (actor: Actor) => cast.get(actor)?.token ?? "";
    const wsUrl = (actor: Actor, timelineId: string) =>
      `${server.url.replace(/^http/, "ws")}/collab/${timelineId}?token=${token(actor)}`;

    async function http(actor: Actor | null, method: string, path: string, body?: unknown) {
      const headers: Record<string, string> = {};
      if (actor) headers.authorization = `Bearer ${token(actor)}`;
      if (body !== undefined) headers["content-type"] = "application/json";
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {
        status: res.status,
        body: (await res.json().catch(() => ({}))) as Record<string, unknown>,
      };
    }

    /** One discussion action over a transport: the HTTP status, or the websocket reply's. */
    async function act(
      transport: (typeof TRANSPORTS)[number],
      actor: Actor,
      op: string,
      args: Record<string, unknown>,
    ): Promise<{ status: number; thread?: ThreadDTO }> {
      const t = timelineOf(transport);
      if (transport === "ws") {
        const socket = await openDiscussionSocket(wsUrl(actor, t));
        try {
          const reply = await socket.request(op, args);
          if (reply.ok)
            return { status: 200, thread: (reply.result as { thread?: ThreadDTO }).thread };
          return { status: reply.error.status };
        } finally {
          socket.close();
        }
      }
      const base = `/api/timelines/${t}/threads`;
      const { threadId, commentId, ...rest } = args as { threadId?: string; commentId?: string };
      const route: Record<string, [string, string, unknown?]> = {
        subscribe: ["GET", base],
        "thread.create": ["POST", base, rest],
        "comment.add": ["POST", `${base}/${threadId}/comments`, rest],
        "comment.edit": ["PATCH", `${base}/${threadId}/comments/${commentId}`, rest],
        "comment.delete": ["DELETE", `${base}/${threadId}/comments/${commentId}`],
        "thread.resolve": ["POST", `${base}/${threadId}/resolve`],
        "thread.reopen": ["POST", `${base}/${threadId}/reopen`],
      };
      const [method, path, body] = route[op];
      const res = await http(actor, method, path, body);
      const status = res.status === 201 ? 200 : res.status;
      return { status, thread: res.body.thread as ThreadDTO | undefined };
    }

    const newThread = (body: string) => ({ entryId: "e1", anchor: ANCHOR, kind: "dispute", body });

    describe.each(TRANSPORTS)("the role matrix over %s", (transport) => {
      it.skipIf(skip)("gives every role exactly the discussion rights it has", async () => {
        // The editor's thread and comment are "someone else's" for every actor but the
        // editor, for whom the owner's are.
        const created = await act(transport, "editor", "thread.create", newThread("The editor's"));
        expect(created.status).toBe(200);
        const byEditor = created.thread as ThreadDTO;
        const byOwner = (await act(transport, "owner", "thread.create", newThread("The owner's")))
          .thread as ThreadDTO;
        expect(byEditor.createdBy.name).toBe("The editor");

        for (const actor of ACTORS) {
          const member = actor !== "outsider";
          const commenter = COMMENTS.has(actor);
          const refused = member ? 403 : transport === "ws" ? 403 : 404;
          const label = `${actor} over ${transport}`;
          const thread = actor === "editor" ? byOwner : byEditor;
          const theirComment = thread.comments[0].id;
          if (actor === "outsider" && transport === "ws") {
            // An outsider's socket is refused before the upgrade.
            await expect(openDiscussionSocket(wsUrl(actor, timelineOf(transport)))).rejects.toThrow(
              "HTTP 403",
            );
            continue;
          }
          expect((await act(transport, actor, "subscribe", {})).status, `${label} lists`).toBe(
            member ? 200 : 404,
          );
          const own = await act(transport, actor, "thread.create", newThread(`By the ${actor}`));
          expect(own.status, `${label} starts a thread`).toBe(commenter ? 200 : refused);
          if (own.thread) expect(own.thread.createdBy.id).toBe(cast.get(actor)?.userId);
          const reply = await act(transport, actor, "comment.add", {
            threadId: thread.id,
            body: "Re",
          });
          expect(reply.status, `${label} replies`).toBe(commenter ? 200 : refused);
          const others = { threadId: thread.id, commentId: theirComment };
          expect(
            (await act(transport, actor, "comment.edit", { ...others, body: "Hijacked" })).status,
            `${label} edits another's comment`,
          ).toBe(member ? 403 : refused);
          if (own.thread) {
            const mine = { threadId: own.thread.id, commentId: own.thread.comments[0].id };
            expect(
              (await act(transport, actor, "comment.edit", { ...mine, body: "Edited" })).status,
            ).toBe(200);
            expect(
              (await act(transport, actor, "thread.resolve", mine)).status,
              `${label} resolves`,
            ).toBe(200);
            expect(
              (await act(transport, actor, "thread.reopen", mine)).status,
              `${label} reopens`,
            ).toBe(200);
            expect(
              (await act(transport, actor, "comment.delete", mine)).status,
              `${label} deletes own`,
            ).toBe(200);
          } else {
            expect(
              (await act(transport, actor, "thread.resolve", { threadId: thread.id })).status,
            ).toBe(refused);
            expect(
              (await act(transport, actor, "thread.reopen", { threadId: thread.id })).status,
            ).toBe(refused);
          }
          // Only owners moderate; the editor's comment is deleted by the owner at most once.
          if (actor !== "owner") {
            expect(
              (await act(transport, actor, "comment.delete", others)).status,
              `${label} deletes another's comment`,
            ).toBe(member ? 403 : refused);
          }
        }
        const theirComment = byEditor.comments[0].id;
        const moderated = await act(transport, "owner", "comment.delete", {
          threadId: byEditor.id,
          commentId: theirComment,
        });
        expect(moderated.status).toBe(200);
        const placeholder = moderated.thread?.comments.find((c) => c.id === theirComment);
        expect(placeholder).toMatchObject({ deleted: true, body: "" });
        expect(placeholder?.deletedBy?.name).toBe("The owner");
      });
    });

    it.skipIf(skip)(
      "answers anonymous HTTP callers with 401, and invalid input with 422",
      async () => {
        expect(
          (await http(null, "GET", `/api/timelines/${timelineOf("http")}/threads`)).status,
        ).toBe(401);
        expect((await http(null, "GET", "/api/inbox")).status).toBe(401);
        const bad = await http(
          "commenter",
          "POST",
          `/api/timelines/${timelineOf("http")}/threads`,
          {
            entryId: "e1",
            kind: "rant",
            body: "x",
          },
        );
        expect(bad.status).toBe(422);
        const empty = await http(
          "commenter",
          "POST",
          `/api/timelines/${timelineOf("http")}/threads`,
          {
            ...newThread("   "),
          },
        );
        expect(empty.status).toBe(422);
      },
    );

    it.skipIf(skip)(
      "takes authorship from the caller only, never from input or the content document",
      async () => {
        const forged = await http(
          "commenter",
          "POST",
          `/api/timelines/${timelineOf("http")}/threads`,
          {
            ...newThread("Pretending"),
            createdBy: { id: cast.get("owner")?.userId, name: "The owner" },
            author: cast.get("owner")?.userId,
          },
        );
        expect(forged.status).toBe(201);
        const thread = forged.body.thread as ThreadDTO;
        expect(thread.createdBy.id).toBe(cast.get("commenter")?.userId);
        expect(thread.comments[0].author.id).toBe(cast.get("commenter")?.userId);

        // An editor writes a fake thread and comment into the shared document.
        const t = timelineOf("live");
        const before = await http("viewer", "GET", `/api/timelines/${t}/threads`);
        const countBefore = (before.body.threads as ThreadDTO[]).length;
        const editor = connectStockClient(
          { collabUrl: server.collabUrl, token: token("editor") },
          t,
        );
        await editor.synced;
        const forgery = () => {
          const fake = new Y.Map<unknown>();
          fake.set("createdBy", cast.get("owner")?.userId);
          fake.set("body", "Forged by the owner");
          return fake;
        };
        editor.doc.transact(() => {
          editor.doc.getMap("threads").set("forged", forgery());
          editor.doc.getMap("comments").set("forged", forgery());
        });
        const observer = connectStockClient(
          { collabUrl: server.collabUrl, token: token("viewer") },
          t,
        );
        await observer.synced;
        await retryUntil(() => observer.doc.getMap("threads").has("forged"));
        const socket = await openDiscussionSocket(wsUrl("viewer", t));
        const reply = await socket.request("subscribe");
        socket.close();
        expect(reply.ok).toBe(true);
        const threads = (reply as { result: { threads: ThreadDTO[] } }).result.threads;
        expect(threads.length).toBe(countBefore);
        expect(threads.some((x) => x.comments.some((c) => c.body.includes("Forged")))).toBe(false);
        editor.destroy();
        observer.destroy();
      },
    );

    it.skipIf(skip)(
      "delivers changes live to subscribed sockets, and mentions to the inbox, but nothing to stock clients",
      async () => {
        const t = timelineOf("live");
        const watcher = await openDiscussionSocket(wsUrl("editor", t));
        const mentioned = await openDiscussionSocket(wsUrl("reviewer", t));
        expect((await watcher.request("subscribe")).ok).toBe(true);
        const joined = await mentioned.request("subscribe");
        const unreadBefore = (joined as { result: { unread: number } }).result.unread;
        const stock = connectStockClient(
          { collabUrl: server.collabUrl, token: token("commenter") },
          t,
        );
        await stock.synced;
        let stockUnknown = 0;
        const original = console.error;
        console.error = (...args: unknown[]) => {
          if (String(args[0]).includes("Unable to compute message")) stockUnknown++;
          else original(...args);
        };
        try {
          const reviewer = cast.get("reviewer") as SeededMember;
          const created = await http("commenter", "POST", `/api/timelines/${t}/threads`, {
            ...newThread(`Is this right, @[The reviewer](${reviewer.userId})?`),
          });
          expect(created.status).toBe(201);
          const id = (created.body.thread as ThreadDTO).id;
          await retryUntil(() =>
            watcher.events.some((e) => e.kind === "thread" && e.thread.id === id),
          );
          await retryUntil(() =>
            mentioned.events.some((e) => e.kind === "inbox" && e.unread === unreadBefore + 1),
          );
          const thread = (watcher.events.find((e) => e.kind === "thread") as { thread: ThreadDTO })
            .thread;
          expect(thread.comments[0].mentions).toEqual([reviewer.userId]);
          const inbox = await http("reviewer", "GET", "/api/inbox");
          expect((inbox.body.items as { kind: string; threadId: string }[])[0]).toMatchObject({
            kind: "mention",
            threadId: id,
          });
          const read = await http("reviewer", "POST", "/api/inbox/read", { ids: "all" });
          expect(read.body.unread).toBe(0);
          // The stock client kept syncing and never saw a discussion message.
          stock.doc.getMap("meta").set("probe", 1);
          await new Promise((resolve) => setTimeout(resolve, 200));
          expect(stockUnknown).toBe(0);
        } finally {
          console.error = original;
          watcher.close();
          mentioned.close();
          stock.destroy();
        }
      },
    );

    it.skipIf(skip)("keeps threads, comments and placeholders across a restart", async () => {
      const t = timelineOf("http");
      const before = await http("viewer", "GET", `/api/timelines/${t}/threads`);
      await server.stop();
      server = await startServer(backend, { PARALLAX_WEB: "1" });
      const after = await http("viewer", "GET", `/api/timelines/${t}/threads`);
      expect(after.status).toBe(200);
      expect(after.body.threads).toEqual(before.body.threads);
      const threads = after.body.threads as ThreadDTO[];
      expect(threads.some((x) => x.comments.some((c) => c.deleted && c.body === ""))).toBe(true);
    });
  },
);
