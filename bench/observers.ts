/**
 * Stock clients that observe the load: y-websocket `WebsocketProvider`s for
 * our server and the stock one, `HocuspocusProvider`s for Hocuspocus. Each
 * records when every mark arrived in its document.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { STEP_TIMEOUT_MS } from "./config";
import { observeMarks } from "./marks";
import { now } from "./writers";

/** Where a load runs: how stock providers and raw writers reach one document. */
export type Room =
  | { kind: "y-websocket"; serverUrl: string; roomName: string; token?: string }
  | { kind: "hocuspocus"; url: string; documentName: string };

export type Observer = {
  /** Arrival time (ms since the epoch) of every mark key seen. */
  arrivals: Map<string, number>;
  doc: Y.Doc;
  close(): void;
};

function withTimeout<T>(
  promise: Promise<T>,
  what: string,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what}: timed out after ${timeoutMs} ms`)),
        timeoutMs,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Connects a stock provider and resolves once it is synced. */
export async function connectStockClient(room: Room, doc: Y.Doc): Promise<{ close(): void }> {
  if (room.kind === "y-websocket") {
    const provider = new WebsocketProvider(room.serverUrl, room.roomName, doc, {
      params: room.token ? { token: room.token } : {},
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    const close = () => provider.destroy();
    try {
      await withTimeout(
        new Promise<void>((resolve) => {
          if (provider.synced) resolve();
          else provider.once("sync", (synced: boolean) => synced && resolve());
        }),
        `sync with ${room.serverUrl}/${room.roomName}`,
      );
    } catch (error) {
      close();
      throw error;
    }
    return { close };
  }
  const socket = new HocuspocusProviderWebsocket({ url: room.url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room.documentName,
    document: doc,
  });
  provider.attach();
  const close = () => {
    provider.destroy();
    socket.destroy();
  };
  try {
    await withTimeout(
      new Promise<void>((resolve) => {
        if (provider.synced) resolve();
        else provider.on("synced", () => resolve());
      }),
      `sync with ${room.url} ${room.documentName}`,
    );
  } catch (error) {
    close();
    throw error;
  }
  return { close };
}

export async function startObserver(room: Room): Promise<Observer> {
  const doc = new Y.Doc();
  const arrivals = new Map<string, number>();
  observeMarks(doc, (key) => {
    if (!arrivals.has(key)) arrivals.set(key, now());
  });
  const client = await connectStockClient(room, doc);
  return {
    arrivals,
    doc,
    close: () => {
      client.close();
      doc.destroy();
    },
  };
}
