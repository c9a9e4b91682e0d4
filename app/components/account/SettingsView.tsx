"use client";

import Link from "next/link";
import { useState } from "react";
import type { ApiTokenInfo } from "@/lib/account";
import type { SignedInUser } from "../../currentUser";
import { Icon } from "../ui/Icon";
import { Logo } from "../ui/Logo";
import { IdentityMenu } from "./IdentityMenu";
import { ProfileForm } from "./ProfileForm";
import { TokensPanel } from "./TokensPanel";

/** Settings: the profile others see, and the API tokens scripts use. */
export function SettingsView({
  user: initialUser,
  initialTokens,
}: {
  user: SignedInUser;
  initialTokens: ApiTokenInfo[];
}) {
  const [user, setUser] = useState(initialUser);
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
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="mt-1 text-base text-muted">Signed in as {user.email}.</p>
        <ProfileForm user={user} onSaved={(patch) => setUser((u) => ({ ...u, ...patch }))} />
        <TokensPanel initial={initialTokens} />
      </main>
    </>
  );
}

/** A titled card on the settings page. */
export function SettingsSection({
  title,
  description,
  action,
  children,
  testId,
}: {
  title: string;
  description: React.ReactNode;
  action?: React.ReactNode;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <section
      className="mt-8 rounded-xl border border-line bg-surface shadow-card"
      data-testid={testId}
      aria-label={title}
    >
      <header className="flex items-start gap-4 border-b border-line px-5 py-4">
        <div className="min-w-0 flex-1">
          <h2 className="text-lg font-semibold">{title}</h2>
          <p className="mt-0.5 text-base text-muted">{description}</p>
        </div>
        {action}
      </header>
      <div className="px-5 py-5">{children}</div>
    </section>
  );
}
