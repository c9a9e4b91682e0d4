"use client";

import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";

/** Someone else on this timeline, and the entry they are in (if any). */
export interface Peer {
  clientId: number;
  name: string;
  color: string;
  entryId: string | null;
}

function readPeers(provider: WebsocketProvider): Peer[] {
  const self = provider.awareness.clientID;
  const peers: Peer[] = [];
  provider.awareness.getStates().forEach((state, clientId) => {
    if (clientId === self) return;
    const user = state.user as { name?: unknown; color?: unknown } | undefined;
    if (!user || typeof user.name !== "string") return;
    peers.push({
      clientId,
      name: user.name.slice(0, 40),
      color:
        typeof user.color === "string" && /^#[0-9a-f]{6}$/i.test(user.color)
          ? user.color
          : "#6b6b64",
      entryId: typeof state.entryId === "string" ? state.entryId : null,
    });
  });
  return peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** The other people here, kept current from awareness; publishes our own entry. */
export function usePresence(provider: WebsocketProvider | null, entryId: string | null): Peer[] {
  const [peers, setPeers] = useState<Peer[]>([]);

  useEffect(() => {
    if (!provider) return;
    const refresh = () => setPeers(readPeers(provider));
    refresh();
    provider.awareness.on("change", refresh);
    return () => provider.awareness.off("change", refresh);
  }, [provider]);

  useEffect(() => {
    provider?.awareness.setLocalStateField("entryId", entryId);
  }, [provider, entryId]);

  return peers;
}
