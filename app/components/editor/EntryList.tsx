"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useEffect, useMemo, useRef } from "react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import type { Lane, Source } from "@/lib/document";
import { Button } from "../ui/Button";
import { Icon } from "../ui/Icon";
import { Kbd } from "../ui/Kbd";
import type { EntryDiscussion } from "./discussion/EntryDiscussion";
import { EntryCard } from "./EntryCard";
import type { LocalUser } from "./identity";
import type { EntryReviewing } from "./review/EntryReviewing";
import type { TimelineStore } from "./timelineStore";
import type { Peer } from "./usePresence";

/** Asks the list to bring an entry into view; a new object each time, so the same id can be asked twice. */
export interface ScrollRequest {
  id: string;
  align: "start" | "center" | "auto";
}

export interface EntryListProps {
  ids: string[];
  doc: Y.Doc;
  provider: WebsocketProvider | null;
  store: TimelineStore;
  lanes: Lane[];
  sources: Source[];
  sourcesById: ReadonlyMap<string, Source>;
  selectedId: string | null;
  focusTitleId: string | null;
  scrollRequest: ScrollRequest | null;
  readOnly: boolean;
  user: LocalUser;
  origin: unknown;
  peersByEntry: Map<string, Peer[]>;
  discussion: EntryDiscussion;
  reviewing: EntryReviewing | null;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
  onAdd: () => void;
  footer?: React.ReactNode;
}

const NO_PEERS: Peer[] = [];

/**
 * Entries in chronological order, virtualized: only the cards in view (plus
 * a few) are mounted, each measured after it renders, so 5,000 entries
 * scroll as smoothly as 50.
 */
export const EntryList = memo(function EntryList(props: EntryListProps) {
  const { ids, scrollRequest } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 132,
    overscan: 6,
    getItemKey: (index) => ids[index],
  });

  const indexById = useMemo(() => new Map(ids.map((id, index) => [id, index])), [ids]);

  useEffect(() => {
    if (!scrollRequest) return;
    const index = indexById.get(scrollRequest.id);
    if (index !== undefined) virtualizer.scrollToIndex(index, { align: scrollRequest.align });
  }, [scrollRequest, indexById, virtualizer]);

  const items = virtualizer.getVirtualItems();

  return (
    <div
      ref={scrollRef}
      data-testid="entry-list"
      className="h-full overflow-y-auto overscroll-contain"
      style={{ overflowAnchor: "none" }}
    >
      <div className="mx-auto max-w-3xl pt-5">
        <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          <div
            className="absolute inset-x-0 top-0"
            style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}
          >
            {items.map((item) => {
              const id = ids[item.index];
              return (
                <EntryCard
                  key={id}
                  id={id}
                  index={item.index}
                  doc={props.doc}
                  provider={props.provider}
                  store={props.store}
                  lanes={props.lanes}
                  sources={props.sources}
                  sourcesById={props.sourcesById}
                  selected={props.selectedId === id}
                  focusTitle={props.focusTitleId === id}
                  readOnly={props.readOnly}
                  user={props.user}
                  origin={props.origin}
                  peers={props.peersByEntry.get(id) ?? NO_PEERS}
                  discussion={props.discussion}
                  reviewing={props.reviewing}
                  onSelect={props.onSelect}
                  onDelete={props.onDelete}
                  measureRef={virtualizer.measureElement}
                />
              );
            })}
          </div>
        </div>
        {props.footer}
        {!props.readOnly && ids.length > 0 && (
          <div className="flex justify-center px-6 pt-2 pb-16">
            <Button variant="ghost" onClick={props.onAdd} data-testid="add-entry-bottom">
              <Icon name="plus" />
              Add entry
              <Kbd>N</Kbd>
            </Button>
          </div>
        )}
      </div>
    </div>
  );
});
