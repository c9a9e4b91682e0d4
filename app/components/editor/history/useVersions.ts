"use client";

import { useCallback, useEffect, useState } from "react";
import type { VersionDTO } from "@/lib/versions/protocol";
import type { DiscussionClient } from "../discussion/discussionClient";
import { failureMessage } from "../review/status";
import { versionsApi } from "./versionsApi";

export type VersionsState =
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "ready"; versions: VersionDTO[] };

/** Newest first; one entry per number. */
function upsert(list: VersionDTO[], version: VersionDTO): VersionDTO[] {
  return [version, ...list.filter((v) => v.number !== version.number)].sort(
    (a, b) => b.number - a.number,
  );
}

/**
 * The timeline's versions: loaded over HTTP once `enabled` (the History tab
 * is open), then kept live from the socket's `version` events. `generation`
 * changes on every (re)subscribe, so versions saved while the socket was
 * down are fetched again.
 */
export function useVersions(
  timelineId: string,
  client: DiscussionClient | null,
  generation: number,
  enabled: boolean,
): { state: VersionsState; reload: () => void; add: (version: VersionDTO) => void } {
  const [state, setState] = useState<VersionsState>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation and attempt ask for a fresh copy.
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setState((prev) => (prev.kind === "ready" ? prev : { kind: "loading" }));
    versionsApi.list(timelineId).then(
      (versions) => live && setState({ kind: "ready", versions }),
      (error) =>
        live &&
        setState((prev) =>
          prev.kind === "ready"
            ? prev
            : {
                kind: "error",
                message: failureMessage(error, "The versions could not be loaded."),
              },
        ),
    );
    return () => {
      live = false;
    };
  }, [timelineId, generation, attempt, enabled]);

  const add = useCallback((version: VersionDTO) => {
    setState((prev) =>
      prev.kind === "ready" ? { kind: "ready", versions: upsert(prev.versions, version) } : prev,
    );
  }, []);

  useEffect(() => client?.onVersion(add), [client, add]);

  const reload = useCallback(() => {
    setState({ kind: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  return { state, reload, add };
}
