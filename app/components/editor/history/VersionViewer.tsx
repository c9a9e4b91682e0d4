"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import * as Y from "yjs";
import type { Role } from "@/lib/auth/roles";
import type { VersionDTO } from "@/lib/versions/protocol";
import type { SignedInUser } from "../../../currentUser";
import { Button } from "../../ui/Button";
import { EmptyState } from "../../ui/EmptyState";
import { EditorSkeleton } from "../EditorSkeleton";
import { failureMessage } from "../review/status";
import { NO_FILTERS } from "../searchFilter";
import { TimelineStore } from "../timelineStore";
import type { Collab, CollabStatus } from "../useCollab";
import { Workspace } from "../Workspace";
import { versionsApi } from "./versionsApi";

/** A saved version is complete and never changes: nothing to sync, nothing pending. */
const STATIC_STATUS: CollabStatus = {
  connection: "connected",
  synced: true,
  pending: 0,
  unsent: false,
  loaded: true,
  closed: null,
};

export interface VersionViewerProps {
  timelineId: string;
  initialTitle: string;
  version: VersionDTO;
  user: SignedInUser;
  role: Role;
}

type State =
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "ready"; collab: Collab };

/**
 * Loads a version's document (one Yjs update) into a local Y.Doc, without a
 * provider or a local cache, and shows it in the editor's own views,
 * read-only.
 */
export function VersionViewer({
  timelineId,
  initialTitle,
  version,
  user,
  role,
}: VersionViewerProps) {
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt asks for a fresh load.
  useEffect(() => {
    let live = true;
    let made: Collab | null = null;
    setState({ kind: "loading" });
    versionsApi.state(timelineId, version.number).then(
      (update) => {
        if (!live) return;
        const doc = new Y.Doc();
        try {
          Y.applyUpdate(doc, update);
        } catch {
          doc.destroy();
          setState({ kind: "error", message: "This version could not be read." });
          return;
        }
        made = { doc, provider: null, store: new TimelineStore(doc), status: STATIC_STATUS };
        setState({ kind: "ready", collab: made });
      },
      (error) =>
        live &&
        setState({
          kind: "error",
          message: failureMessage(error, "The version could not be loaded."),
        }),
    );
    return () => {
      live = false;
      if (made) {
        made.store.destroy();
        made.doc.destroy();
      }
    };
  }, [timelineId, version.number, attempt]);

  if (state.kind === "loading") return <EditorSkeleton title={initialTitle} />;
  if (state.kind === "error") {
    return (
      <main className="mx-auto max-w-lg px-6 py-24" data-testid="editor-error">
        <EmptyState
          icon="alert"
          title={`Version ${version.number} could not be opened`}
          action={
            <div className="flex gap-2">
              <Link
                href={`/t/${encodeURIComponent(timelineId)}`}
                className="inline-flex h-9 items-center rounded-md border border-line-strong bg-surface px-3.5 text-base font-medium shadow-card hover:bg-sunken"
              >
                Back to live
              </Link>
              <Button variant="primary" onClick={() => setAttempt((n) => n + 1)}>
                Try again
              </Button>
            </div>
          }
        >
          {state.message}
        </EmptyState>
      </main>
    );
  }
  return (
    <Workspace
      timelineId={timelineId}
      collab={state.collab}
      user={user}
      role={role}
      initialFilters={NO_FILTERS}
      initialThread={null}
      staticVersion={version}
    />
  );
}
