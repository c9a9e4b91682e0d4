"use client";

import Link from "next/link";
import type { SignedInUser } from "../../currentUser";
import { IdentityMenu } from "../account/IdentityMenu";
import { Button } from "../ui/Button";
import { Icon } from "../ui/Icon";
import { InlineEdit } from "../ui/InlineEdit";
import { Logo } from "../ui/Logo";
import { PresenceList } from "./PresenceList";
import { SyncStatus } from "./SyncStatus";
import { ShareButton } from "./share/ShareButton";
import type { CollabStatus } from "./useCollab";
import type { Peer } from "./usePresence";

export interface TopBarProps {
  title: string;
  onRename: (title: string) => void;
  readOnly: boolean;
  status: CollabStatus;
  peers: Peer[];
  entryTitle: (id: string) => string | null;
  onJump: (entryId: string) => void;
  user: SignedInUser;
  onShortcuts: () => void;
  /** Whether the Sources side panel is open, and how to open or close it. */
  sourcesOpen: boolean;
  onToggleSources: () => void;
}

export function TopBar(props: TopBarProps) {
  return (
    <header className="flex h-14 shrink-0 items-center gap-3 border-b border-line bg-surface px-4">
      <Link
        href="/"
        className="flex shrink-0 items-center gap-1 rounded-md py-1 pr-2 pl-1 text-base text-muted hover:bg-sunken hover:text-ink"
        aria-label="Back to timelines"
      >
        <Icon name="back" />
        <Logo />
        <span className="hidden sm:inline">Timelines</span>
      </Link>
      <span aria-hidden className="h-5 w-px bg-line" />
      <h1 className="min-w-0 flex-1">
        <InlineEdit
          value={props.title}
          label="Timeline title"
          placeholder="Untitled timeline"
          disabled={props.readOnly}
          onCommit={props.onRename}
          testId="timeline-title"
          className="h-8 max-w-full text-lg font-semibold"
        />
      </h1>
      <PresenceList peers={props.peers} entryTitle={props.entryTitle} onJump={props.onJump} />
      <SyncStatus status={props.status} readOnly={props.readOnly} />
      <Button
        variant="ghost"
        size="sm"
        aria-pressed={props.sourcesOpen}
        aria-label="Sources"
        title="Sources (S)"
        onClick={props.onToggleSources}
        className={
          props.sourcesOpen ? "bg-accent-soft text-accent hover:bg-accent-soft" : undefined
        }
        data-testid="sources-button"
      >
        <Icon name="book" />
        <span className="hidden md:inline">Sources</span>
      </Button>
      <ShareButton user={props.user} />
      <Button
        variant="ghost"
        size="sm"
        icon
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={props.onShortcuts}
        data-testid="shortcuts-button"
      >
        <span className="text-base font-semibold">?</span>
      </Button>
      <IdentityMenu user={props.user} />
    </header>
  );
}
