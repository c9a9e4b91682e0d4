/**
 * Editorial review against the real server (web app included), on both
 * backends: the role matrix for every review action over HTTP and over the
 * websocket, with exact statuses and codes; the four-eyes rule decided on
 * the server from who really wrote the entry; an approval bound to the
 * content hash (edits dismiss it, comments and presence do not); the audit
 * trail; live review events; and everything kept across a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { insertTimeline } from "../../db/queries/timelines";
import { createEntry, readEntry, updateEntry } from "../../lib/document";
import { entryHash } from "../../lib/review/hash";
import { type ReviewDTO, type ReviewEventDTO, reviewStatus } from "../../lib/review/protocol";
import {
  availableBackends,
  type Backend,
  type BackendKind,
  createBackend,
} from "../helpers/backends";
import { connectStockClients, type StockClient } from "../helpers/clients";
import { withDatabase } from "../helpers/database";
import { ACTORS, type Actor, apiCall, type Cast, seedCast } from "../helpers/discussion";
import { type DiscussionSocket, openDiscussionSocket } from "../helpers/discussionSocket";
import type { SeededMember } from "../helpers/members";
import { retryUntil } from "../helpers/retry";
import { startServer, type TestServer } from "../helpers/server";

const MATRIX = "review-matrix";
const RULES = "review-rules";
const backends = await availableBackends();

/** The review actions, and who may take each (the server's rules, written out). */
const ACTIONS = [
  "list",
  "history",
  "request",
  "assign",
  "approve",
  "requestChanges",
  "settings",
] as const;
type ReviewActionName = (typeof ACTIONS)[number];

function expected(actor: Actor | "anonymous", action: ReviewActionName) {
  if (actor === "anonymous") return { status: 401, code: "unauthenticated" };
  if (actor === "outsider") return { status: 404, code: "timeline_not_found" };
  const ok = { status: 200 };
  const forbidden = { status: 403, code: "forbidden" };
  switch (action) {
    case "list":
    case "history":
      return ok;
    case "request":
    case "assign":
      return actor === "owner" || actor === "editor" ? ok : forbidden;
    case "approve":
    case "requestChanges":
      return actor === "owner" || actor === "reviewer" ? ok : forbidden;
    case "settings":
      return actor === "owner" ? ok : forbidden;
  }
}

describe.each(backends)(
  "editorial review ($kind)",
  ({ kind, skip }: { kind: BackendKind; skip: boolean }) => {
    let backend: Backend;
    let server: TestServer;
    let cast: Cast;
    const sockets: DiscussionSocket[] = [];
    const clients: StockClient[] = [];

    beforeAll(async () => {
      if (skip) return;
      backend = await createBackend(kind);
      await withDatabase(backend, async ({ db }) => {
        for (const id of [MATRIX, RULES, "elsewhere"])
          await insertTimeline(db, { id, title: `Timeline ${id}` });
        cast = await seedCast(db, [MATRIX, RULES], "elsewhere");
      });
      server = await startServer(backend, { PARALLAX_WEB: "1" });
    }, 600_000);

    afterAll(async () => {
      for (const socket of sockets) socket.close();
      for (const client of clients) client.destroy();
      await server?.stop();
      await backend?.dispose();
    });

    const member = (actor: Actor) => cast.get(actor) as SeededMember;
    const http = (actor: Actor | null, method: string, path: string, body?: unknown) =>
      apiCall(server.url, actor ? member(actor).token : null, method, path, body);
    const entryPath = (timelineId: string, entryId: string, action = "") =>
      `/api/timelines/${timelineId}/entries/${entryId}/review${action ? `/${action}` : ""}`;

    /** A stock client (as the browser uses) signed in as `actor`. */
    async function clientOf(actor: Actor, timelineId: string): Promise<StockClient> {
      const [client] = await connectStockClients(
        { collabUrl: server.collabUrl, token: member(actor).token },
        timelineId,
        1,
      );
      clients.push(client);
      return client;
    }

    /**
     * Writes an entry as the client's user, and resolves once another client
     * has it: the server relays only what it stored and applied.
     */
    async function writeEntry(
      client: StockClient,
      reader: StockClient,
      id: string,
      title: string,
    ): Promise<void> {
      createEntry(client.doc, { id, title, when: "1955-06-01" });
      await retryUntil(() => readEntry(reader.doc, id)?.title === title);
    }

    async function reviews(timelineId: string): Promise<Map<string, ReviewDTO>> {
      const res = await http("viewer", "GET", `/api/timelines/${timelineId}/reviews`);
      expect(res.status).toBe(200);
      return new Map((res.body.reviews as ReviewDTO[]).map((r) => [r.entryId, r]));
    }

    async function openSocket(actor: Actor, timelineId: string): Promise<DiscussionSocket> {
      const socket = await openDiscussionSocket(
        `${server.collabUrl}/${timelineId}?token=${member(actor).token}`,
        { sync: true },
      );
      sockets.push(socket);
      return socket;
    }

    function httpRequest(action: ReviewActionName, entryId: string) {
      switch (action) {
        case "list":
          return { method: "GET", path: `/api/timelines/${MATRIX}/reviews` };
        case "history":
          return { method: "GET", path: entryPath(MATRIX, entryId) };
        case "request":
          return { method: "POST", path: entryPath(MATRIX, entryId, "request"), body: {} };
        case "assign":
          return {
            method: "POST",
            path: entryPath(MATRIX, entryId, "assign"),
            body: { assigneeId: member("reviewer").userId },
          };
        case "approve":
          return { method: "POST", path: entryPath(MATRIX, entryId, "approve"), body: {} };
        case "requestChanges":
          return {
            method: "POST",
            path: entryPath(MATRIX, entryId, "request-changes"),
            body: { note: "Cite the Soviet figure too." },
          };
        case "settings":
          return {
            method: "PUT",
            path: `/api/timelines/${MATRIX}/reviews/settings`,
            body: { fourEyes: true },
          };
      }
    }

    describe("the role matrix", () => {
      beforeAll(async () => {
        if (skip) return;
        // Written by the editor: the owner and the reviewer are not its latest writer.
        const editor = await clientOf("editor", MATRIX);
        const reader = await clientOf("viewer", MATRIX);
        await writeEntry(editor, reader, "m1", "London talks open");
      });

      it.each([...ACTORS, "anonymous" as const])(
        "gives the %s exactly its rights over HTTP",
        async (actor) => {
          if (skip) return;
          const before = (await reviews(MATRIX)).get("m1");
          for (const action of ACTIONS) {
            const { method, path, body } = httpRequest(action, "m1");
            const res = await http(actor === "anonymous" ? null : actor, method, path, body);
            const got =
              res.status < 300
                ? { status: res.status }
                : { status: res.status, code: res.body.code };
            expect(got, `${actor} ${action}`).toEqual(expected(actor, action));
            if (res.status >= 300) continue;
            if (action === "approve" || action === "request" || action === "requestChanges")
              expect((res.body.review as ReviewDTO).updatedBy.id).toBe(
                member(actor as Actor).userId,
              );
          }
          if (actor === "anonymous" || actor === "outsider" || actor === "owner") return;
          if (actor === "commenter" || actor === "viewer") {
            // Refused actions changed nothing.
            expect((await reviews(MATRIX)).get("m1")).toEqual(before);
          }
        },
      );

      it.each(ACTORS.filter((a) => a !== "outsider"))(
        "gives the %s exactly its rights over the websocket",
        async (actor) => {
          if (skip) return;
          const socket = await openSocket(actor, MATRIX);
          const ops: [ReviewActionName, string, unknown][] = [
            ["history", "review.history", { entryId: "m1" }],
            ["request", "review.request", { entryId: "m1" }],
            ["assign", "review.assign", { entryId: "m1", assigneeId: null }],
            ["approve", "review.approve", { entryId: "m1" }],
            ["requestChanges", "review.requestChanges", { entryId: "m1", note: "Check the date." }],
          ];
          for (const [action, op, args] of ops) {
            const reply = await socket.request(op, args);
            const got = reply.ok
              ? { status: 200 }
              : { status: reply.error.status, code: reply.error.code };
            expect(got, `${actor} ${op}`).toEqual(expected(actor, action));
            if (reply.ok && op !== "review.history")
              expect((reply.result as { review: ReviewDTO }).review.updatedBy.id).toBe(
                member(actor).userId,
              );
          }
        },
      );

      it("validates input with clear errors", async () => {
        if (skip) return;
        const noNote = await http(
          "reviewer",
          "POST",
          entryPath(MATRIX, "m1", "request-changes"),
          {},
        );
        expect(noNote.status).toBe(422);
        expect(noNote.body.code).toBe("invalid_request");
        const badHash = await http("reviewer", "POST", entryPath(MATRIX, "m1", "approve"), {
          expectedHash: "not-a-hash",
        });
        expect(badHash).toMatchObject({ status: 422, body: { code: "invalid_request" } });
        const missing = await http("reviewer", "POST", entryPath(MATRIX, "nope", "approve"), {});
        expect(missing).toMatchObject({ status: 404, body: { code: "entry_not_found" } });
        const notReviewer = await http("editor", "POST", entryPath(MATRIX, "m1", "assign"), {
          assigneeId: member("commenter").userId,
        });
        expect(notReviewer).toMatchObject({ status: 422, body: { code: "invalid_assignee" } });
        const notJson = await fetch(`${server.url}${entryPath(MATRIX, "m1", "approve")}`, {
          method: "POST",
          headers: {
            authorization: `Bearer ${member("reviewer").token}`,
            "content-type": "text/plain",
          },
          body: "approve",
        });
        expect(notJson.status).toBe(415);
      });
    });

    describe("the rules", () => {
      let editor: StockClient;
      let owner: StockClient;
      let watcher: DiscussionSocket;

      beforeAll(async () => {
        if (skip) return;
        editor = await clientOf("editor", RULES);
        owner = await clientOf("owner", RULES);
        watcher = await openSocket("viewer", RULES);
        const subscribed = await watcher.request("subscribe", {});
        expect(subscribed.ok).toBe(true);
        await writeEntry(editor, owner, "r1", "Moscow declaration signed");
        await writeEntry(owner, editor, "r2", "Notes exchanged in London");
      });

      const hashIn = (doc: Y.Doc, id: string) => entryHash(doc, id) as string;

      it("binds an approval to the content hash, computed by the server", async () => {
        if (skip) return;
        const wrong = await http("reviewer", "POST", entryPath(RULES, "r1", "approve"), {
          expectedHash: "0".repeat(64),
        });
        expect(wrong).toMatchObject({ status: 409, body: { code: "content_changed" } });

        const seen = hashIn(editor.doc, "r1");
        const res = await http("reviewer", "POST", entryPath(RULES, "r1", "approve"), {
          expectedHash: seen,
          note: "Matches both accounts.",
        });
        expect(res.status).toBe(200);
        const review = res.body.review as ReviewDTO;
        expect(review).toMatchObject({ state: "approved", note: "Matches both accounts." });
        expect(review.approval?.hash).toBe(seen);
        expect(review.approval?.content.title).toBe("Moscow declaration signed");
        expect(reviewStatus(review, hashIn(editor.doc, "r1"))).toBe("approved");

        // The subscribed viewer hears of it live.
        await retryUntil(() =>
          watcher.events.some(
            (e) =>
              e.kind === "review" && e.review.entryId === "r1" && e.review.state === "approved",
          ),
        );

        // A comment on the entry and presence leave the approval standing.
        const thread = await http("commenter", "POST", `/api/timelines/${RULES}/threads`, {
          entryId: "r1",
          anchor: { field: "title", quote: "Moscow", prefix: "", suffix: " declaration signed" },
          kind: "dispute",
          body: "Was it signed on the 19th?",
        });
        expect(thread.status).toBe(201);
        editor.provider.awareness.setLocalStateField("entryId", "r1");
        const after = (await reviews(RULES)).get("r1");
        expect(reviewStatus(after, hashIn(editor.doc, "r1"))).toBe("approved");

        // An edit to the content does not.
        updateEntry(editor.doc, "r1", { title: "Moscow declaration signed on 19 October" });
        await retryUntil(() => hashIn(owner.doc, "r1") !== seen);
        const changed = (await reviews(RULES)).get("r1");
        expect(changed?.approval?.hash).toBe(seen);
        expect(reviewStatus(changed, hashIn(owner.doc, "r1"))).toBe("changed_since_approval");
        // Tags are not content: changing them alone keeps a fresh approval valid.
        const again = await http("reviewer", "POST", entryPath(RULES, "r1", "approve"), {});
        expect(again.status).toBe(200);
        updateEntry(editor.doc, "r1", { tags: ["treaty"] });
        await retryUntil(() => readEntry(owner.doc, "r1")?.tags.includes("treaty") === true);
        const tagged = (await reviews(RULES)).get("r1");
        expect(reviewStatus(tagged, hashIn(owner.doc, "r1"))).toBe("approved");
      });

      it("enforces the four-eyes rule on the server, from who really wrote the entry", async () => {
        if (skip) return;
        // The owner wrote r2 last: the owner may not approve it, the reviewer may.
        const own = await http("owner", "POST", entryPath(RULES, "r2", "approve"), {});
        expect(own).toMatchObject({ status: 403, body: { code: "four_eyes" } });
        const socket = await openSocket("owner", RULES);
        const overWs = await socket.request("review.approve", { entryId: "r2" });
        expect(overWs).toMatchObject({ ok: false, error: { status: 403, code: "four_eyes" } });
        expect((await http("reviewer", "POST", entryPath(RULES, "r2", "approve"), {})).status).toBe(
          200,
        );

        // Once the editor changes it, the owner is no longer its latest writer.
        updateEntry(editor.doc, "r2", { when: "1955-06-03" });
        await retryUntil(() => readEntry(owner.doc, "r2")?.when === "1955-06-03");
        await retryUntil(async () => {
          const res = await http("owner", "POST", entryPath(RULES, "r2", "approve"), {});
          return res.status === 200;
        });

        // The owner edits again, then turns the rule off: now the owner may approve.
        updateEntry(owner.doc, "r2", { title: "Notes exchanged in London, 3 June" });
        await retryUntil(async () => {
          const res = await http("owner", "POST", entryPath(RULES, "r2", "approve"), {});
          return res.body.code === "four_eyes";
        });
        const off = await http("owner", "PUT", `/api/timelines/${RULES}/reviews/settings`, {
          fourEyes: false,
        });
        expect(off).toMatchObject({ status: 200, body: { settings: { fourEyes: false } } });
        // Every open editor hears of it at once.
        await retryUntil(() =>
          watcher.events.some((e) => e.kind === "reviewSettings" && !e.settings.fourEyes),
        );
        expect((await http("owner", "POST", entryPath(RULES, "r2", "approve"), {})).status).toBe(
          200,
        );
        await http("owner", "PUT", `/api/timelines/${RULES}/reviews/settings`, { fourEyes: true });
        const list = await http("viewer", "GET", `/api/timelines/${RULES}/reviews`);
        expect(list.body.settings).toEqual({ fourEyes: true });
      });

      it("keeps an audit trail of every action, with its actor and note", async () => {
        if (skip) return;
        const reviewer = member("reviewer").userId;
        const request = await http("editor", "POST", entryPath(RULES, "r1", "request"), {
          assigneeId: reviewer,
          note: "Dates now match the note.",
        });
        expect(request.body.review).toMatchObject({
          state: "in_review",
          assignee: { id: reviewer, name: "The reviewer" },
        });
        const sendBack = await http("reviewer", "POST", entryPath(RULES, "r1", "request-changes"), {
          note: "Cite the Japanese record.",
        });
        expect(sendBack.body.review).toMatchObject({
          state: "changes_requested",
          note: "Cite the Japanese record.",
          assignee: { id: reviewer },
        });
        // The last approval is kept for the diff.
        expect((sendBack.body.review as ReviewDTO).approval?.content.title).toBe(
          "Moscow declaration signed on 19 October",
        );
        const trail = await http("viewer", "GET", entryPath(RULES, "r1"));
        const events = trail.body.events as ReviewEventDTO[];
        expect(events.map((e) => [e.action, e.actor.name, e.fromState, e.toState])).toEqual([
          ["request_changes", "The reviewer", "in_review", "changes_requested"],
          ["request", "The editor", "approved", "in_review"],
          ["approve", "The reviewer", "approved", "approved"],
          ["approve", "The reviewer", "draft", "approved"],
        ]);
        expect(events[0].note).toBe("Cite the Japanese record.");
        expect(events[3].note).toBe("Matches both accounts.");
        expect(events.every((e) => e.createdAt && e.entryId === "r1")).toBe(true);
      });

      it("keeps reviews, approvals and the trail across a restart", async () => {
        if (skip) return;
        const before = await reviews(RULES);
        const trail = (await http("viewer", "GET", entryPath(RULES, "r1"))).body.events;
        for (const socket of sockets.splice(0)) socket.close();
        for (const client of clients.splice(0)) client.destroy();
        await server.stop();
        server = await startServer(backend, { PARALLAX_WEB: "1" });
        expect(await reviews(RULES)).toEqual(before);
        expect((await http("viewer", "GET", entryPath(RULES, "r1"))).body.events).toEqual(trail);
        // Who wrote r2 last survives too: the owner still may not approve their own edit.
        const own = await http("owner", "POST", entryPath(RULES, "r2", "approve"), {});
        expect(own).toMatchObject({ status: 403, body: { code: "four_eyes" } });
      });
    });
  },
);
