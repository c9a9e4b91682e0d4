"use client";

import { useState } from "react";
import { Popover } from "../ui/Popover";
import { Avatar, AvatarStack } from "./Avatar";
import type { Peer } from "./usePresence";

const MAX_SHOWN = 4;

/** The people here, as avatars in their caret colours; the list says which entry each is in. */
export function PresenceList({
  peers,
  entryTitle,
  onJump,
}: {
  peers: Peer[];
  entryTitle: (id: string) => string | null;
  onJump: (entryId: string) => void;
}) {
  const [open, setOpen] = useState(false);
  if (peers.length === 0) {
    return (
      <span
        data-testid="presence-list"
        data-count={0}
        className="hidden text-sm text-muted md:inline"
      >
        Only you
      </span>
    );
  }
  return (
    <Popover
      open={open}
      onClose={() => setOpen(false)}
      align="end"
      label="People here"
      className="w-72 p-1.5"
      trigger={
        <button
          type="button"
          data-testid="presence-list"
          data-count={peers.length}
          aria-label={`${peers.length} ${peers.length === 1 ? "other person" : "other people"} here`}
          onClick={() => setOpen((v) => !v)}
          className="flex h-8 items-center gap-2 rounded-full py-0.5 pr-2.5 pl-0.5 hover:bg-sunken"
        >
          <AvatarStack
            people={peers.map((peer) => ({ ...peer, key: peer.clientId }))}
            max={MAX_SHOWN}
            size="md"
          />
          <span className="text-sm text-muted">{peers.length} here</span>
        </button>
      }
    >
      <ul className="flex flex-col">
        {peers.map((peer) => {
          const title = peer.entryId ? entryTitle(peer.entryId) : null;
          return (
            <li key={peer.clientId} data-testid="presence-user" data-entry-id={peer.entryId ?? ""}>
              <button
                type="button"
                disabled={!peer.entryId || title === null}
                onClick={() => {
                  if (peer.entryId) onJump(peer.entryId);
                  setOpen(false);
                }}
                className="flex w-full items-center gap-2.5 rounded-md px-2 py-1.5 text-left enabled:hover:bg-sunken"
              >
                <Avatar name={peer.name} color={peer.color} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-base font-medium text-ink">{peer.name}</span>
                  <span className="block truncate text-sm text-muted">
                    {title === null ? "Browsing" : `In “${title || "Untitled entry"}”`}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </Popover>
  );
}
