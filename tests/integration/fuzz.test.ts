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

/** A frame that is a valid message with some bytes flipped, cut or extended, or pure noise. */
function hostileFrame(next: () => number, valid: Uint8Array[]): Uint8Array {
  const pick = Math.floor(next() * 4);
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
});
