"use client";

import { useCallback, useSyncExternalStore } from "react";
import type { TimelineStore } from "./timelineStore";

/** A number that changes whenever entry `id` changes (fields or body), for a component to follow it. */
export function useEntryVersion(store: TimelineStore, id: string): number {
  const subscribe = useCallback(
    (listener: () => void) => store.subscribeEntry(id, listener),
    [store, id],
  );
  return useSyncExternalStore(
    subscribe,
    () => store.entryVersion(id),
    () => 0,
  );
}
