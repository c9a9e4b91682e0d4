/**
 * One load run: `clients` raw writers on one document, each sending
 * UPDATES_PER_SECOND updates a second, and OBSERVERS stock providers. The
 * relay latency of an update is the time from its send until the last
 * observer has it.
 */

import { performance } from "node:perf_hooks";
import {
  DRAIN_MS,
  MEASURE_MS,
  OBSERVERS,
  UPDATES_PER_SECOND,
  WARMUP_MS,
  WRITER_WORKERS,
} from "./config";
import { processCpuMs } from "./cpu";
import { markKey } from "./marks";
import { type Observer, type Room, startObserver } from "./observers";
import { percentile } from "./stats";
import type { Framing } from "./wire";
import { now, type SendRecord, WriterWorker } from "./writers";

export type LoadResult = {
  clients: number;
  p50: number;
  p99: number;
  max: number;
  /** Updates scheduled in the measured window and seen by every observer. */
  measured: number;
  /** Updates scheduled in the measured window that some observer still lacked DRAIN_MS after the last send. */
  lost: number;
  /** Writer sockets the server closed during the run. */
  closedEarly: number;
  /** Server CPU while writers sent, in cores (1 = one core fully busy); NaN if unknown. */
  serverCores: number;
  /** The busiest writer thread's event-loop utilisation (0–1): near 1 means the generator limited the run. */
  writersBusy: number;
  /** The observers' (main) thread event-loop utilisation while writers sent. */
  observersBusy: number;
};

/** How raw writers reach a room: the websocket URL and the framing it speaks. */
export function writerEndpoint(room: Room): { url: string; framing: Framing } {
  if (room.kind === "y-websocket") {
    return {
      url: `${room.serverUrl}/${encodeURIComponent(room.roomName)}${room.token ? `?token=${room.token}` : ""}`,
      framing: { kind: "y-websocket" },
    };
  }
  return { url: room.url, framing: { kind: "hocuspocus", documentName: room.documentName } };
}

function split<T>(items: T[], parts: number): T[][] {
  const out: T[][] = Array.from({ length: parts }, () => []);
  for (const [i, item] of items.entries()) out[i % parts].push(item);
  return out.filter((part) => part.length > 0);
}

/** Runs the load against `room`; `serverPid` lets it report the server's CPU use. */
export async function runLoad(
  room: Room,
  clients: number,
  serverPid?: number,
): Promise<LoadResult> {
  const periodMs = 1000 / UPDATES_PER_SECOND;
  const updatesPerWriter = Math.ceil(((WARMUP_MS + MEASURE_MS) / 1000) * UPDATES_PER_SECOND);
  const { url, framing } = writerEndpoint(room);
  const observers: Observer[] = [];
  const workers: WriterWorker[] = [];
  try {
    for (let i = 0; i < OBSERVERS; i++) observers.push(await startObserver(room));
    const writers = Array.from({ length: clients }, (_, i) => i);
    for (const part of split(writers, WRITER_WORKERS)) {
      workers.push(
        new WriterWorker({
          url,
          framing,
          writers: part,
          totalWriters: clients,
          updatesPerWriter,
          periodMs,
        }),
      );
    }
    await Promise.all(workers.map((w) => w.connected()));
    // A short pause so handshake replies are out of the way before the clock starts.
    const startAt = now() + 500;
    for (const w of workers) w.start(startAt);
    const cpuBefore = serverPid === undefined ? undefined : processCpuMs(serverPid);
    const elu = performance.eventLoopUtilization();
    const wallBefore = now();
    const runMs = 500 + WARMUP_MS + MEASURE_MS + periodMs;
    const results = await Promise.all(workers.map((w) => w.done(runMs + 30_000)));
    const cpuAfter = serverPid === undefined ? undefined : processCpuMs(serverPid);
    const wallMs = now() - wallBefore;
    const observersBusy = performance.eventLoopUtilization(elu).utilization;
    await waitForArrivals(
      observers,
      results.flatMap((r) => r.sends),
      DRAIN_MS,
    );
    return {
      ...summarize(
        observers,
        results.flatMap((r) => r.sends),
        periodMs,
      ),
      clients,
      closedEarly: results.reduce((n, r) => n + r.closedEarly, 0),
      serverCores:
        cpuBefore === undefined || cpuAfter === undefined
          ? Number.NaN
          : (cpuAfter - cpuBefore) / wallMs,
      writersBusy: Math.max(...results.map((r) => r.busy)),
      observersBusy,
    };
  } finally {
    await Promise.all(workers.map((w) => w.close()));
    for (const o of observers) o.close();
  }
}

/** Waits (bounded) until every observer has every sent update. */
async function waitForArrivals(
  observers: Observer[],
  sends: SendRecord[],
  timeoutMs: number,
): Promise<void> {
  const deadline = now() + timeoutMs;
  const keys = sends.map(([writer, seq]) => markKey(writer, seq));
  while (now() < deadline) {
    if (observers.every((o) => keys.every((key) => o.arrivals.has(key)))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function summarize(
  observers: Observer[],
  sends: SendRecord[],
  periodMs: number,
): Pick<LoadResult, "p50" | "p99" | "max" | "measured" | "lost"> {
  // By schedule slot, so every server is measured on the same updates even
  // when a busy generator sends some of them late.
  const from = Math.round(WARMUP_MS / periodMs);
  const to = from + Math.round(MEASURE_MS / periodMs);
  const latencies: number[] = [];
  let lost = 0;
  for (const [writer, seq, sentAt] of sends) {
    if (seq < from || seq >= to) continue;
    const key = markKey(writer, seq);
    let last = 0;
    let missing = false;
    for (const o of observers) {
      const at = o.arrivals.get(key);
      if (at === undefined) missing = true;
      else last = Math.max(last, at);
    }
    if (missing) lost++;
    else latencies.push(last - sentAt);
  }
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.length ? latencies[latencies.length - 1] : Number.NaN,
    measured: latencies.length,
    lost,
  };
}
