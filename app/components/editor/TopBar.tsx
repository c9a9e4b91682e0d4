"use client";

import Link from "next/link";
import type { Role } from "@/lib/auth/roles";
import type { SignedInUser } from "../../currentUser";
import { IdentityMenu } from "../account/IdentityMenu";
import { Button } from "../ui/Button";
import { Icon, type IconName } from "../ui/Icon";
import { InlineEdit } from "../ui/InlineEdit";
import { Logo } from "../ui/Logo";
import { PresenceList } from "./PresenceList";
import { PublishButton } from "./publish/PublishButton";
import type { SidePanelTab } from "./SidePanel";
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
  /** The open side panel tab, if any, and how to open or close one. */
  panel: SidePanelTab | null;
  onTogglePanel: (tab: SidePanelTab) => void;
  /** Open threads in the timeline, and this user's unread inbox items. */
  openThreads: number;
  unread: number;
  /** Entries waiting for this user's review (or for anyone's, for editors). */
  waitingReview: number;
  /** A saved version shown read-only: no live panels, sharing or sync state. */
  staticView?: boolean;
  /** The user's role on the timeline (what the Publish dialog offers). */
  role: Role;
}

function PanelButton({
  active,
  onClick,
  icon,
  label,
  shortcut,
  count,
  testId,
}: {
  active: boolean;
  onClick: () => void;
  icon: IconName;
  label: string;
  shortcut?: string;
  count?: number;
  testId: string;
}) {
  return (
    <Button
      variant="ghost"
      size="sm"
      aria-pressed={active}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      onClick={onClick}
      className={active ? "bg-accent-soft text-accent hover:bg-accent-soft" : undefined}
      data-testid={testId}
    >
      <Icon name={icon} />
      {/* Below 1440px the title needs the room; the name stays in the tooltip and for screen readers. */}
      <span className="hidden min-[1440px]:inline">{label}</span>
      {count !== undefined && count > 0 && (
        <span className="rounded-full bg-sunken px-1.5 text-xs tabular-nums text-muted">
          {count}
        </span>
      )}
    </Button>
  );
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
      {!props.staticView && (
        <PresenceList peers={props.peers} entryTitle={props.entryTitle} onJump={props.onJump} />
      )}
      {props.staticView ? (
        <span
          className="inline-flex h-7 shrink-0 items-center gap-1.5 rounded-full bg-sunken px-2.5 text-sm font-medium whitespace-nowrap text-muted"
          title="A saved version cannot be edited."
          data-testid="sync-status"
          data-state="version"
        >
          <Icon name="lock" className="h-3.5 w-3.5" />
          Read-only version
        </span>
      ) : (
        <>
          <SyncStatus status={props.status} readOnly={props.readOnly} />
          <PanelButton
            active={props.panel === "discussion"}
            onClick={() => props.onTogglePanel("discussion")}
            icon="chat"
            label="Discussion"
            shortcut="D"
            count={props.openThreads}
            testId="discussion-button"
          />
        </>
      )}
      <PanelButton
        active={props.panel === "sources"}
        onClick={() => props.onTogglePanel("sources")}
        icon="book"
        label="Sources"
        shortcut="S"
        testId="sources-button"
      />
      {!props.staticView && (
        <>
          <PanelButton
            active={props.panel === "review"}
            onClick={() => props.onTogglePanel("review")}
            icon="review"
            label="Review"
            count={props.waitingReview}
            testId="review-button"
          />
          <PanelButton
            active={props.panel === "history"}
            onClick={() => props.onTogglePanel("history")}
            icon="history"
            label="History"
            testId="history-button"
          />
        </>
      )}
      <Link
        href="/inbox"
        aria-label={props.unread ? `Inbox, ${props.unread} unread` : "Inbox"}
        title="Inbox: mentions and replies"
        data-testid="inbox-link"
        className="relative flex h-7 w-7 items-center justify-center rounded-md text-muted hover:bg-sunken hover:text-ink"
      >
        <Icon name="inbox" />
        {props.unread > 0 && (
          <span
            data-testid="inbox-unread"
            className="absolute -top-1 -right-1 min-w-4 rounded-full bg-accent px-1 text-center text-[0.625rem] leading-4 font-semibold text-white tabular-nums"
          >
            {props.unread > 99 ? "99+" : props.unread}
          </span>
        )}
      </Link>
      {!props.staticView && <ShareButton user={props.user} />}
      {!props.staticView && <PublishButton role={props.role} onOpenEntry={props.onJump} />}
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
