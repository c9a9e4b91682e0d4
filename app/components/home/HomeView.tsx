"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { TimelineJson } from "../../api/timelineJson";
import type { SignedInUser } from "../../currentUser";
import { IdentityMenu } from "../account/IdentityMenu";
import { ApiError, api } from "../apiClient";
import { Button } from "../ui/Button";
import { ConfirmDialog } from "../ui/Dialog";
import { EmptyState } from "../ui/EmptyState";
import { Icon } from "../ui/Icon";
import { Kbd } from "../ui/Kbd";
import { Logo } from "../ui/Logo";
import { useToast } from "../ui/Toast";
import { NewTimelineDialog } from "./NewTimelineDialog";
import { TimelineCard } from "./TimelineCard";

const PRESENCE_REFRESH_MS = 20_000;

/** The home page: every timeline as a card, with create, rename and delete. */
export function HomeView({ initial, user }: { initial: TimelineJson[]; user: SignedInUser }) {
  const router = useRouter();
  const toast = useToast();
  const [timelines, setTimelines] = useState(initial);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<TimelineJson | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => setTimelines(initial), [initial]);

  // Who is here now changes by itself: look again while the page is in view.
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === "visible") router.refresh();
    };
    const timer = window.setInterval(refresh, PRESENCE_REFRESH_MS);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [router]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, [contenteditable=true], dialog")) return;
      if (event.key.toLowerCase() === "n" && !event.metaKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        setCreating(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const rename = async (id: string, title: string) => {
    try {
      await api.renameTimeline(id, title);
      setTimelines((list) =>
        list.map((t) => (t.id === id ? { ...t, title, updatedAt: new Date().toISOString() } : t)),
      );
      router.refresh();
    } catch (error) {
      toast({
        tone: "error",
        message: error instanceof ApiError ? error.message : "The timeline could not be renamed.",
      });
      throw error;
    }
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    setBusy(true);
    try {
      await api.deleteTimeline(deleting.id);
      setTimelines((list) => list.filter((t) => t.id !== deleting.id));
      toast({ message: `Deleted “${deleting.title}”.` });
      router.refresh();
    } catch (error) {
      toast({
        tone: "error",
        message: error instanceof ApiError ? error.message : "The timeline could not be deleted.",
      });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  };

  return (
    <>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-3 px-6">
          <Logo />
          <span className="flex-1 text-lg font-semibold tracking-tight">Parallax</span>
          <IdentityMenu user={user} />
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-10">
        <div className="mb-6 flex flex-wrap items-end gap-4">
          <div className="min-w-0 flex-1">
            <h1 className="text-2xl font-semibold tracking-tight">Timelines</h1>
            <p className="mt-1 text-base text-muted">
              Chronologies your team builds together, source by source.
            </p>
          </div>
          <Button variant="primary" onClick={() => setCreating(true)} data-testid="new-timeline">
            <Icon name="plus" />
            New timeline
            <Kbd className="ml-1 border-white/30 bg-white/15 text-white/90">N</Kbd>
          </Button>
        </div>
        {timelines.length === 0 ? (
          <EmptyState
            icon="timeline"
            title="No timelines yet"
            testId="home-empty"
            action={
              <Button variant="primary" onClick={() => setCreating(true)}>
                <Icon name="plus" />
                Create the first timeline
              </Button>
            }
          >
            A timeline gathers dated entries in lanes, with the sources that support them. Start one
            and invite your team.
          </EmptyState>
        ) : (
          <ul
            data-testid="timeline-list"
            className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3"
          >
            {timelines.map((timeline) => (
              <TimelineCard
                key={timeline.id}
                timeline={timeline}
                onRename={(title) => rename(timeline.id, title)}
                onDelete={() => setDeleting(timeline)}
              />
            ))}
          </ul>
        )}
      </main>
      <NewTimelineDialog open={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this timeline?"
        description={
          <>
            “{deleting?.title}” and all of its entries will be deleted for everyone. This cannot be
            undone.
          </>
        }
        confirmLabel="Delete timeline"
        danger
        busy={busy}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}
