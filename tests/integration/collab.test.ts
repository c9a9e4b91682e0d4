/**
 * The collaboration server end to end: the real server process, unmodified
 * y-websocket providers, and a real database (PGlite, and PostgreSQL when
 * reachable). Each backend gets its own data folder or database.
 */

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { getTimeline } from "../../db/queries/timelines";
import { CloseCode, CloseReason } from "../../lib/collab/closeCodes";
import {
  countEntries,
  createEntry,
  createLane,
  entryBody,
  listEntries,
  updateEntry,
} from "../../lib/document";
import { availableBackends, type Backend, createBackend } from "../helpers/backends";
import {
  closeEvent,
  connectStockClients,
  expectConverged,
  openRawSocket,
  type StockClient,
} from "../helpers/clients";
import { createTimelines, withDatabase } from "../helpers/database";
import { stateOf } from "../helpers/document";
import { retryUntil } from "../helpers/retry";
import { startServer, type TestServer } from "../helpers/server";

const backends = await availableBackends();

/** Appends text at the start of an entry body's first paragraph (creating it if needed). */
function typeInBody(doc: Y.Doc, entryId: string, text: string): void {
  const body = entryBody(doc, entryId);
  doc.transact(() => {
    let paragraph = body.get(0);
    if (!(paragraph instanceof Y.XmlElement)) {
      paragraph = new Y.XmlElement("paragraph");
      body.insert(0, [paragraph]);
      (paragraph as Y.XmlElement).insert(0, [new Y.XmlText()]);
    }
    ((paragraph as Y.XmlElement).get(0) as Y.XmlText).insert(0, text);
  });
}

const TIMELINES = ["pair", "twenty", "restart", "crash", "malformed", "oversized"] as const;

for (const { kind, skip } of backends) {
  describe.skipIf(skip)(`collaboration server on ${kind}`, () => {
    let backend: Backend;
    let server: TestServer;
    const clients: StockClient[] = [];
    const track = (...list: StockClient[]) => {
      clients.push(...list);
      return list;
    };

    beforeAll(async () => {
      backend = await createBackend(kind);
      await createTimelines(backend, [...TIMELINES]);
      server = await startServer(backend);
    });

    afterEach(() => {
      for (const client of clients.splice(0)) client.destroy();
    });

    afterAll(async () => {
      await server?.stop();
      await backend?.dispose();
    });

    it("2 stock clients editing concurrently converge", async () => {
      const [a, b] = track(...(await connectStockClients(server, "pair", 2)));
      const lane = createLane(a.doc, { name: "Negotiations" });
      const shared = createEntry(a.doc, {
        title: "London talks open",
        when: "1955-06-01",
        laneId: lane,
      });
      await retryUntil(() => expect(countEntries(b.doc)).toBe(1));

      // Both write at once, without waiting for each other.
      updateEntry(a.doc, shared, { when: "1955-06-03", tags: ["dispute"] });
      typeInBody(a.doc, shared, "Japanese account. ");
      createEntry(b.doc, { title: "Moscow declaration", when: "1956-10-19", laneId: lane });
      typeInBody(b.doc, shared, "Soviet account. ");

      await expectConverged([a.doc, b.doc]);
      expect(countEntries(a.doc)).toBe(2);
      const body = entryBody(a.doc, shared).toString();
      expect(body).toContain("Japanese account.");
      expect(body).toContain("Soviet account.");
    });

    it("20 stock clients editing concurrently converge", async () => {
      const list = track(...(await connectStockClients(server, "twenty", 20)));
      const shared = createEntry(list[0].doc, { title: "Shared entry" });
      await retryUntil(() => list.every((c) => countEntries(c.doc) === 1) || false);

      list.forEach((client, i) => {
        for (let n = 0; n < 3; n++) createEntry(client.doc, { title: `client ${i} entry ${n}` });
        typeInBody(client.doc, shared, `[${i}]`);
        updateEntry(client.doc, shared, { tags: [`tag-${i}`] });
      });

      await expectConverged(list.map((c) => c.doc));
      expect(countEntries(list[0].doc)).toBe(61);
      const body = entryBody(list[7].doc, shared).toString();
      for (let i = 0; i < 20; i++) expect(body).toContain(`[${i}]`);
    });

    it("keeps exactly the same state across a restart", async () => {
      const [a, b] = track(...(await connectStockClients(server, "restart", 2)));
      const lane = createLane(a.doc, { name: "Prisoners of war" });
      for (let i = 0; i < 10; i++)
        createEntry(a.doc, { title: `a${i}`, when: `1950-0${(i % 9) + 1}`, laneId: lane });
      const target = createEntry(b.doc, { title: "b", when: "1955-12~" });
      typeInBody(b.doc, target, "575,000 interned");
      await retryUntil(() => countEntries(a.doc) === 11);
      typeInBody(a.doc, target, "639,776 captured; ");
      await expectConverged([a.doc, b.doc]);
      const before = stateOf(a.doc);
      a.destroy();
      b.destroy();

      expect(await server.stop()).toBe(0);
      // The summary row was written on shutdown.
      const row = await withDatabase(backend, ({ db }) => getTimeline(db, "restart"));
      expect(row?.entryCount).toBe(11);

      server = await startServer(backend);
      const [c] = track(await connectStockClients(server, "restart", 1).then((l) => l[0]));
      expect(stateOf(c.doc)).toEqual(before);
    });

    it("kill -9 right after peers received an update loses nothing", async () => {
      const [a, b] = track(...(await connectStockClients(server, "crash", 2)));
      const id = createEntry(a.doc, { title: "seen by b", when: "1956-10-19" });
      await retryUntil(() => expect(listEntries(b.doc).map((e) => e.id)).toContain(id), {
        interval: 1,
      });
      await server.kill9();
      // Close the peers before the restart, so they cannot resend the update.
      a.destroy();
      b.destroy();

      server = await startServer(backend);
      const [c] = track(...(await connectStockClients(server, "crash", 1)));
      expect(listEntries(c.doc).find((e) => e.id === id)?.title).toBe("seen by b");
    });

    it("refuses strangers, unknown timelines and malformed paths before upgrading", async () => {
      const status = (path: string) =>
        new Promise<number>((resolve, reject) => {
          const ws = new WebSocket(`${server.collabUrl}${path}`);
          ws.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
          ws.once("open", () => reject(new Error(`upgraded ${path}`)));
          ws.once("error", () => {});
        });
      expect(await status("/malformed")).toBe(401);
      expect(await status("/malformed?token=plx_forged")).toBe(401);
      expect(await status(`/no-such-timeline?token=${server.token}`)).toBe(403);
      expect(await status("/bad%20id!")).toBe(400);
      expect(await status("/a/b")).toBe(400);
    });

    it("closes only the connection that sent a malformed frame, and applies nothing from it", async () => {
      const [a] = track(...(await connectStockClients(server, "malformed", 1)));
      createEntry(a.doc, { title: "before" });
      await retryUntil(() => countEntries(a.doc) === 1);
      const before = stateOf(a.doc);

      // A real update the server has not seen, then truncated: must not be applied.
      const other = new Y.Doc();
      createEntry(other, { title: "from a corrupt frame" });
      const update = Y.encodeStateAsUpdate(other);
      const truncated = Buffer.concat([
        Buffer.from([0, 2]),
        encodeLength(update.length),
        update.subarray(0, update.length - 3),
      ]);
      const corrupt = Buffer.concat([
        Buffer.from([0, 2]),
        encodeLength(update.length),
        Buffer.from(update).map((x, i) => (i > 4 ? 0xff : x)),
      ]);
      const frames: (Buffer | string)[] = [
        Buffer.from([99]), // unknown message type
        Buffer.from([0, 7, 0]), // unknown sync type
        truncated,
        corrupt,
        "not binary",
      ];
      for (const frame of frames) {
        const ws = await openRawSocket(server.socketUrl("malformed"));
        const closed = closeEvent(ws);
        ws.send(frame);
        expect(await closed).toEqual({
          code: CloseCode.malformedMessage,
          reason: CloseReason[CloseCode.malformedMessage],
        });
      }

      // The other client is still connected and unchanged, and the room still works.
      expect(a.provider.wsconnected).toBe(true);
      expect(stateOf(a.doc)).toEqual(before);
      const [b] = track(...(await connectStockClients(server, "malformed", 1)));
      expect(stateOf(b.doc)).toEqual(before);
      createEntry(b.doc, { title: "after" });
      await expectConverged([a.doc, b.doc]);
    });

    it("closes a connection that sends an oversized message with 4413", async () => {
      const [a] = track(...(await connectStockClients(server, "oversized", 1)));
      const ws = await openRawSocket(server.socketUrl("oversized"));
      const closed = closeEvent(ws);
      ws.send(Buffer.alloc(1024 * 1024 + 16, 1));
      expect(await closed).toEqual({
        code: CloseCode.messageTooLarge,
        reason: CloseReason[CloseCode.messageTooLarge],
      });
      expect(a.provider.wsconnected).toBe(true);
    });
  });
}

/** lib0 varuint, for hand-built frames. */
function encodeLength(n: number): Buffer {
  const bytes: number[] = [];
  while (n > 127) {
    bytes.push((n & 127) | 128);
    n = Math.floor(n / 128);
  }
  bytes.push(n);
  return Buffer.from(bytes);
}
