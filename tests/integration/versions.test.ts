/**
 * Versions against the real server (web app included), on both backends:
 * named versions that read back exactly as the document was; the role
 * matrix; comparing; restoring one entry or the whole timeline as a new
 * change that live clients converge on, even while another client edits;
 * undoing a restore; automatic versions at most once per interval while a
 * timeline is edited; and versions surviving kill -9.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { insertTimeline } from "../../db/queries/timelines";
import { createEntry, readEntry, updateEntry } from "../../lib/document";
import type { TimelineComparison } from "../../lib/versions/compare";
import type { VersionDTO } from "../../lib/versions/protocol";
import {
  availableBackends,
  type Backend,
  type BackendKind,
  createBackend,
} from "../helpers/backends";
import { connectStockClients, expectConverged, type StockClient } from "../helpers/clients";
import { withDatabase } from "../helpers/database";
import { ACTORS, type Actor, apiCall, type Cast, seedCast } from "../helpers/discussion";
import { timelineJson } from "../helpers/document";
import type { SeededMember } from "../helpers/members";
import { retryUntil } from "../helpers/retry";
import { startServer, type TestServer } from "../helpers/server";

const MAIN = "versions-main";
const AUTO = "versions-auto";
const backends = await availableBackends();

describe.each(backends)(
  "versions ($kind)",
  ({ kind, skip }: { kind: BackendKind; skip: boolean }) => {
    let backend: Backend;
    let server: TestServer;
    let cast: Cast;
    const clients: StockClient[] = [];

    beforeAll(async () => {
      if (skip) return;
      backend = await createBackend(kind);
      await withDatabase(backend, async ({ db }) => {
        for (const id of [MAIN, AUTO, "elsewhere"])
          await insertTimeline(db, { id, title: `Timeline ${id}` });
        cast = await seedCast(db, [MAIN, AUTO], "elsewhere");
      });
      // Automatic versions every 1.5 s, so the suite can watch the interval.
      server = await startServer(backend, { PARALLAX_WEB: "1", AUTO_VERSION_MINUTES: "0.025" });
    }, 600_000);

    afterAll(async () => {
      for (const client of clients) client.destroy();
      await server?.stop();
      await backend?.dispose();
    });

    const member = (actor: Actor) => cast.get(actor) as SeededMember;
    const http = (actor: Actor | null, method: string, path: string, body?: unknown) =>
      apiCall(server.url, actor ? member(actor).token : null, method, path, body);
    const versionsOf = async (timelineId: string): Promise<VersionDTO[]> => {
      const res = await http("viewer", "GET", `/api/timelines/${timelineId}/versions`);
      expect(res.status).toBe(200);
      return res.body.versions as VersionDTO[];
    };
    async function stateOf(timelineId: string, ref: number | "now"): Promise<Y.Doc> {
      const res = await fetch(`${server.url}/api/timelines/${timelineId}/versions/${ref}/state`, {
        headers: { authorization: `Bearer ${member("viewer").token}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/octet-stream");
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(await res.arrayBuffer()));
      return doc;
    }
    async function clientsOf(actor: Actor, timelineId: string, n = 1): Promise<StockClient[]> {
      const list = await connectStockClients(
        { collabUrl: server.collabUrl, token: member(actor).token },
        timelineId,
        n,
      );
      clients.push(...list);
      return list;
    }
    const titleIn = (doc: Y.Doc, id: string) => readEntry(doc, id)?.title;

    describe("on one timeline", () => {
      let alice: StockClient;
      let bob: StockClient;
      let first: VersionDTO;
      let firstJson: ReturnType<typeof timelineJson>;

      beforeAll(async () => {
        if (skip) return;
        [alice] = await clientsOf("editor", MAIN);
        [bob] = await clientsOf("owner", MAIN);
        createEntry(alice.doc, {
          id: "v1",
          title: "Talks open in London",
          when: "1955-06-01",
          body: [{ type: "paragraph", runs: [{ text: "The Soviet delegation arrives." }] }],
        });
        createEntry(alice.doc, { id: "v2", title: "Second round", when: "1956-01-17" });
        await expectConverged([alice.doc, bob.doc]);
      });

      it("saves a named version that reads back exactly as the document was", async () => {
        if (skip) return;
        const res = await http("editor", "POST", `/api/timelines/${MAIN}/versions`, {
          name: "Before the June edits",
        });
        expect(res.status).toBe(201);
        first = res.body.version as VersionDTO;
        expect(first).toMatchObject({
          number: expect.any(Number),
          name: "Before the June edits",
          kind: "named",
          createdBy: { id: member("editor").userId, name: "The editor" },
          entryCount: 2,
        });
        firstJson = timelineJson(alice.doc);
        const saved = await stateOf(MAIN, first.number);
        expect(timelineJson(saved)).toEqual(firstJson);
        expect((await versionsOf(MAIN))[0]).toEqual(first);

        const blank = await http("editor", "POST", `/api/timelines/${MAIN}/versions`, {
          name: " ",
        });
        expect(blank).toMatchObject({ status: 422, body: { code: "invalid_request" } });
        const missing = await fetch(`${server.url}/api/timelines/${MAIN}/versions/9999/state`, {
          headers: { authorization: `Bearer ${member("viewer").token}` },
        });
        expect(missing.status).toBe(404);
      });

      it("gives every role exactly its rights", async () => {
        if (skip) return;
        const base = `/api/timelines/${MAIN}/versions`;
        const actions = [
          { name: "list", method: "GET", path: base, write: false },
          { name: "state", method: "GET", path: `${base}/${first.number}/state`, write: false },
          {
            name: "compare",
            method: "GET",
            path: `${base}/compare?from=${first.number}&to=now`,
            write: false,
          },
          { name: "save", method: "POST", path: base, body: { name: "Try" }, write: true },
          {
            name: "restore",
            method: "POST",
            path: `${base}/${first.number}/restore`,
            body: { entryId: "v2" },
            write: true,
          },
        ];
        for (const actor of [...ACTORS, "anonymous" as const]) {
          for (const action of actions) {
            const res = await fetch(`${server.url}${action.path}`, {
              method: action.method,
              headers: {
                ...(actor === "anonymous"
                  ? {}
                  : { authorization: `Bearer ${member(actor).token}` }),
                ...(action.body ? { "content-type": "application/json" } : {}),
              },
              body: action.body ? JSON.stringify(action.body) : undefined,
            });
            const want =
              actor === "anonymous"
                ? 401
                : actor === "outsider"
                  ? 404
                  : action.write && actor !== "owner" && actor !== "editor"
                    ? 403
                    : action.name === "save"
                      ? 201
                      : 200;
            expect(res.status, `${actor} ${action.name}`).toBe(want);
          }
        }
        // Refused writes saved nothing: only the owner's and the editor's saves and restores did.
        const saved = (await versionsOf(MAIN)).filter((v) => v.createdBy);
        expect(new Set(saved.map((v) => v.createdBy?.name))).toEqual(
          new Set(["The editor", "The owner"]),
        );
      });

      it("compares a version with now, entry by entry", async () => {
        if (skip) return;
        updateEntry(alice.doc, "v1", {
          title: "Talks open in London on 3 June",
          when: "1955-06-03",
        });
        createEntry(alice.doc, { id: "v3", title: "Moscow declaration", when: "1956-10-19" });
        await expectConverged([alice.doc, bob.doc]);
        await retryUntil(async () => {
          const res = await http(
            "viewer",
            "GET",
            `/api/timelines/${MAIN}/versions/compare?from=${first.number}&to=now`,
          );
          const cmp = res.body as unknown as TimelineComparison;
          expect(cmp.added.map((e) => e.id)).toEqual(["v3"]);
          expect(cmp.removed).toEqual([]);
          expect(cmp.changed.map((e) => e.id)).toEqual(["v1"]);
          const diff = cmp.changed[0].diff;
          expect(diff.when).toEqual({ before: "1955-06-01", after: "1955-06-03" });
          expect(
            diff.title
              ?.filter((p) => p.kind === "added")
              .map((p) => p.text.trim())
              .join(" "),
          ).toContain("3 June");
        });
        const bad = await http(
          "viewer",
          "GET",
          `/api/timelines/${MAIN}/versions/compare?from=x&to=now`,
        );
        expect(bad).toMatchObject({ status: 422, body: { code: "invalid_request" } });
      });

      it("restores one entry as a new change that every client sees", async () => {
        if (skip) return;
        const res = await http(
          "editor",
          "POST",
          `/api/timelines/${MAIN}/versions/${first.number}/restore`,
          {
            entryId: "v1",
          },
        );
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ restored: "entry", savedBefore: { kind: "restore" } });
        await retryUntil(() => titleIn(bob.doc, "v1") === "Talks open in London");
        await expectConverged([alice.doc, bob.doc]);
        expect(readEntry(alice.doc, "v1")?.when).toBe("1955-06-01");
        // The rest of the present is untouched.
        expect(titleIn(alice.doc, "v3")).toBe("Moscow declaration");
      });

      it("restores the whole timeline while another client edits, converges, and can be undone", async () => {
        if (skip) return;
        updateEntry(alice.doc, "v2", { title: "Second round, renamed" });
        await expectConverged([alice.doc, bob.doc]);
        const present = timelineJson(alice.doc);

        // Bob keeps editing v2 (its tags) while the restore runs.
        let typing = true;
        const typed = (async () => {
          let n = 0;
          while (typing) {
            if (readEntry(bob.doc, "v2")) updateEntry(bob.doc, "v2", { tags: [`edit-${n++}`] });
            await new Promise((resolve) => setTimeout(resolve, 15));
          }
          return n;
        })();
        const res = await http(
          "owner",
          "POST",
          `/api/timelines/${MAIN}/versions/${first.number}/restore`,
          {},
        );
        typing = false;
        expect(await typed).toBeGreaterThan(0);
        expect(res.status).toBe(200);
        const savedBefore = (res.body as { savedBefore: VersionDTO }).savedBefore;
        expect(savedBefore).toMatchObject({ kind: "restore", createdBy: { name: "The owner" } });

        await expectConverged([alice.doc, bob.doc]);
        // The version's content is back: v3 did not exist then, and v2 had its old title.
        expect(titleIn(alice.doc, "v3")).toBeUndefined();
        expect(titleIn(alice.doc, "v2")).toBe("Second round");
        expect(titleIn(alice.doc, "v1")).toBe("Talks open in London");
        // The version itself is unchanged: history is never rewritten.
        expect(timelineJson(await stateOf(MAIN, first.number))).toEqual(firstJson);
        // And the present before the restore was kept.
        const before = timelineJson(await stateOf(MAIN, savedBefore.number));
        expect(before.entries.map((e) => [e.id, e.title])).toEqual(
          present.entries.map((e) => [e.id, e.title]),
        );

        // Undo: restore the version saved before.
        const undo = await http(
          "editor",
          "POST",
          `/api/timelines/${MAIN}/versions/${savedBefore.number}/restore`,
          {},
        );
        expect(undo.status).toBe(200);
        await retryUntil(() => titleIn(bob.doc, "v3") === "Moscow declaration");
        await expectConverged([alice.doc, bob.doc]);
        expect(titleIn(alice.doc, "v2")).toBe("Second round, renamed");
      });

      it("keeps versions through kill -9", async () => {
        if (skip) return;
        const list = await versionsOf(MAIN);
        const states = await Promise.all(
          list.slice(0, 3).map(async (v) => timelineJson(await stateOf(MAIN, v.number))),
        );
        for (const client of clients.splice(0)) client.destroy();
        await server.kill9();
        server = await startServer(backend, { PARALLAX_WEB: "1", AUTO_VERSION_MINUTES: "0.025" });
        expect(await versionsOf(MAIN)).toEqual(list);
        for (const [i, v] of list.slice(0, 3).entries())
          expect(timelineJson(await stateOf(MAIN, v.number))).toEqual(states[i]);
      });
    });

    it("saves automatic versions at most once per interval while a timeline is edited", async () => {
      if (skip) return;
      const [writer] = await clientsOf("editor", AUTO);
      createEntry(writer.doc, { id: "a1", title: "Edit 0", when: "1956" });
      const started = Date.now();
      // Edit for about 4 s: versions at the start and at most once every 1.5 s after.
      for (let i = 1; Date.now() - started < 4000; i++) {
        updateEntry(writer.doc, "a1", { title: `Edit ${i}` });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const autos = await retryUntil(async () => {
        const list = (await versionsOf(AUTO)).filter((v) => v.kind === "auto");
        return list.length >= 3 ? list : false;
      });
      expect(autos.every((v) => v.createdBy === null && v.name === "Automatic version")).toBe(true);
      const times = autos.map((v) => Date.parse(v.createdAt)).sort((a, b) => a - b);
      for (let i = 1; i < times.length; i++)
        expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(1400);
      // Once the last interval's trailing version is in, a quiet timeline gets no more.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const count = (await versionsOf(AUTO)).length;
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect((await versionsOf(AUTO)).length).toBe(count);
    });
  },
);
