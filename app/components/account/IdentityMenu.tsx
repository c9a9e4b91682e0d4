"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { SignedInUser } from "../../currentUser";
import { ApiError } from "../apiClient";
import { Avatar } from "../editor/Avatar";
import { Icon } from "../ui/Icon";
import { Popover } from "../ui/Popover";
import { useToast } from "../ui/Toast";
import { account } from "./accountClient";

/** The signed-in user's avatar in the top bar; opens their name, settings and sign-out. */
export function IdentityMenu({ user }: { user: Pick<SignedInUser, "name" | "email" | "color"> }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const toast = useToast();

  // Pages check the session without extending it (a longer session needs a
  // new cookie, which only a response to the browser can set): this asks
  // better-auth once per page, and it renews the cookie when it is due.
  useEffect(() => {
    fetch("/api/auth/get-session", { credentials: "same-origin" }).catch(() => {});
  }, []);

  const signOut = async () => {
    setBusy(true);
    try {
      await account.signOut();
      window.location.assign("/signin");
    } catch (error) {
      setBusy(false);
      toast({
        tone: "error",
        message: error instanceof ApiError ? error.message : "Could not sign out. Try again.",
      });
    }
  };

  const item =
    "flex w-full items-center gap-2.5 rounded-md px-2 py-1.5 text-left text-base text-ink-soft hover:bg-sunken hover:text-ink disabled:text-faint";

  return (
    <Popover
      open={open}
      onClose={() => setOpen(false)}
      align="end"
      label="Your account"
      className="w-64 p-1.5"
      trigger={
        <button
          type="button"
          data-testid="identity-button"
          title={`Signed in as ${user.name}`}
          aria-expanded={open}
          onClick={() => setOpen((v) => !v)}
          className="rounded-full p-0.5 hover:bg-sunken"
        >
          {/* Named by its text, not aria-label: the visible initials are only decoration. */}
          <span aria-hidden>
            <Avatar name={user.name} color={user.color} ring />
          </span>
          <span className="sr-only">{`Signed in as ${user.name}. Account menu`}</span>
        </button>
      }
    >
      <div className="flex items-center gap-2.5 px-2 pt-1.5 pb-2.5">
        <Avatar name={user.name} color={user.color} />
        <div className="min-w-0">
          <p className="truncate font-medium text-ink" data-testid="identity-name">
            {user.name}
          </p>
          <p className="truncate text-sm text-muted">{user.email}</p>
        </div>
      </div>
      <div className="border-t border-line pt-1.5">
        <Link href="/settings" className={item} data-testid="identity-settings">
          <Icon name="settings" />
          Profile and API tokens
        </Link>
        <button
          type="button"
          className={item}
          onClick={signOut}
          disabled={busy}
          data-testid="sign-out"
        >
          <Icon name="signOut" />
          {busy ? "Signing out…" : "Sign out"}
        </button>
      </div>
    </Popover>
  );
}
