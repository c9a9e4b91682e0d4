/**
 * Publishing against the real server (web app included), on both backends:
 * only approved content goes out, and an entry edited after its approval
 * goes out as approved; the checklist blocks until fixed or overridden with a
 * recorded reason; releases are numbered and never change; the role matrix;
 * unpublishing (410), republishing and moving the slug (308); an automatic
 * version with every release.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertTimeline } from "../../db/queries/timelines";
import { createClaim, createEntry, readEntry, updateEntry } from "../../lib/document";
import type { Release } from "../../lib/publish/release";
import type { VersionDTO } from "../../lib/versions/protocol";
import {
  availableBackends,
  type Backend,
  type BackendKind,
  createBackend,
} from "../helpers/backends";
import { connectStockClients, type StockClient } from "../helpers/clients";
import { withDatabase } from "../helpers/database";
import { ACTORS, type Actor, apiCall, type Cast, seedCast } from "../helpers/discussion";
import type { SeededMember } from "../helpers/members";
import { retryUntil } from "../helpers/retry";
import { startServer, type TestServer } from "../helpers/server";

const PUB = "publishing-main";
const MATRIX = "publishing-matrix";
const backends = await availableBackends();

describe.each(backends)(
  "publishing ($kind)",
  ({ kind, skip }: { kind: BackendKind; skip: boolean }) => {
    let backend: Backend;
    let server: TestServer;
    let cast: Cast;
    const clients: StockClient[] = [];

    beforeAll(async () => {
      if (skip) return;
      backend = await createBackend(kind);
      await withDatabase(backend, async ({ db }) => {
        await insertTimeline(db, { id: PUB, title: "Soviet–Japanese talks, 1955–1956" });
        await insertTimeline(db, { id: MATRIX, title: "Matrix" });
        await insertTimeline(db, { id: "elsewhere", title: "Elsewhere" });
        cast = await seedCast(db, [PUB, MATRIX], "elsewhere");
      });
      server = await startServer(backend, { PARALLAX_WEB: "1" });
    }, 600_000);

    afterAll(async () => {
      for (const client of clients) client.destroy();
      await server?.stop();
      await backend?.dispose();
    });

    const member = (actor: Actor) => cast.get(actor) as SeededMember;
    const http = (actor: Actor | null, method: string, path: string, body?: unknown) =>
      apiCall(server.url, actor ? member(actor).token : null, method, path, body);
    const api = (timelineId: string, rest: string) => `/api/timelines/${timelineId}${rest}`;
    const approve = (timelineId: string, entryId: string) =>
      http("reviewer", "POST", api(timelineId, `/entries/${entryId}/review/approve`), {});

    async function editorAndReader(timelineId: string): Promise<[StockClient, StockClient]> {
      const [editor] = await connectStockClients(
        { collabUrl: server.collabUrl, token: member("editor").token },
        timelineId,
        1,
      );
      const [reader] = await connectStockClients(
        { collabUrl: server.collabUrl, token: member("viewer").token },
        timelineId,
        1,
      );
      clients.push(editor, reader);
      return [editor, reader];
    }

    describe("a timeline's releases", () => {
      let editor: StockClient;
      let reader: StockClient;
      let slug: string;
      let first: Release;

      beforeAll(async () => {
        if (skip) return;
        [editor, reader] = await editorAndReader(PUB);
        createEntry(editor.doc, { id: "p1", title: "London talks open", when: "1955-06-01" });
        createEntry(editor.doc, { id: "p2", title: "Soviet note delivered", when: "1955-06-07" });
        createEntry(editor.doc, { id: "p3", title: "Draft, never reviewed", when: "1955-08" });
        createEntry(editor.doc, { id: "p4", title: "Sent back for changes", when: "1956-10-19" });
        // Two accounts, neither cited yet, and no public note: three blocking items.
        createClaim(editor.doc, "p1", {
          label: "Opening day",
          variants: [{ value: "1 June 1955" }, { value: "3 June 1955" }],
        });
        await retryUntil(() => readEntry(reader.doc, "p4")?.title === "Sent back for changes");
        for (const id of ["p1", "p2", "p4"]) expect((await approve(PUB, id)).status).toBe(200);
        const back = await http(
          "reviewer",
          "POST",
          api(PUB, "/entries/p4/review/request-changes"),
          {
            note: "Which day in October?",
          },
        );
        expect(back.status).toBe(200);
        // p2 changes after its approval: it must go out as approved.
        updateEntry(editor.doc, "p2", { title: "Soviet note delivered in London, edited" });
        await retryUntil(() => readEntry(reader.doc, "p2")?.title.endsWith("edited") === true);
      });

      it("lists what is left out and blocks on uncited accounts until overridden", async () => {
        if (skip) return;
        const preview = await http("editor", "GET", api(PUB, "/publication/checklist"));
        expect(preview.status).toBe(200);
        const body = preview.body as {
          items: { kind: string; blocking: boolean; entryId: string }[];
          leftOut: { entryId: string; reason: string }[];
          blocking: boolean;
          entryCount: number;
        };
        expect(body.entryCount).toBe(2);
        expect(body.leftOut.map((x) => [x.entryId, x.reason]).sort()).toEqual([
          ["p3", "draft"],
          ["p4", "changes_requested"],
        ]);
        expect(body.blocking).toBe(true);
        expect(body.items.filter((i) => i.kind === "uncited_variant")).toHaveLength(2);
        expect(body.items.filter((i) => i.kind === "dispute_without_note")).toHaveLength(1);
        expect(body.items.filter((i) => i.kind !== "left_out").every((i) => i.blocking)).toBe(true);
        expect(body.items.filter((i) => i.kind === "left_out").some((i) => i.blocking)).toBe(false);

        const blocked = await http("owner", "POST", api(PUB, "/releases"), { kind: "first" });
        expect(blocked).toMatchObject({ status: 409, body: { code: "checklist_blocking" } });
        expect((await http("owner", "GET", api(PUB, "/publication"))).body).toMatchObject({
          slug: null,
          published: false,
          releases: [],
        });

        const wrongKind = await http("owner", "POST", api(PUB, "/releases"), {
          kind: "update",
          override: "Sources follow in the next update.",
        });
        expect(wrongKind).toMatchObject({ status: 422, body: { code: "invalid_request" } });

        const res = await http("owner", "POST", api(PUB, "/releases"), {
          kind: "first",
          override: "Sources follow in the next update.",
        });
        expect(res.status).toBe(201);
        slug = res.body.slug as string;
        expect(slug).toBe("soviet-japanese-talks-1955-1956");
        expect(res.body.release).toMatchObject({
          number: 1,
          kind: "first",
          entryCount: 2,
          overrideReason: "Sources follow in the next update.",
          publishedBy: "The owner",
        });
      });

      it("publishes only approved content, each entry as it was approved", async () => {
        if (skip) return;
        const res = await http("viewer", "GET", api(PUB, "/releases/1"));
        expect(res.status).toBe(200);
        first = res.body.release as Release;
        expect(first.entries.map((e) => e.id)).toEqual(["p1", "p2"]);
        expect(first.entries.find((e) => e.id === "p2")?.title).toBe("Soviet note delivered");
        expect(
          first.entries.find((e) => e.id === "p1")?.claims[0].variants.map((v) => v.value),
        ).toEqual(["1 June 1955", "3 June 1955"]);
        expect(first).toMatchObject({ number: 1, kind: "first", timeline: { id: PUB } });
        expect(JSON.stringify(first)).not.toContain("Draft, never reviewed");
        expect(JSON.stringify(first)).not.toContain("edited");
      });

      it("numbers releases, never changes them, and saves a version with each", async () => {
        if (skip) return;
        const noNote = await http("owner", "POST", api(PUB, "/releases"), {
          kind: "correction",
          override: "Known",
        });
        expect(noNote).toMatchObject({ status: 422, body: { code: "invalid_request" } });
        const again = await http("owner", "POST", api(PUB, "/releases"), {
          kind: "first",
          override: "Known",
        });
        expect(again.status).toBe(422);

        // Approve the edited p2 again, and correct.
        expect((await approve(PUB, "p2")).status).toBe(200);
        const res = await http("owner", "POST", api(PUB, "/releases"), {
          kind: "correction",
          note: "The note was delivered in London, not Moscow.",
          override: "Known",
        });
        expect(res.status).toBe(201);
        expect(res.body.release).toMatchObject({ number: 2, kind: "correction" });
        const second = (await http("viewer", "GET", api(PUB, "/releases/2"))).body
          .release as Release;
        expect(second.entries.find((e) => e.id === "p2")?.title).toBe(
          "Soviet note delivered in London, edited",
        );
        expect(second.note).toBe("The note was delivered in London, not Moscow.");
        // Release 1 is exactly as it was.
        expect((await http("viewer", "GET", api(PUB, "/releases/1"))).body.release).toEqual(first);
        const state = await http("viewer", "GET", api(PUB, "/publication"));
        expect(state.body).toMatchObject({ slug, published: true });
        expect((state.body.releases as { number: number }[]).map((r) => r.number)).toEqual([2, 1]);
        const versions = (await http("viewer", "GET", api(PUB, "/versions"))).body
          .versions as VersionDTO[];
        expect(versions.filter((v) => v.kind === "publication").map((v) => v.name)).toEqual([
          "Published release 2",
          "Published release 1",
        ]);
        expect((await http("viewer", "GET", api(PUB, "/releases/9"))).status).toBe(404);
      });

      it("unpublishes (410), republishes, and moves the slug (old one redirects)", async () => {
        if (skip) return;
        expect((await fetch(`${server.url}/p/${slug}`)).status).toBe(200);
        expect((await http("owner", "POST", api(PUB, "/publication/unpublish"))).status).toBe(200);
        expect((await fetch(`${server.url}/p/${slug}`)).status).toBe(410);
        expect((await fetch(`${server.url}/p/${slug}/v/1`)).status).toBe(410);
        expect((await http("viewer", "GET", api(PUB, "/publication"))).body.published).toBe(false);
        expect((await http("owner", "POST", api(PUB, "/publication/republish"))).status).toBe(200);
        expect((await fetch(`${server.url}/p/${slug}`)).status).toBe(200);

        const bad = await http("owner", "PUT", api(PUB, "/publication/slug"), {
          slug: "Not a slug!",
        });
        expect(bad).toMatchObject({ status: 422, body: { code: "invalid_request" } });
        const moved = await http("owner", "PUT", api(PUB, "/publication/slug"), {
          slug: "moscow-talks",
        });
        expect(moved).toMatchObject({ status: 200, body: { slug: "moscow-talks" } });
        const old = await fetch(`${server.url}/p/${slug}/v/1`, { redirect: "manual" });
        expect(old.status).toBe(308);
        expect(old.headers.get("location")).toMatch(/\/p\/moscow-talks\/v\/1$/);
        expect((await fetch(`${server.url}/p/moscow-talks`)).status).toBe(200);
        expect((await fetch(`${server.url}/p/no-such-timeline`)).status).toBe(404);
      });
    });

    describe("the role matrix", () => {
      beforeAll(async () => {
        if (skip) return;
        const [editor, reader] = await editorAndReader(MATRIX);
        createEntry(editor.doc, { id: "m1", title: "Approved entry", when: "1956" });
        await retryUntil(() => readEntry(reader.doc, "m1")?.title === "Approved entry");
        expect((await approve(MATRIX, "m1")).status).toBe(200);
      });

      it.each([...ACTORS, "anonymous" as const])(
        "gives the %s exactly its rights",
        async (actor) => {
          if (skip) return;
          const who = actor === "anonymous" ? null : actor;
          const want = (allowed: Actor[], ok = 200) =>
            actor === "anonymous"
              ? 401
              : actor === "outsider"
                ? 404
                : allowed.includes(actor)
                  ? ok
                  : 403;
          const members: Actor[] = ["owner", "editor", "reviewer", "commenter", "viewer"];
          expect((await http(who, "GET", api(MATRIX, "/publication"))).status).toBe(want(members));
          expect((await http(who, "GET", api(MATRIX, "/publication/checklist"))).status).toBe(
            want(["owner", "editor"]),
          );
          const publish = await http(who, "POST", api(MATRIX, "/releases"), {
            kind: actor === "owner" ? "first" : "update",
          });
          expect(publish.status, `${actor} publish`).toBe(want(["owner"], 201));
          if (actor === "owner") return;
          for (const [method, path, body] of [
            ["POST", "/publication/unpublish", undefined],
            ["POST", "/publication/republish", undefined],
            ["PUT", "/publication/slug", { slug: `taken-by-${actor}` }],
          ] as const) {
            const res = await http(who, method, api(MATRIX, path), body);
            // Members are refused before anything else is looked at.
            expect(res.status, `${actor} ${path}`).toBe(want([]));
          }
        },
      );
    });
  },
);
