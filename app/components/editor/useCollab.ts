"use client";

import { useEffect, useState } from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { type ClosedState, closedState } from "./closeMessages";
import type { LocalUser } from "./identity";
import { PendingTracker } from "./pendingTracker";
import { TimelineStore } from "./timelineStore";

export type Connection = "connecting" | "connected" | "offline";

export interface CollabStatus {
  connection: Connection;
  /** The server's state has been merged in since the last connect. */
  synced: boolean;
  /** Local changes the server has not acknowledged yet. */
  pending: number;
  /** Changes made while disconnected, waiting to be sent. */
  unsent: boolean;
  /** The local copy (IndexedDB) or the server has delivered the document. */
  loaded: boolean;
  /** The server closed the connection for good. */
  closed: ClosedState | null;
}

export interface Collab {
  doc: Y.Doc;
  /** Null for a saved version opened read-only over a local document. */
  provider: WebsocketProvider | null;
  store: TimelineStore;
  status: CollabStatus;
}

const INITIAL: CollabStatus = {
  connection: "connecting",
  synced: false,
  pending: 0,
  unsent: false,
  loaded: false,
  closed: null,
};

/**
 * One timeline's live document: a Y.Doc cached in IndexedDB (offline editing,
 * merged on reconnect) and synced over /collab/<id>, with awareness carrying
 * the local user and the entry they are in.
 */
export function useCollab(
  timelineId: string,
  user: LocalUser | null,
): (Omit<Collab, "status"> & { provider: WebsocketProvider; status: CollabStatus }) | null {
  const [collab, setCollab] = useState<
    (Omit<Collab, "status"> & { provider: WebsocketProvider }) | null
  >(null);
  const [status, setStatus] = useState<CollabStatus>(INITIAL);

  useEffect(() => {
    const doc = new Y.Doc();
    const tracker = new PendingTracker();
    const local = new IndexeddbPersistence(`parallax:${timelineId}`, doc);
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    const provider = new WebsocketProvider(
      `${scheme}://${window.location.host}/collab`,
      timelineId,
      doc,
      {
        WebSocketPolyfill: tracker.socketClass(),
        maxBackoffTime: 5000,
      },
    );
    const store = new TimelineStore(doc);
    let unsent = false;
    const update = (patch: Partial<CollabStatus>) => setStatus((prev) => ({ ...prev, ...patch }));

    const markLoaded = () => update({ loaded: true });
    local.whenSynced.then(markLoaded, markLoaded);
    provider.on("sync", (synced: boolean) => {
      update({ synced, ...(synced ? { loaded: true } : {}) });
    });
    provider.on("status", ({ status: next }) => {
      if (next === "connected") update({ connection: "connected" });
      else if (next === "disconnected") {
        tracker.reset();
        update({ connection: "offline", synced: false });
      }
    });
    provider.on("connection-error", () => update({ connection: "offline" }));
    provider.on("closed", ({ code, reason }) =>
      update({ closed: closedState(code, reason), connection: "offline" }),
    );
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider || origin === local) return;
      if (!provider.wsconnected && !unsent) {
        unsent = true;
        update({ unsent: true });
      }
    };
    doc.on("update", onUpdate);
    const stopTracking = tracker.onChange(() => {
      if (provider.wsconnected) unsent = false;
      update({ pending: tracker.pending, unsent });
    });
    // The browser knows first when the network goes: stop retrying until it is back.
    const onOnline = () => provider.connect();
    const onOffline = () => {
      provider.disconnect();
      update({ connection: "offline", synced: false });
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    setCollab({ doc, provider, store });

    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      stopTracking();
      doc.off("update", onUpdate);
      store.destroy();
      provider.destroy();
      void local.destroy();
      doc.destroy();
      setCollab(null);
      setStatus(INITIAL);
    };
  }, [timelineId]);

  useEffect(() => {
    if (collab && user) collab.provider.awareness.setLocalStateField("user", user);
  }, [collab, user]);

  return collab ? { ...collab, status } : null;
}
