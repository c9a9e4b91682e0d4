/**
 * Raw writer clients, run in worker threads so generating load does not share
 * an event loop with the observers. A writer completes the handshake, then
 * sends precomputed update frames on a fixed schedule and discards whatever
 * it receives without decoding it.
 */
import { performance } from "node:perf_hooks";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import WebSocket from "ws";
import { STEP_TIMEOUT_MS } from "./config";
import { writerUpdates } from "./marks";
import { type Framing, handshakeFrames, updateFrame } from "./wire";

export type WriterPlan = {
  url: string;
  framing: Framing;
  /** Global writer numbers handled by this worker. */
  writers: number[];
  /** All writers across workers (spreads their send phases evenly). */
  totalWriters: number;
  updatesPerWriter: number;
  periodMs: number;
};

/** A send: writer, seq and the time it was handed to the socket (ms since the epoch). */
export type SendRecord = [writer: number, seq: number, sentAt: number];

type ToWorker = { type: "start"; startAt: number } | { type: "close" };
type FromWorker =
  | { type: "connected" }
  | { type: "failed"; error: string }
  | { type: "done"; sends: SendRecord[]; closedEarly: number; busy: number };

/** Milliseconds since the epoch, comparable across threads. */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

function connect(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.binaryType = "nodebuffer";
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`connect timeout: ${url}`));
    }, STEP_TIMEOUT_MS);
    ws.once("open", () => {
      clearTimeout(timer);
      resolve(ws);
    });
    ws.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

async function runWorker(plan: WriterPlan): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const frames = plan.writers.map((w) =>
    writerUpdates(w, plan.updatesPerWriter).map((u) => updateFrame(plan.framing, u)),
  );
  const sockets: WebSocket[] = [];
  let closedEarly = 0;
  let finished = false;
  try {
    for (let i = 0; i < plan.writers.length; i++) {
      const ws = await connect(plan.url);
      ws.on("message", () => {});
      ws.on("error", () => {});
      ws.on("close", () => {
        if (!finished) closedEarly++;
      });
      for (const frame of handshakeFrames(plan.framing)) ws.send(frame);
      sockets.push(ws);
    }
  } catch (error) {
    port.postMessage({ type: "failed", error: String(error) } satisfies FromWorker);
    for (const ws of sockets) ws.terminate();
    return;
  }
  port.postMessage({ type: "connected" } satisfies FromWorker);

  port.on("message", (message: ToWorker) => {
    if (message.type === "close") {
      finished = true;
      for (const ws of sockets) ws.terminate();
      port.close();
      return;
    }
    // Every send, in time order: writer w's k-th update is due at
    // startAt + phase(w) + k * period, phases spread over the period.
    const schedule: { at: number; slot: number; seq: number }[] = [];
    plan.writers.forEach((w, slot) => {
      const phase = (w / plan.totalWriters) * plan.periodMs;
      for (let seq = 0; seq < plan.updatesPerWriter; seq++) {
        schedule.push({ at: message.startAt + phase + seq * plan.periodMs, slot, seq });
      }
    });
    schedule.sort((a, b) => a.at - b.at);
    const sends: SendRecord[] = [];
    const elu = performance.eventLoopUtilization();
    let next = 0;
    const tick = () => {
      const t = now();
      while (next < schedule.length && schedule[next].at <= t) {
        const { slot, seq } = schedule[next++];
        const ws = sockets[slot];
        if (ws.readyState !== WebSocket.OPEN) continue;
        sends.push([plan.writers[slot], seq, now()]);
        ws.send(frames[slot][seq]);
      }
      if (next < schedule.length) {
        setTimeout(tick, Math.max(0, schedule[next].at - now()));
      } else {
        const busy = performance.eventLoopUtilization(elu).utilization;
        port.postMessage({ type: "done", sends, closedEarly, busy } satisfies FromWorker);
      }
    };
    setTimeout(tick, Math.max(0, message.startAt - now()));
  });
}

/** The main thread's handle on one writer worker. */
export class WriterWorker {
  private readonly worker: Worker;
  private readonly messages: FromWorker[] = [];
  private readonly listeners: ((message: FromWorker) => void)[] = [];

  constructor(plan: WriterPlan) {
    // Workers do not inherit the tsx loader on Node 20: register it first.
    const entry = `import { register } from "tsx/esm/api"; register(); await import(${JSON.stringify(import.meta.url)});`;
    this.worker = new Worker(entry, { eval: true, workerData: plan });
    this.worker.on("message", (message: FromWorker) => {
      this.messages.push(message);
      for (const listener of [...this.listeners]) listener(message);
    });
    this.worker.on("error", (error) => {
      const message: FromWorker = { type: "failed", error: String(error) };
      this.messages.push(message);
      for (const listener of [...this.listeners]) listener(message);
    });
  }

  private next<T extends FromWorker["type"]>(
    type: T,
    timeoutMs: number,
  ): Promise<Extract<FromWorker, { type: T }>> {
    return new Promise((resolve, reject) => {
      const check = (message: FromWorker) => {
        if (message.type === "failed")
          finish(() => reject(new Error(`writer worker failed: ${message.error}`)));
        else if (message.type === type)
          finish(() => resolve(message as Extract<FromWorker, { type: T }>));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`writer worker: no "${type}" in ${timeoutMs} ms`))),
        timeoutMs,
      );
      const finish = (fn: () => void) => {
        clearTimeout(timer);
        const index = this.listeners.indexOf(check);
        if (index >= 0) this.listeners.splice(index, 1);
        fn();
      };
      this.listeners.push(check);
      for (const message of this.messages) check(message);
    });
  }

  connected(): Promise<unknown> {
    return this.next("connected", STEP_TIMEOUT_MS);
  }

  start(startAt: number): void {
    this.worker.postMessage({ type: "start", startAt } satisfies ToWorker);
  }

  /** The sends, and how busy the worker's event loop was while sending (0–1). */
  done(timeoutMs: number): Promise<{ sends: SendRecord[]; closedEarly: number; busy: number }> {
    return this.next("done", timeoutMs);
  }

  async close(): Promise<void> {
    this.worker.postMessage({ type: "close" } satisfies ToWorker);
    const timer = setTimeout(() => void this.worker.terminate(), 5_000);
    await new Promise((resolve) => this.worker.once("exit", resolve));
    clearTimeout(timer);
  }
}

if (!isMainThread && workerData) void runWorker(workerData as WriterPlan);
