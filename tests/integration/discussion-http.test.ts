/**
 * Discussion over HTTP against the real server (web app included), on both
 * backends: the role matrix for every action and every caller (no
 * credentials included), with exact statuses and codes; validation;
 * authorship from the caller only; changes made over HTTP reaching
 * subscribed sockets live (and never stock clients); the inbox (mentions,
 * replies, reading, deleted comments, removed members); placeholders and a
 * restart.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertTimeline } from "../../db/queries/timelines";
import {
  type InboxItem,
  MESSAGE_DISCUSSION,
  mentionToken,
  type ThreadDTO,
} from "../../lib/discussion/protocol";
import {
  availableBackends,
  type Backend,
  type BackendKind,
  createBackend,
} from "../helpers/backends";
import { connectStockClient, type StockClient } from "../helpers/clients";
import { withDatabase } from "../helpers/database";
import {
  ACTORS,
  type Actor,
  apiCall,
  type Cast,
  expectedOutcome,
  httpRequestFor,
  MATRIX_ACTIONS,
  type MatrixTargets,
  newThread,
  seedCast,
  seedMatrixTargets,
} from "../helpers/discussion";
import { type DiscussionSocket, openDiscussionSocket } from "../helpers/discussionSocket";
import { type SeededMember, seedMember } from "../helpers/members";
import { retryUntil } from "../helpers/retry";
import { startServer, type TestServer } from "../helpers/server";

const MATRIX = "http-matrix";
const LIVE = "http-live";
const INBOX = "http-inbox";
const backends = await availableBackends();

describe.each(backends)(
  "discussion over HTTP ($kind)",
  ({ kind, skip }: { kind: BackendKind; skip: boolean }) => {
    let backend: Backend;
    let server: TestServer;
    let cast: Cast;
    let targets: Map<Actor, MatrixTargets>;
    /** A commenter on INBOX who gets removed from it. */
    let leaver: SeededMember;
    const sockets: DiscussionSocket[] = [];
    const stock: StockClient[] = [];

    beforeAll(async () => {
      if (skip) return;
      backend = await createBackend(kind);
      await withDatabase(backend, async ({ db }) => {
        for (const id of [MATRIX, LIVE, INBOX, "elsewhere"])
          await insertTimeline(db, { id, title: `Timeline ${id}` });
        cast = await seedCast(db, [MATRIX, LIVE, INBOX], "elsewhere");
        targets = await seedMatrixTargets(db, cast, MATRIX);
        leaver = await seedMember(db, { name: "Leaver", role: "commenter", timelineIds: [INBOX] });
      });
      server = await startServer(backend, { PARALLAX_WEB: "1" });
    }, 600_000);

    afterAll(async () => {
      for (const socket of sockets) socket.close();
      for (const client of stock) client.destroy();
      await server?.stop();
      await backend?.dispose();
    });

    const member = (actor: Actor) => cast.get(actor) as SeededMember;
    const http = (actor: Actor | null, method: string, path: string, body?: unknown) =>
      apiCall(server.url, actor ? member(actor).token : null, method, path, body);
    const as = (who: SeededMember, method: string, path: string, body?: unknown) =>
      apiCall(server.url, who.token, method, path, body);
    async function open(actor: Actor, timelineId = LIVE) {
      const socket = await openDiscussionSocket(
        `${server.collabUrl}/${timelineId}?token=${member(actor).token}`,
        { sync: true },
      );
      sockets.push(socket);
      return socket;
    }
    const threads = (timelineId: string) => `/api/timelines/${timelineId}/threads`;
    const inboxOf = async (who: SeededMember) => {
      const res = await as(who, "GET", "/api/inbox");
      expect(res.status).toBe(200);
      return res.body as { items: InboxItem[]; unread: number };
    };

    describe("the role matrix", () => {
      it.each([...ACTORS, "anonymous" as const])(
        "gives the %s exactly its rights",
        async (actor) => {
          if (skip) return;
          const t = targets.get(actor === "anonymous" ? "outsider" : actor) as MatrixTargets;
          for (const action of MATRIX_ACTIONS) {
            const { method, path, body } = httpRequestFor(action, MATRIX, t);
            const res = await http(actor === "anonymous" ? null : actor, method, path, body);
            const want = expectedOutcome(actor, action, "http");
            const got =
              res.status < 300
                ? { status: res.status }
                : { status: res.status, code: res.body.code };
            expect(got, `${actor} ${action}`).toEqual(want);
            if (res.status >= 300) {
              expect(res.body).toMatchObject({ type: `urn:parallax:problem:${res.body.code}` });
              continue;
            }
            if (actor === "anonymous") continue;
            const thread = res.body.thread as ThreadDTO | undefined;
            if (action === "create" || action === "reply")
              expect(thread?.comments.at(-1)?.author.id).toBe(member(actor).userId);
            if (action === "list") expect(Array.isArray(res.body.threads)).toBe(true);
            if (action === "inbox") expect(res.body).toMatchObject({ items: expect.any(Array) });
            if (action === "inboxRead") expect(res.body).toEqual({ unread: 0 });
            if (action === "deleteOthers")
              expect(thread?.comments.find((c) => c.id === t.theirs.commentId)).toMatchObject({
                deleted: true,
                body: "",
                deletedBy: { id: member(actor).userId, name: `The ${actor}` },
              });
          }
          if (actor === "anonymous" || actor === "outsider") return;
          // What was refused changed nothing.
          const list = (await http("viewer", "GET", threads(MATRIX))).body.threads as ThreadDTO[];
          const theirs = list.find((x) => x.id === t.theirs.threadId)?.comments[0];
          if (actor === "owner") expect(theirs).toMatchObject({ deleted: true });
          else expect(theirs).toMatchObject({ deleted: false, body: `For the ${actor} to try` });
          const own = list.find((x) => x.id === t.own.threadId)?.comments[0];
          if (actor === "viewer")
            expect(own).toMatchObject({ deleted: false, body: "By the viewer" });
          else expect(own).toMatchObject({ deleted: true, body: "" });
        },
      );

      it.skipIf(skip)(
        "records the owner's deletion of another's comment in the audit log",
        async () => {
          if (kind !== "postgres") return; // PGlite belongs to the running server
          const client = new pg.Client({ connectionString: backend.open.databaseUrl });
          await client.connect();
          try {
            const { rows } = await client.query(
              "select actor_id, target, detail from audit_log where action = 'comment.moderated'",
            );
            expect(rows).toEqual([
              {
                actor_id: member("owner").userId,
                target: targets.get("owner")?.theirs.commentId,
                detail: {
                  threadId: targets.get("owner")?.theirs.threadId,
                  authorId: member("editor").userId,
                },
              },
            ]);
          } finally {
            await client.end();
          }
        },
      );
    });

    it.skipIf(skip)("validates bodies: 422 for bad fields, 400 and 415 for bad JSON", async () => {
      const cases: unknown[] = [
        { ...newThread("x"), kind: "rant" },
        newThread("   "),
        newThread("x".repeat(10_001)),
        { entryId: "e1", kind: "comment", body: "No anchor, no claim" },
        newThread("A variant alone", { variantId: "v1" }),
        newThread("Bad anchor", { anchor: { field: "body", quote: "x", prefix: "", suffix: "" } }),
        newThread("Long quote", {
          anchor: { field: "title", quote: "q".repeat(2001), prefix: "", suffix: "" },
        }),
      ];
      for (const body of cases) {
        const res = await http("commenter", "POST", threads(LIVE), body);
        expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
        expect(res.body.code).toBe("invalid_request");
      }
      const array = await http("commenter", "POST", threads(LIVE), [newThread("x")]);
      expect(array).toMatchObject({ status: 400, body: { code: "invalid_body" } });
      const notJson = await fetch(`${server.url}${threads(LIVE)}`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${member("commenter").token}`,
          "content-type": "application/json",
        },
        body: "{",
      });
      expect(notJson.status).toBe(400);
      const text = await fetch(`${server.url}${threads(LIVE)}`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${member("commenter").token}`,
          "content-type": "text/plain",
        },
        body: "hello",
      });
      expect(text.status).toBe(415);
      const unknown = await http("commenter", "POST", `${threads(LIVE)}/nope/comments`, {
        body: "Hi",
      });
      expect(unknown).toMatchObject({ status: 404, body: { code: "thread_not_found" } });
      const created = await http("commenter", "POST", threads(LIVE), newThread("Resolve me"));
      const id = (created.body.thread as ThreadDTO).id;
      expect((await http("commenter", "POST", `${threads(LIVE)}/${id}/resolve`)).status).toBe(200);
      const late = await http("editor", "POST", `${threads(LIVE)}/${id}/comments`, {
        body: "Late",
      });
      expect(late).toMatchObject({ status: 409, body: { code: "thread_resolved" } });
    });

    it.skipIf(skip)("takes authorship from the caller only, whatever the body says", async () => {
      const owner = member("owner");
      const forged = {
        createdBy: { id: owner.userId, name: "The owner", color: "#000000" },
        author: { id: owner.userId, name: "The owner" },
        authorId: owner.userId,
        deletedBy: owner.userId,
      };
      const created = await http("commenter", "POST", threads(LIVE), {
        ...newThread("Mine"),
        ...forged,
      });
      expect(created.status).toBe(201);
      const thread = created.body.thread as ThreadDTO;
      expect(thread.createdBy.id).toBe(member("commenter").userId);
      expect(thread.comments[0].author.id).toBe(member("commenter").userId);
      const base = `${threads(LIVE)}/${thread.id}/comments`;
      const reply = await http("reviewer", "POST", base, { body: "Mine too", ...forged });
      const replyDto = (reply.body.thread as ThreadDTO).comments[1];
      expect(replyDto.author.id).toBe(member("reviewer").userId);
      // The owner cannot edit the commenter's comment by claiming to be its author.
      const hijack = await http("owner", "PATCH", `${base}/${thread.comments[0].id}`, {
        body: "Hijacked",
        authorId: owner.userId,
      });
      expect(hijack).toMatchObject({ status: 403, body: { code: "forbidden" } });
      const edited = await http("reviewer", "PATCH", `${base}/${replyDto.id}`, {
        body: "Edited",
        ...forged,
      });
      expect((edited.body.thread as ThreadDTO).comments[1]).toMatchObject({
        author: { id: member("reviewer").userId },
        body: "Edited",
        deleted: false,
      });
    });

    it.skipIf(skip)(
      "sends changes made over HTTP to subscribed sockets live, and nothing to stock clients",
      async () => {
        let stockDiscussion = 0;
        const writer = connectStockClient(
          { collabUrl: server.collabUrl, token: member("editor").token },
          LIVE,
        );
        const reader = connectStockClient(
          { collabUrl: server.collabUrl, token: member("viewer").token },
          LIVE,
        );
        stock.push(writer, reader);
        for (const client of [writer, reader])
          client.provider.messageHandlers[MESSAGE_DISCUSSION] = () => {
            stockDiscussion++;
          };
        await Promise.all([writer.synced, reader.synced]);

        const commenter = await open("commenter");
        const editor = await open("editor");
        const reviewer = await open("reviewer");
        for (const socket of [commenter, editor])
          expect((await socket.request("subscribe")).ok).toBe(true);
        const joined = await reviewer.request("subscribe");
        const unreadBefore = (joined as { result: { unread: number } }).result.unread;

        // The editor starts a thread over HTTP; the commenter's socket gets it.
        const started = performance.now();
        const created = await http("editor", "POST", threads(LIVE), newThread("Over HTTP"));
        const id = (created.body.thread as ThreadDTO).id;
        await retryUntil(
          () => commenter.events.some((e) => e.kind === "thread" && e.thread.id === id),
          {
            interval: 2,
          },
        );
        const latency = performance.now() - started;
        console.info(`HTTP → socket event latency (${kind}): ${latency.toFixed(1)} ms`);
        expect(latency).toBeLessThan(1000);

        // The commenter replies over HTTP, mentioning the reviewer: their inbox count rises live.
        const reviewerId = member("reviewer").userId;
        const replied = await http("commenter", "POST", `${threads(LIVE)}/${id}/comments`, {
          body: `Over to you, ${mentionToken("The reviewer", reviewerId)}`,
        });
        expect(replied.status).toBe(201);
        await retryUntil(() =>
          reviewer.events.some((e) => e.kind === "inbox" && e.unread === unreadBefore + 1),
        );
        await retryUntil(() =>
          editor.events.some(
            (e) => e.kind === "thread" && e.thread.id === id && e.thread.comments.length === 2,
          ),
        );
        // The editor, whose thread it is, hears of the reply.
        await retryUntil(() => editor.events.some((e) => e.kind === "inbox"));

        // Reading over HTTP updates the count on the user's socket.
        expect((await http("reviewer", "POST", "/api/inbox/read", { ids: "all" })).body).toEqual({
          unread: 0,
        });
        await retryUntil(() => reviewer.events.some((e) => e.kind === "inbox" && e.unread === 0));

        writer.doc.getMap("meta").set("probe", id);
        await retryUntil(() => reader.doc.getMap("meta").get("probe") === id);
        expect(stockDiscussion).toBe(0);
      },
    );

    describe("the inbox", () => {
      it.skipIf(skip)(
        "gets replies (for the thread's creator and earlier writers) and mentions (members only)",
        async () => {
          const [owner, editor, commenter, viewer] = (
            ["owner", "editor", "commenter", "viewer"] as const
          ).map(member);
          const outsider = member("outsider");
          const base = threads(INBOX);
          for (const who of [owner, editor, commenter, viewer, outsider])
            await as(who, "POST", "/api/inbox/read", { ids: "all" });

          // The owner starts, mentioning the viewer and an outsider (not a member: plain text).
          const created = await as(
            owner,
            "POST",
            base,
            newThread(
              `Look, ${mentionToken("The viewer", viewer.userId)} and ${mentionToken("Outsider", outsider.userId)}`,
            ),
          );
          const thread = created.body.thread as ThreadDTO;
          expect(thread.comments[0].mentions).toEqual([viewer.userId]);
          expect((await inboxOf(viewer)).items[0]).toMatchObject({
            kind: "mention",
            timelineId: INBOX,
            timelineTitle: `Timeline ${INBOX}`,
            threadId: thread.id,
            entryId: "e1",
            commentId: thread.comments[0].id,
            author: { id: owner.userId, name: "The owner" },
            read: false,
          });
          expect((await inboxOf(outsider)).unread).toBe(0);

          // The editor replies: the owner (creator) hears, the writer does not.
          const r1 = await as(editor, "POST", `${base}/${thread.id}/comments`, {
            body: "First reply",
          });
          expect((await inboxOf(owner)).items[0]).toMatchObject({
            kind: "reply",
            excerpt: "First reply",
          });
          expect((await inboxOf(editor)).unread).toBe(0);

          // The commenter replies, mentioning the owner: the owner gets one item (a mention), the
          // editor (an earlier writer) a reply.
          await as(commenter, "POST", `${base}/${thread.id}/comments`, {
            body: `Agreed, ${mentionToken("The owner", owner.userId)}`,
          });
          const ownerInbox = await inboxOf(owner);
          expect(ownerInbox.unread).toBe(2);
          expect(ownerInbox.items[0]).toMatchObject({
            kind: "mention",
            author: { id: commenter.userId },
          });
          expect((await inboxOf(editor)).items[0]).toMatchObject({
            kind: "reply",
            author: { id: commenter.userId },
          });
          // Mentioned once, the viewer is not a writer: no reply items for them.
          expect((await inboxOf(viewer)).unread).toBe(1);

          // An edit that mentions the commenter for the first time tells them; editing again does not.
          const r1Id = (r1.body.thread as ThreadDTO).comments[1].id;
          const mention = `Also ${mentionToken("The commenter", commenter.userId)}`;
          await as(editor, "PATCH", `${base}/${thread.id}/comments/${r1Id}`, { body: mention });
          await as(editor, "PATCH", `${base}/${thread.id}/comments/${r1Id}`, {
            body: `${mention}!`,
          });
          const commenterInbox = await inboxOf(commenter);
          expect(commenterInbox.items.filter((i) => i.commentId === r1Id)).toMatchObject([
            { kind: "mention" },
          ]);

          // Reading some items by id.
          const one = ownerInbox.items[0].id;
          expect((await as(owner, "POST", "/api/inbox/read", { ids: [one] })).body).toEqual({
            unread: 1,
          });
          expect((await inboxOf(owner)).items.find((i) => i.id === one)?.read).toBe(true);
          // Someone else's ids change nothing.
          const other = (await inboxOf(owner)).items.find((i) => !i.read)?.id as string;
          expect((await as(viewer, "POST", "/api/inbox/read", { ids: [other] })).body).toEqual({
            unread: 1,
          });
          expect((await inboxOf(owner)).unread).toBe(1);
          const bad = await as(owner, "POST", "/api/inbox/read", { ids: "some" });
          expect(bad).toMatchObject({ status: 422, body: { code: "invalid_request" } });
        },
      );

      it.skipIf(skip)("drops the items of a deleted comment", async () => {
        const [owner, editor] = (["owner", "editor"] as const).map(member);
        await as(editor, "POST", "/api/inbox/read", { ids: "all" });
        const socket = await open("editor", INBOX);
        await socket.request("subscribe");
        const created = await as(
          owner,
          "POST",
          threads(INBOX),
          newThread(`Quick, ${mentionToken("The editor", editor.userId)}`),
        );
        const thread = created.body.thread as ThreadDTO;
        expect((await inboxOf(editor)).unread).toBe(1);
        const deleted = await as(
          owner,
          "DELETE",
          `${threads(INBOX)}/${thread.id}/comments/${thread.comments[0].id}`,
        );
        expect((deleted.body.thread as ThreadDTO).comments[0]).toMatchObject({
          deleted: true,
          body: "",
          mentions: [],
          deletedBy: { id: owner.userId },
        });
        const inbox = await inboxOf(editor);
        expect(inbox.unread).toBe(0);
        expect(inbox.items.some((i) => i.threadId === thread.id)).toBe(false);
        // The editor's socket saw the count go up, then back down.
        const counts = () => socket.events.flatMap((e) => (e.kind === "inbox" ? [e.unread] : []));
        await retryUntil(() => counts().at(-1) === 0 && counts().includes(1));
        // A deleted comment cannot be edited or deleted again.
        const path = `${threads(INBOX)}/${thread.id}/comments/${thread.comments[0].id}`;
        expect(await as(owner, "PATCH", path, { body: "Back" })).toMatchObject({
          status: 409,
          body: { code: "comment_deleted" },
        });
        expect(await as(owner, "DELETE", path)).toMatchObject({
          status: 409,
          body: { code: "comment_deleted" },
        });
      });

      it.skipIf(skip)("hides a timeline's items from someone removed from it", async () => {
        const owner = member("owner");
        await as(leaver, "POST", "/api/inbox/read", { ids: "all" });
        await as(
          owner,
          "POST",
          threads(INBOX),
          newThread(`Hello ${mentionToken("Leaver", leaver.userId)}`),
        );
        expect((await inboxOf(leaver)).unread).toBe(1);
        const removed = await as(
          owner,
          "DELETE",
          `/api/timelines/${INBOX}/members/${leaver.userId}`,
        );
        expect(removed.status).toBeLessThan(300);
        expect(await inboxOf(leaver)).toEqual({ items: [], unread: 0 });
        expect((await as(leaver, "GET", threads(INBOX))).status).toBe(404);
      });
    });

    it.skipIf(skip)(
      "lists members with what mentions need (userId and name) for any member",
      async () => {
        const res = await http("viewer", "GET", `/api/timelines/${LIVE}/members`);
        expect(res.status).toBe(200);
        const members = res.body.members as { userId: string; name: string }[];
        expect(members).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ userId: member("reviewer").userId, name: "The reviewer" }),
          ]),
        );
      },
    );

    it.skipIf(skip)("keeps threads, comments and placeholders across a restart", async () => {
      const before = await http("viewer", "GET", threads(MATRIX));
      const inboxBefore = await inboxOf(member("owner"));
      for (const socket of sockets) socket.close();
      await server.stop();
      server = await startServer(backend, { PARALLAX_WEB: "1" });
      const after = await http("viewer", "GET", threads(MATRIX));
      expect(after.status).toBe(200);
      expect(after.body.threads).toEqual(before.body.threads);
      const list = after.body.threads as ThreadDTO[];
      expect(list.some((x) => x.comments.some((c) => c.deleted && c.body === ""))).toBe(true);
      expect(await inboxOf(member("owner"))).toEqual(inboxBefore);
    });
  },
);
