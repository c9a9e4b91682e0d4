"use client";

import type { DemoAccount } from "@/lib/demo/accounts";
import { cx } from "../ui/cx";

/**
 * The demo accounts, one per role, for trying Parallax from every side. Only
 * shown while they exist (the server creates them on a first start).
 */
export function DemoAccounts({
  accounts,
  password,
  onPick,
}: {
  accounts: readonly DemoAccount[];
  password: string;
  onPick: (account: DemoAccount) => void;
}) {
  return (
    <details
      className="group mt-6 rounded-lg border border-line bg-paper/70"
      data-testid="demo-accounts"
    >
      <summary className="cursor-pointer list-none rounded-lg px-3 py-2 text-sm font-medium text-ink-soft hover:bg-sunken">
        <span className="mr-1 inline-block transition-transform group-open:rotate-90">›</span>
        Try a demo account
      </summary>
      <div className="px-3 pb-3">
        <p className="mb-2 text-sm text-muted">
          One per role on the demo timeline. Password: <code className="font-mono">{password}</code>
        </p>
        <ul className="grid grid-cols-1 gap-1">
          {accounts.map((demo) => (
            <li key={demo.email}>
              <button
                type="button"
                onClick={() => onPick(demo)}
                className={cx(
                  "flex w-full items-center justify-between gap-2 rounded-md px-2 py-1 text-left text-sm",
                  "hover:bg-surface hover:shadow-card",
                )}
                data-testid={`demo-${demo.role}`}
              >
                <span className="font-medium text-ink">{demo.roleLabel}</span>
                <span className="truncate font-mono text-xs text-muted">{demo.email}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
