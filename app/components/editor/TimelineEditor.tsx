"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import type { Role } from "@/lib/auth/roles";
import type { SignedInUser } from "../../currentUser";
import { Button } from "../ui/Button";
import { EmptyState } from "../ui/EmptyState";
import { EditorSkeleton } from "./EditorSkeleton";
import type { Comparing } from "./panelParams";
import type { SidePanelTab } from "./SidePanel";
import type { EntryFilters } from "./searchFilter";
import { useCollab } from "./useCollab";
import { Workspace } from "./Workspace";

export interface TimelineEditorProps {
  timelineId: string;
  initialTitle: string;
  initialFilters: EntryFilters;
  /** A thread to open in the Discussion panel (from the inbox). */
  initialThread: string | null;
  /** The side panel to open (`?panel=`), and versions to compare in History (`?compare=`). */
  initialPanel?: SidePanelTab | null;
  initialCompare?: Comparing | null;
  /** The signed-in user; presence shows their profile name and colour. */
  user: SignedInUser;
  /** Their role on this timeline: only roles that may edit get edit controls (the server enforces it too). */
  role: Role;
}

/** How long to wait for a first copy of the document before saying it cannot be reached. */
const LOAD_TIMEOUT = 12_000;

/** The timeline page: connects to the live document, then shows the workspace. */
export function TimelineEditor({
  timelineId,
  initialTitle,
  initialFilters,
  initialThread,
  initialPanel = null,
  initialCompare = null,
  user,
  role,
}: TimelineEditorProps) {
  // Only what others may see goes into awareness; the server stamps it again from the session.
  const presence = useMemo(() => ({ name: user.name, color: user.color }), [user.name, user.color]);
  const collab = useCollab(timelineId, presence);
  const [timedOut, setTimedOut] = useState(false);

  const loaded = collab?.status.loaded ?? false;
  useEffect(() => {
    if (loaded) return;
    const timer = setTimeout(() => setTimedOut(true), LOAD_TIMEOUT);
    return () => clearTimeout(timer);
  }, [loaded]);

  if (collab?.status.closed && !loaded) {
    return (
      <FullPageMessage title={collab.status.closed.title}>
        {collab.status.closed.detail}
      </FullPageMessage>
    );
  }
  if (!collab || !loaded) {
    if (timedOut) {
      return (
        <FullPageMessage title="Parallax can't reach the server" retry>
          This timeline is not saved on this device yet, so it cannot open offline. Check your
          connection and try again.
        </FullPageMessage>
      );
    }
    return <EditorSkeleton title={initialTitle} />;
  }
  return (
    <Workspace
      timelineId={timelineId}
      collab={collab}
      user={user}
      role={role}
      initialFilters={initialFilters}
      initialThread={initialThread}
      initialPanel={initialPanel}
      initialCompare={initialCompare}
    />
  );
}

function FullPageMessage({
  title,
  children,
  retry,
}: {
  title: string;
  children: React.ReactNode;
  retry?: boolean;
}) {
  return (
    <main className="mx-auto max-w-lg px-6 py-24" data-testid="editor-error">
      <EmptyState
        icon="alert"
        title={title}
        action={
          <div className="flex gap-2">
            <Link
              href="/"
              className="inline-flex h-9 items-center rounded-md border border-line-strong bg-surface px-3.5 text-base font-medium shadow-card hover:bg-sunken"
            >
              Back to timelines
            </Link>
            {retry && (
              <Button variant="primary" onClick={() => window.location.reload()}>
                Try again
              </Button>
            )}
          </div>
        }
      >
        {children}
      </EmptyState>
    </main>
  );
}
