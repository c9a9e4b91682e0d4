"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import type { InboxItem } from "@/db/queries/discussion";
import type { SignedInUser } from "../../currentUser";
import { IdentityMenu } from "../account/IdentityMenu";
import { Avatar } from "../editor/Avatar";
import { CommentText } from "../editor/discussion/CommentText";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { EmptyState } from "../ui/EmptyState";
import { Icon } from "../ui/Icon";
import { Logo } from "../ui/Logo";
import { RelativeTime } from "../ui/RelativeTime";
import { useToast } from "../ui/Toast";

type Inbox = { items: InboxItem[]; unread: number };

/** How often the open inbox asks for news; the editor's top bar gets them over its socket. */
const REFRESH_MS = 5_000;

/** The inbox: mentions and replies, newest first; opening one marks it read. */
export function InboxView({ user, initial }: { user: SignedInUser; initial: Inbox }) {
  const toast = useToast();
  const [inbox, setInbox] = useState(initial);

  const refresh = useCallback(async () => {
    const response = await fetch("/api/inbox").catch(() => null);
    if (response?.ok) setInbox((await response.json()) as Inbox);
  }, []);

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") void refresh();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  const markRead = async (ids: string[] | "all") => {
    const response = await fetch("/api/inbox/read", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ids }),
    }).catch(() => null);
    if (!response?.ok) {
      toast({ tone: "error", message: "Could not mark as read. Check your connection." });
      return;
    }
    await refresh();
  };

  return (
    <>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex h-14 max-w-3xl items-center gap-3 px-6">
          <Link
            href="/"
            className="flex items-center gap-1 rounded-md py-1 pr-2 pl-1 text-base text-muted hover:bg-sunken hover:text-ink"
            aria-label="Back to timelines"
          >
            <Icon name="back" />
            <Logo />
            <span className="hidden sm:inline">Timelines</span>
          </Link>
          <span className="flex-1" />
          <IdentityMenu user={user} />
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-6 py-10">
        <div className="flex items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">Inbox</h1>
          <span className="text-sm text-muted" data-testid="inbox-count">
            {inbox.unread === 0 ? "all read" : `${inbox.unread} unread`}
          </span>
          {inbox.unread > 0 && (
            <Button size="sm" className="ml-auto" onClick={() => markRead("all")}>
              <Icon name="check" />
              Mark all read
            </Button>
          )}
        </div>
        {inbox.items.length === 0 ? (
          <div className="mt-10">
            <EmptyState icon="inbox" title="Nothing here yet" testId="inbox-empty">
              When someone mentions you with @, or replies in a thread you took part in, it shows
              here.
            </EmptyState>
          </div>
        ) : (
          <ol className="mt-6 flex flex-col gap-2" data-testid="inbox-items">
            {inbox.items.map((item) => (
              <li key={item.id}>
                <Link
                  href={`/t/${item.timelineId}?thread=${item.threadId}`}
                  onClick={() => {
                    if (!item.read) void markRead([item.id]);
                  }}
                  className={cx(
                    "flex gap-3 rounded-lg border bg-surface p-3 shadow-card hover:border-line-strong",
                    item.read ? "border-line" : "border-accent/40",
                  )}
                >
                  <Avatar name={item.author.name} color={item.author.color} />
                  <div className="min-w-0 flex-1">
                    <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                      <span className="font-semibold text-ink">{item.author.name}</span>
                      <span className="text-muted">
                        {item.kind === "mention" ? "mentioned you" : "replied"} in{" "}
                        <span className="text-ink-soft">{item.timelineTitle}</span>
                      </span>
                      <span className="text-xs text-faint">
                        <RelativeTime iso={item.createdAt} />
                      </span>
                      {!item.read && (
                        <span className="ml-auto flex items-center">
                          <span aria-hidden className="h-2 w-2 rounded-full bg-accent" />
                          <span className="sr-only">unread</span>
                        </span>
                      )}
                    </p>
                    {item.excerpt ? (
                      <CommentText text={item.excerpt} meId={user.id} />
                    ) : (
                      <p className="text-sm text-faint italic">Comment deleted.</p>
                    )}
                  </div>
                </Link>
              </li>
            ))}
          </ol>
        )}
      </main>
    </>
  );
}
