import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import type { Database } from "../../db/client";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { insertTimeline } from "../../db/queries/timelines";
import { CloseCode } from "../../lib/collab/closeCodes";
import { createEntry } from "../../lib/document";
import { type Backend, createBackend } from "../helpers/backends";
import { connectStockClients, expectConverged } from "../helpers/clients";
import { stateOf } from "../helpers/document";
import { startHub, type TestHub } from "../helpers/hub";

/** mulberry32: small, seedable, good enough to pick bytes. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A varuint's first bytes with the continuation bit set and nothing after. */
function truncatedVarint(next: () => number): Uint8Array {
  return Uint8Array.from(
    { length: 1 + Math.floor(next() * 5) },
    () => 0x80 | Math.floor(next() * 128),
  );
}

/** A sync update whose length prefix promises far more bytes than follow. */
function hugeLengthPrefix(next: () => number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint(e, 2 ** 31 + Math.floor(next() * 2 ** 20));
  encoding.writeUint8Array(
    e,
    Uint8Array.from({ length: 8 }, () => Math.floor(next() * 256)),
  );
  return encoding.toUint8Array(e);
}

/** A well-framed update message whose payload is garbage. */
function garbageUpdate(next: () => number): Uint8Array {
  const payload = Uint8Array.from({ length: 4 + Math.floor(next() * 60) }, () =>
    Math.floor(next() * 256),
  );
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/**
 * A hostile frame: a valid message with some bytes flipped, cut or extended,
 * pure noise, a truncated varint, a huge length prefix, or a garbage update.
 */
function hostileFrame(next: () => number, valid: Uint8Array[]): Uint8Array {
  const pick = Math.floor(next() * 7);
  if (pick === 4) return truncatedVarint(next);
  if (pick === 5) return hugeLengthPrefix(next);
  if (pick === 6) return garbageUpdate(next);
  if (pick === 0)
    return Uint8Array.from({ length: 1 + Math.floor(next() * 64) }, () => Math.floor(next() * 256));
  const base = valid[Math.floor(next() * valid.length)].slice();
  if (pick === 1) {
    for (let i = 0; i < 1 + next() * 4; i++)
      base[Math.floor(next() * base.length)] = Math.floor(next() * 256);
    return base;
  }
  if (pick === 2) return base.subarray(0, Math.max(1, Math.floor(next() * base.length)));
  const tail = Uint8Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
    Math.floor(next() * 256),
  );
  const out = new Uint8Array(base.length + tail.length);
  out.set(base);
  out.set(tail, base.length);
  return out;
}

/** Valid messages to mutate: an update, a sync step 1, an awareness update. */
function validMessages(): Uint8Array[] {
  const doc = new Y.Doc();
  createEntry(doc, { title: "fuzz", when: "1955-06-01" });
  const frame = (write: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    write(e);
    return encoding.toUint8Array(e);
  };
  return [
    frame((e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc));
    }),
    frame((e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
    }),
    frame((e) => {
      encoding.writeVarUint(e, 1);
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 12345);
      encoding.writeVarUint(inner, 1);
      encoding.writeVarString(inner, JSON.stringify({ user: { name: "fuzz" } }));
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    }),
  ];
}

/** Sends `count` hostile frames, one socket at a time; returns how each socket ended. */
async function fuzz(collabUrl: string, seed: number, count: number): Promise<number[]> {
  const next = random(seed);
  const valid = validMessages();
  const codes: number[] = [];
  for (let i = 0; i < count; i++) {
    const ws = new WebSocket(`${collabUrl}/fuzz`);
    await new Promise((resolve, reject) => {
      ws.once("open", resolve);
      ws.once("error", reject);
    });
    const closed = new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));
    for (let n = 0; n < 3; n++) ws.send(hostileFrame(next, valid));
    // A frame that happened to be valid leaves the socket open: close it ourselves.
    const timer = setTimeout(() => ws.close(1000), 300);
    codes.push(await closed);
    clearTimeout(timer);
  }
  return codes;
}

/**
 * Sends `total` hostile frames over as many sockets as it takes, `parallel`
 * at a time: each socket sends frames until the server closes it.
 */
async function flood(
  url: string,
  seed: number,
  total: number,
  parallel: number,
): Promise<Set<number>> {
  const next = random(seed);
  const valid = validMessages();
  const codes = new Set<number>();
  let sent = 0;
  const worker = async () => {
    while (sent < total) {
      const ws = new WebSocket(url);
      await new Promise((resolve, reject) => {
        ws.once("open", resolve);
        ws.once("error", reject);
      });
      const closed = new Promise<void>((resolve) =>
        ws.once("close", (code) => {
          codes.add(code);
          resolve();
        }),
      );
      for (let n = 0; n < 50 && sent < total && ws.readyState === WebSocket.OPEN; n++) {
        sent++;
        ws.send(hostileFrame(next, valid));
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (ws.readyState === WebSocket.OPEN) ws.close(1000);
      await closed;
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return codes;
}

describe("protocol fuzzing (PGlite)", () => {
  let backend: Backend;
  let database: Database;
  let testHub: TestHub;
  let collabUrl: string;

  beforeAll(async () => {
    backend = await createBackend("pglite");
    database = await openDatabase(backend.open);
    await migrateDatabase(database);
    await insertTimeline(database.db, { id: "fuzz", title: "Fuzz" });
    await insertTimeline(database.db, { id: "calm", title: "Calm" });
    testHub = await startHub(database, { limits: { maxMessageBytes: 64 * 1024 } });
    collabUrl = testHub.collabUrl;
  });

  afterAll(async () => {
    await testHub?.close();
    await database?.close();
    await backend?.dispose();
  });

  async function run(seed: number, count: number) {
    const [honest, watcher] = await connectStockClients(collabUrl, "fuzz", 2);
    createEntry(honest.doc, { title: `honest before ${seed}` });
    await expectConverged([honest.doc, watcher.doc]);
    const codes = await fuzz(collabUrl, seed, count);
    for (const code of codes) expect([1000, 1005, CloseCode.malformedMessage]).toContain(code);
    // Honest clients stay connected, and keep collaborating.
    expect(honest.provider.wsconnected && watcher.provider.wsconnected).toBe(true);
    createEntry(honest.doc, { title: `honest after ${seed}` });
    await expectConverged([honest.doc, watcher.doc]);
    const titles = stateOf(watcher.doc).json.entries.map((e) => e.title);
    expect(titles).toContain(`honest after ${seed}`);
    honest.destroy();
    watcher.destroy();
  }

  it.each([1, 2, 3])("seed %i: 40 hostile sockets", async (seed) => {
    await run(seed, 40);
  });

  it("survives 10,000 hostile frames, and another document stays byte for byte the same", async () => {
    const [calm, calmWatcher] = await connectStockClients(collabUrl, "calm", 2);
    createEntry(calm.doc, { title: "calm before the storm", when: "1956-10-19" });
    await expectConverged([calm.doc, calmWatcher.doc]);
    const before = Y.encodeStateAsUpdate(calmWatcher.doc);

    const codes = await flood(`${collabUrl}/fuzz`, 42, 10_000, 8);
    for (const code of codes) expect([1000, 1005, CloseCode.malformedMessage]).toContain(code);

    expect(calm.provider.wsconnected && calmWatcher.provider.wsconnected).toBe(true);
    expect(Buffer.from(Y.encodeStateAsUpdate(calmWatcher.doc))).toEqual(Buffer.from(before));
    // A fresh client loads exactly the same document from the server.
    const [late] = await connectStockClients(collabUrl, "calm", 1);
    expect(Buffer.from(Y.encodeStateVector(late.doc))).toEqual(
      Buffer.from(Y.encodeStateVector(calmWatcher.doc)),
    );
    expect(stateOf(late.doc).json).toEqual(stateOf(calmWatcher.doc).json);
    for (const client of [calm, calmWatcher, late]) client.destroy();
  }, 180_000);
});
