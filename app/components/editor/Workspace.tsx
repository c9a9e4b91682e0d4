"use client";

import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { can, canWriteContent, type Role } from "@/lib/auth/roles";
import { createEntry, deleteEntry, EntryError, writeMeta } from "@/lib/document";
import type { ReviewSettings } from "@/lib/review/protocol";
import type { VersionDTO } from "@/lib/versions/protocol";
import type { SignedInUser } from "../../currentUser";
import { api } from "../apiClient";
import { Button } from "../ui/Button";
import { EmptyState } from "../ui/EmptyState";
import { Icon } from "../ui/Icon";
import { Kbd } from "../ui/Kbd";
import { useToast } from "../ui/Toast";
import { AxisPanel } from "./AxisPanel";
import { DiscussionPanel } from "./discussion/DiscussionPanel";
import type { EntryDiscussion } from "./discussion/EntryDiscussion";
import { useDiscussion } from "./discussion/useDiscussion";
import { useMembers } from "./discussion/useMembers";
import { EntryList, type ScrollRequest } from "./EntryList";
import { ensureFirstLane } from "./ensureFirstLane";
import { FilterBar } from "./FilterBar";
import { HistoryPanel } from "./history/HistoryPanel";
import { useRestore } from "./history/useRestore";
import { useVersions } from "./history/useVersions";
import { VersionBanner } from "./history/VersionBanner";
import { LanesDialog } from "./LanesDialog";
import { type Comparing, compareParam } from "./panelParams";
import type { EntryReviewing } from "./review/EntryReviewing";
import { ReviewPanel, type ReviewQueueHandle } from "./review/ReviewPanel";
import { liveStatus } from "./review/status";
import { useReviewActions } from "./review/useReviewActions";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { SidePanel, type SidePanelTab } from "./SidePanel";
import { StatusBanner } from "./StatusBanner";
import { type EntryFilters, filterEntries, filterParams, NO_FILTERS } from "./searchFilter";
import { SourcesPanel } from "./sources/SourcesPanel";
import { TopBar } from "./TopBar";
import type { Collab } from "./useCollab";
import { type Peer, usePresence } from "./usePresence";
import { useShortcuts } from "./useShortcuts";
import { useUndo } from "./useUndo";

export interface WorkspaceProps {
  timelineId: string;
  collab: Collab;
  /** The signed-in user: their name and colour are what others see in presence. */
  user: SignedInUser;
  role: Role;
  /** The filters the URL asked for. */
  initialFilters: EntryFilters;
  initialThread: string | null;
  /** The side panel to open (`?panel=`). */
  initialPanel?: SidePanelTab | null;
  /** Versions to compare in the History tab (`?compare=3` with now, `?compare=3,7`). */
  initialCompare?: Comparing | null;
  /**
   * A saved version, shown read-only over a local document without a
   * provider: no discussion, review, history or presence, and a banner
   * saying which version this is.
   */
  staticVersion?: VersionDTO;
}

/** Keeps the filters and the open panel in the URL (without a navigation), so a view can be shared. */
function writeFiltersToUrl(filters: EntryFilters, panel: string, compare: string) {
  const url = new URL(window.location.href);
  for (const [key, value] of [...filterParams(filters), ["panel", panel], ["compare", compare]]) {
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  window.history.replaceState(window.history.state, "", url);
}

/** The timeline editor once the document is here: top bar, filters, axis and entries, kept in step. */
export function Workspace({
  timelineId,
  collab,
  user,
  role,
  initialFilters,
  initialThread,
  initialPanel = null,
  initialCompare = null,
  staticVersion,
}: WorkspaceProps) {
  const { doc, provider, store, status } = collab;
  const live = !staticVersion;
  const toast = useToast();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const { origin, manager, canUndo, canRedo } = useUndo(doc);
  const readOnly = !live || !canWriteContent(role) || snapshot.readOnly || status.closed !== null;
  // Carets broadcast this to every peer: the name and colour, never the email.
  const caretUser = useMemo(
    () => ({ name: user.name, color: user.color }),
    [user.name, user.color],
  );

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusTitleId, setFocusTitleId] = useState<string | null>(null);
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(null);
  const [filters, setFilters] = useState(initialFilters);
  const changeFilters = useCallback(
    (patch: Partial<EntryFilters>) => setFilters((current) => ({ ...current, ...patch })),
    [],
  );
  const [lanesOpen, setLanesOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  // The side panel; `panelFocus` asks the Sources search box for focus when opened by key.
  const [panel, setPanel] = useState<SidePanelTab | null>(() => {
    const first = initialThread
      ? "discussion"
      : (initialPanel ?? (initialCompare ? "history" : null));
    return !live && first !== "sources" ? null : first;
  });
  const [panelFocus, setPanelFocus] = useState(false);
  const togglePanel = (tab: SidePanelTab) => setPanel((open) => (open === tab ? null : tab));
  const {
    state: discussion,
    actions: discussionActions,
    client: discussionClient,
  } = useDiscussion(provider);
  const members = useMembers(timelineId);
  const reviewActions = useReviewActions(discussionClient);
  const reviewQueue = useRef<ReviewQueueHandle>(null);
  const [comparing, setComparing] = useState<Comparing | null>(initialCompare);
  const versions = useVersions(
    timelineId,
    discussionClient,
    discussion.generation,
    live && panel === "history",
  );
  const restore = useRestore(timelineId, versions.add);
  const connecting = status.closed === null && status.connection === "connecting";
  const connectionProblem =
    status.closed !== null
      ? "The connection was closed; reload the page."
      : status.connection === "offline"
        ? "You are offline; this needs a connection."
        : connecting
          ? "Connecting to the server…"
          : null;
  const reviewers = useMemo(
    () => members.filter((member) => can(member.role, "review")),
    [members],
  );
  const openPanel = useCallback((tab: SidePanelTab) => setPanel(tab), []);
  const reviewing = useMemo<EntryReviewing | null>(
    () =>
      live
        ? {
            reviews: discussion.reviews,
            ready: discussion.ready,
            unavailable: connectionProblem,
            connecting,
            canRequest: can(role, "edit"),
            canReview: can(role, "review"),
            meId: user.id,
            fourEyes: discussion.reviewSettings.fourEyes,
            reviewers,
            actions: reviewActions,
            setFourEyes: can(role, "manageMembers")
              ? async (fourEyes: boolean) => {
                  const { settings } = await api.call<{ settings: ReviewSettings }>(
                    "PUT",
                    `/api/timelines/${encodeURIComponent(timelineId)}/reviews/settings`,
                    { fourEyes },
                  );
                  discussionClient?.acceptReviewSettings(settings);
                }
              : null,
            openPanel: () => openPanel("review"),
          }
        : null,
    [
      live,
      discussion.reviews,
      discussion.ready,
      discussion.reviewSettings.fourEyes,
      connectionProblem,
      connecting,
      role,
      user.id,
      reviewers,
      reviewActions,
      openPanel,
      timelineId,
      discussionClient,
    ],
  );
  const waitingReview = useMemo(() => {
    let n = 0;
    for (const review of discussion.reviews.values()) if (review.state === "in_review") n++;
    return n;
  }, [discussion.reviews]);
  const disputeThreads = useMemo(() => {
    const ids = new Set<string>();
    for (const thread of discussion.threads.values())
      if (thread.kind === "dispute" && thread.status === "open") ids.add(thread.entryId);
    return ids;
  }, [discussion.threads]);
  const [activeThreadId, setActiveThreadId] = useState<string | null>(initialThread);
  const openThreadsByEntry = useMemo(() => {
    const counts = new Map<string, number>();
    for (const thread of discussion.threads.values()) {
      if (thread.status === "open")
        counts.set(thread.entryId, (counts.get(thread.entryId) ?? 0) + 1);
    }
    return counts;
  }, [discussion.threads]);
  const openThreads = [...openThreadsByEntry.values()].reduce((sum, n) => sum + n, 0);
  /** Opens a thread in the Discussion panel, from a highlight or a badge. */
  const openThread = useCallback((threadId: string | null) => {
    setActiveThreadId(threadId);
    setPanel("discussion");
  }, []);
  const canComment = live && can(role, "comment") && status.closed === null;
  const discussionContext = useMemo<EntryDiscussion>(
    () => ({
      threads: discussion.threads,
      openCount: openThreadsByEntry,
      activeThreadId,
      canComment,
      members,
      start: discussionActions.create,
      open: openThread,
    }),
    [
      discussion.threads,
      openThreadsByEntry,
      activeThreadId,
      canComment,
      members,
      discussionActions,
      openThread,
    ],
  );
  const searchRef = useRef<HTMLInputElement>(null);
  const deferredQuery = useDeferredValue(filters.query);

  const peers = usePresence(provider, selectedId);

  // Once the server's copy is merged in, a timeline without lanes gets its first one.
  const needsLane = status.synced && !readOnly && snapshot.lanes.length === 0;
  useEffect(() => {
    if (needsLane) ensureFirstLane(doc);
  }, [needsLane, doc]);

  useEffect(
    () =>
      writeFiltersToUrl(filters, panel ?? "", panel === "history" ? compareParam(comparing) : ""),
    [filters, panel, comparing],
  );
  useEffect(() => {
    document.title = `${snapshot.meta.title || "Untitled timeline"} · Parallax`;
  }, [snapshot.meta.title]);

  const laneIds = useMemo(() => new Set(snapshot.lanes.map((lane) => lane.id)), [snapshot.lanes]);
  const activeLane = laneIds.has(filters.laneId) ? filters.laneId : "";
  // biome-ignore lint/correctness/useExhaustiveDependencies: fieldsVersion marks when tags changed inside the store.
  const tags = useMemo(
    () =>
      [...new Set(snapshot.order.flatMap((id) => store.entry(id)?.tags ?? []))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [snapshot.order, snapshot.fieldsVersion, store],
  );

  // Sourcing and review filters depend on bodies and claims, so they follow every content change.
  const { show, tag, status: reviewStatus } = filters;
  const contentVersion = show || reviewStatus ? snapshot.contentVersion : 0;
  const reviews = live ? discussion.reviews : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the versions mark changes inside the store.
  const ids = useMemo(
    () =>
      filterEntries(
        snapshot.order,
        store,
        snapshot.lanes,
        { query: deferredQuery, laneId: activeLane, show, tag, status: reviewStatus },
        reviews ? (id) => liveStatus(store, id, reviews.get(id)) : undefined,
      ),
    [
      snapshot.order,
      snapshot.fieldsVersion,
      snapshot.lanes,
      store,
      deferredQuery,
      activeLane,
      show,
      tag,
      reviewStatus,
      contentVersion,
      reviews,
    ],
  );
  const sourcesById = useMemo(
    () => new Map(snapshot.sources.map((source) => [source.id, source])),
    [snapshot.sources],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: fieldsVersion marks when entry fields changed inside the store.
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const id of snapshot.order) {
      const laneId = store.entry(id)?.laneId ?? "";
      map.set(laneId, (map.get(laneId) ?? 0) + 1);
    }
    return map;
  }, [snapshot.order, snapshot.fieldsVersion, store]);

  const peersByEntry = useMemo(() => {
    const map = new Map<string, Peer[]>();
    for (const peer of peers) {
      if (!peer.entryId) continue;
      map.set(peer.entryId, [...(map.get(peer.entryId) ?? []), peer]);
    }
    return map;
  }, [peers]);

  // A selected entry that disappears (deleted here or elsewhere) is deselected.
  const selectedGone = selectedId !== null && !store.entry(selectedId);
  useEffect(() => {
    if (selectedGone) setSelectedId(null);
  }, [selectedGone]);

  // When the selected entry moves (its date changed), the list follows it.
  const lastPlace = useRef<{ id: string | null; index: number }>({ id: null, index: -1 });
  useEffect(() => {
    const index = selectedId ? ids.indexOf(selectedId) : -1;
    const last = lastPlace.current;
    if (
      selectedId &&
      last.id === selectedId &&
      index >= 0 &&
      last.index >= 0 &&
      index !== last.index
    ) {
      setScrollRequest({ id: selectedId, align: "auto" });
    }
    lastPlace.current = { id: selectedId, index };
  }, [ids, selectedId]);

  // The new entry's title is focused once; later remounts of its card leave focus alone.
  useEffect(() => {
    if (focusTitleId && selectedId !== focusTitleId) setFocusTitleId(null);
  }, [focusTitleId, selectedId]);

  const select = useCallback((id: string) => setSelectedId(id), []);

  const reveal = useCallback((id: string, align: ScrollRequest["align"] = "center") => {
    setSelectedId(id);
    setScrollRequest({ id, align });
  }, []);

  const addEntry = useCallback(
    (input: { laneId?: string; when?: string } = {}) => {
      if (readOnly) return;
      const selectedLane = selectedId ? store.entry(selectedId)?.laneId : undefined;
      const laneId = input.laneId ?? (activeLane || selectedLane || snapshot.lanes[0]?.id || "");
      manager?.stopCapturing();
      let id: string;
      try {
        id = createEntry(doc, { laneId, when: input.when ?? "" }, origin);
      } catch (error) {
        toast({
          tone: "error",
          message: error instanceof EntryError ? error.message : "The entry could not be added.",
        });
        return;
      }
      manager?.stopCapturing();
      changeFilters({ query: "" });
      setFocusTitleId(id);
      reveal(id, "center");
    },
    [
      readOnly,
      selectedId,
      store,
      activeLane,
      snapshot.lanes,
      manager,
      doc,
      origin,
      toast,
      reveal,
      changeFilters,
    ],
  );

  const removeEntry = useCallback(
    (id: string) => {
      if (readOnly || !manager) return;
      const title = store.entry(id)?.title;
      manager.stopCapturing();
      deleteEntry(doc, id, origin);
      manager.stopCapturing();
      const item = manager.undoStack[manager.undoStack.length - 1];
      toast({
        message: title ? `Deleted “${title}”.` : "Entry deleted.",
        action: {
          label: "Undo",
          run: () => {
            if (manager.undoStack[manager.undoStack.length - 1] === item) {
              manager.undo();
              if (store.entry(id)) reveal(id, "center");
            } else {
              toast({
                tone: "error",
                message:
                  "Other changes came after the deletion; use Undo in the toolbar to step back to it.",
              });
            }
          },
        },
      });
    },
    [readOnly, manager, store, doc, origin, toast, reveal],
  );

  const revealCentered = useCallback((id: string) => reveal(id, "center"), [reveal]);
  const createAt = useCallback(
    (laneId: string, when: string) => addEntry({ laneId, when }),
    [addEntry],
  );
  const addBlank = useCallback(() => addEntry(), [addEntry]);

  const move = (step: 1 | -1) => {
    // With the Review tab open, J and K go through the review queue.
    if (panel === "review" && reviewQueue.current?.move(step)) {
      (document.activeElement as HTMLElement | null)?.blur?.();
      return;
    }
    if (ids.length === 0) return;
    const index = selectedId ? ids.indexOf(selectedId) : -1;
    const next =
      index < 0
        ? step === 1
          ? 0
          : ids.length - 1
        : Math.min(ids.length - 1, Math.max(0, index + step));
    (document.activeElement as HTMLElement | null)?.blur?.();
    reveal(ids[next], "auto");
  };

  useShortcuts({
    search: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    newEntry: () => addEntry(),
    next: () => move(1),
    previous: () => move(-1),
    editSelected: () => {
      if (panel === "review" && reviewQueue.current?.open()) return;
      if (!selectedId) return;
      document
        .querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(selectedId)}"] .ProseMirror`)
        ?.focus();
    },
    escape: () => {
      const active = document.activeElement as HTMLElement | null;
      if (active?.closest("[data-entry-id]")) active.blur();
      else setSelectedId(null);
    },
    undo: () => manager?.undo(),
    redo: () => manager?.redo(),
    help: () => setShortcutsOpen(true),
    sources: () => {
      setPanelFocus(panel !== "sources");
      togglePanel("sources");
    },
    discussion: () => {
      if (live) togglePanel("discussion");
    },
    approve: () => {
      if (panel === "review") reviewQueue.current?.approve();
    },
    requestChanges: () => {
      if (panel === "review") reviewQueue.current?.requestChanges();
    },
  });

  const entryTitle = useCallback((id: string) => store.entry(id)?.title ?? null, [store]);

  // From the side panel: an entry hidden by the filters is shown by clearing them first.
  const revealEntry = (id: string) => {
    if (!ids.includes(id)) setFilters(NO_FILTERS);
    reveal(id, "center");
  };

  /** From the review queue: the entry comes into view, and the keyboard goes to its review. */
  const openReview = (id: string) => {
    revealEntry(id);
    let frames = 30;
    const focus = () => {
      const section = document.querySelector(
        `[data-entry-id="${CSS.escape(id)}"] [data-testid="review-section"]`,
      );
      const target = ["approve-entry", "request-changes", "request-review"]
        .map((testId) => section?.querySelector<HTMLElement>(`[data-testid="${testId}"]:enabled`))
        .find(Boolean);
      if (target) target.focus();
      else if (--frames > 0) requestAnimationFrame(focus);
    };
    requestAnimationFrame(focus);
  };
  const entryExists = useCallback((id: string) => store.entry(id) !== undefined, [store]);
  const sidePanel = (tab: SidePanelTab, content: React.ReactNode, wide = false) => (
    <SidePanel
      tab={tab}
      onTab={setPanel}
      onClose={() => setPanel(null)}
      tabs={live ? undefined : ["sources"]}
      wide={wide}
    >
      {content}
    </SidePanel>
  );

  const empty = snapshot.order.length === 0;

  return (
    <div className="flex h-dvh flex-col" data-testid="timeline-editor">
      <TopBar
        title={snapshot.meta.title}
        onRename={(title) => writeMeta(doc, { title }, origin)}
        readOnly={readOnly}
        status={status}
        peers={peers}
        entryTitle={entryTitle}
        onJump={(id) => reveal(id, "center")}
        user={user}
        onShortcuts={() => setShortcutsOpen(true)}
        panel={panel}
        onTogglePanel={(tab) => {
          setPanelFocus(false);
          togglePanel(tab);
        }}
        openThreads={openThreads}
        unread={discussion.unread}
        waitingReview={waitingReview}
        staticView={!live}
        role={role}
      />
      <FilterBar
        ref={searchRef}
        filters={{ ...filters, laneId: activeLane }}
        onFilters={changeFilters}
        lanes={snapshot.lanes}
        tags={tags}
        reviewed={live}
        shown={ids.length}
        total={snapshot.order.length}
        readOnly={readOnly}
        canUndo={canUndo}
        canRedo={canRedo}
        onUndo={() => manager?.undo()}
        onRedo={() => manager?.redo()}
        onLanes={() => setLanesOpen(true)}
        onAdd={() => addEntry()}
      />
      {staticVersion ? (
        <VersionBanner
          timelineId={timelineId}
          version={staticVersion}
          canRestore={can(role, "edit")}
        />
      ) : (
        <StatusBanner status={status} schemaTooNew={snapshot.readOnly} />
      )}
      <AxisPanel
        lanes={snapshot.lanes}
        ids={ids}
        store={store}
        fieldsVersion={snapshot.fieldsVersion}
        contentVersion={snapshot.contentVersion}
        selectedId={selectedId}
        onSelect={revealCentered}
        onCreateAt={createAt}
        readOnly={readOnly}
      />
      <main className="relative grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_auto] grid-rows-[minmax(0,1fr)] bg-paper">
        {empty ? (
          <div className="mx-auto max-w-xl px-6 pt-12">
            <EmptyState
              icon="plus"
              title="Add the first entry"
              testId="empty-timeline"
              action={
                !readOnly && (
                  <Button
                    variant="primary"
                    onClick={() => addEntry()}
                    data-testid="add-first-entry"
                  >
                    <Icon name="plus" />
                    Add entry
                  </Button>
                )
              }
            >
              An entry is one dated event: a title, a date in plain or approximate form (“1955-06”,
              “1955-12~”), and what the sources say. Press <Kbd>N</Kbd> any time to add one.
            </EmptyState>
          </div>
        ) : ids.length === 0 ? (
          <div className="mx-auto max-w-xl px-6 pt-12">
            <EmptyState
              icon="search"
              title="No entries match"
              testId="no-matches"
              action={<Button onClick={() => setFilters(NO_FILTERS)}>Clear filters</Button>}
            >
              Nothing matches {filters.query ? <>“{filters.query}”</> : "this filter"}. Search looks
              at titles, dates, tags, lanes and text.
            </EmptyState>
          </div>
        ) : (
          <EntryList
            ids={ids}
            doc={doc}
            provider={provider}
            store={store}
            lanes={snapshot.lanes}
            sources={snapshot.sources}
            sourcesById={sourcesById}
            selectedId={selectedId}
            focusTitleId={focusTitleId}
            scrollRequest={scrollRequest}
            readOnly={readOnly}
            user={caretUser}
            origin={origin}
            peersByEntry={peersByEntry}
            discussion={discussionContext}
            reviewing={reviewing}
            onSelect={select}
            onDelete={removeEntry}
            onAdd={addBlank}
          />
        )}
        {live &&
          panel === "discussion" &&
          sidePanel(
            "discussion",
            <DiscussionPanel
              doc={doc}
              state={discussion}
              actions={discussionActions}
              meId={user.id}
              canComment={canComment}
              canModerate={can(role, "moderate")}
              members={members}
              selectedEntryId={selectedId}
              activeThreadId={activeThreadId}
              entryTitle={entryTitle}
              onReveal={(entryId, threadId) => {
                setActiveThreadId(threadId);
                revealEntry(entryId);
              }}
              contentVersion={snapshot.contentVersion}
              offline={status.connection !== "connected"}
            />,
          )}
        {panel === "sources" &&
          sidePanel(
            "sources",
            <SourcesPanel
              doc={doc}
              store={store}
              sources={snapshot.sources}
              order={snapshot.order}
              contentVersion={snapshot.contentVersion}
              fieldsVersion={snapshot.fieldsVersion}
              readOnly={readOnly}
              origin={origin}
              manager={manager}
              onReveal={revealEntry}
              autoFocus={panelFocus}
            />,
          )}
        {reviewing &&
          panel === "review" &&
          sidePanel(
            "review",
            <ReviewPanel
              ref={reviewQueue}
              doc={doc}
              store={store}
              order={snapshot.order}
              contentVersion={snapshot.contentVersion}
              reviewing={reviewing}
              disputeThreads={disputeThreads}
              lanes={snapshot.lanes}
              sourcesById={sourcesById}
              selectedId={selectedId}
              onReveal={revealEntry}
              onOpen={openReview}
            />,
          )}
        {live &&
          panel === "history" &&
          sidePanel(
            "history",
            <HistoryPanel
              timelineId={timelineId}
              versions={versions.state}
              onReload={versions.reload}
              onSaved={versions.add}
              canEdit={can(role, "edit")}
              unavailable={connectionProblem}
              restore={restore}
              comparing={comparing}
              onCompare={setComparing}
              lanes={snapshot.lanes}
              sourcesById={sourcesById}
              entryExists={entryExists}
              onReveal={revealEntry}
              liveVersion={snapshot.contentVersion}
            />,
            comparing !== null,
          )}
      </main>
      <LanesDialog
        open={lanesOpen}
        onClose={() => setLanesOpen(false)}
        doc={doc}
        lanes={snapshot.lanes}
        origin={origin}
        counts={counts}
        readOnly={readOnly}
      />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
