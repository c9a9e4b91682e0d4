import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { stateOf } from "./document";
import { retryUntil } from "./retry";

/** An unmodified y-websocket provider, as a browser would use it, running in Node. */
export type StockClient = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the provider has synced with the server. */
  synced: Promise<void>;
  destroy(): void;
};

/** Where stock clients connect: a hub URL, with the API token they present (if any). */
export type CollabTarget = string | { collabUrl: string; token?: string };

export function connectStockClient(
  target: CollabTarget,
  timelineId: string,
  doc = new Y.Doc(),
): StockClient {
  const { collabUrl, token } = typeof target === "string" ? { collabUrl: target } : target;
  const provider = new WebsocketProvider(collabUrl, timelineId, doc, {
    params: token ? { token } : {},
    // The ws package implements the browser WebSocket interface the provider needs.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once("sync", (state: boolean) => state && resolve());
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Fail fast when the server is gone instead of waiting for the test timeout. */
const SYNC_TIMEOUT_MS = 20_000;

/** `n` stock clients on one timeline, resolved once all have synced. */
export async function connectStockClients(
  target: CollabTarget,
  timelineId: string,
  n: number,
): Promise<StockClient[]> {
  const clients = Array.from({ length: n }, () => connectStockClient(target, timelineId));
  const collabUrl = typeof target === "string" ? target : target.collabUrl;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${n} client(s) did not sync with ${collabUrl}/${timelineId}`)),
      SYNC_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([Promise.all(clients.map((client) => client.synced)), timeout]);
  } catch (error) {
    for (const client of clients) client.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return clients;
}

/** Waits until every document has the same state vector and timeline content as the first. */
export async function expectConverged(docs: Y.Doc[], timeout = 15_000): Promise<void> {
  await retryUntil(
    () => {
      const first = JSON.stringify(stateOf(docs[0]));
      for (const doc of docs) {
        if (JSON.stringify(stateOf(doc)) !== first) throw new Error("documents differ");
      }
    },
    { timeout },
  );
}

/** A raw websocket to the collab endpoint, for sending frames no stock client would. */
export function openRawSocket(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url);
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
}

/** Resolves with the close code and reason the server sent. */
export function closeEvent(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
}
