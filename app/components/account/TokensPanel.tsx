"use client";

import { useState } from "react";
import type { ApiTokenInfo } from "@/lib/account";
import { ApiError } from "../apiClient";
import { Button } from "../ui/Button";
import { ConfirmDialog } from "../ui/Dialog";
import { Icon } from "../ui/Icon";
import { RelativeTime } from "../ui/RelativeTime";
import { useToast } from "../ui/Toast";
import { account } from "./accountClient";
import { NewTokenDialog } from "./NewTokenDialog";
import { SettingsSection } from "./SettingsView";

/** The user's live API tokens: create one (its secret shows once), or revoke one. */
export function TokensPanel({ initial }: { initial: ApiTokenInfo[] }) {
  const toast = useToast();
  const [tokens, setTokens] = useState(initial);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const revoke = async () => {
    if (!revoking) return;
    setBusy(true);
    try {
      await account.revokeToken(revoking.id);
      setTokens((list) => list.filter((t) => t.id !== revoking.id));
      toast({ message: `Revoked “${revoking.name}”. Anything using it is signed out.` });
    } catch (error) {
      toast({
        tone: "error",
        message: error instanceof ApiError ? error.message : "The token could not be revoked.",
      });
    } finally {
      setBusy(false);
      setRevoking(null);
    }
  };

  return (
    <SettingsSection
      title="API tokens"
      description={
        <>
          For scripts and bots: send one as{" "}
          <code className="font-mono text-sm">Authorization: Bearer …</code> or, on the websocket,{" "}
          <code className="font-mono text-sm">?token=…</code>. A token acts as you, with your role
          on each timeline.
        </>
      }
      action={
        <Button onClick={() => setCreating(true)} data-testid="new-token">
          <Icon name="plus" />
          New token
        </Button>
      }
      testId="tokens-section"
    >
      {tokens.length === 0 ? (
        <p className="text-base text-muted" data-testid="tokens-empty">
          No tokens yet. Create one for each script or bot, so you can revoke them one at a time.
        </p>
      ) : (
        <ul className="-my-2 divide-y divide-line" data-testid="token-list">
          {tokens.map((token) => (
            <li
              key={token.id}
              className="flex items-center gap-3 py-3"
              data-testid="token-row"
              data-token-id={token.id}
            >
              <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-md bg-sunken text-ink-soft">
                <Icon name="key" />
              </span>
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium text-ink">{token.name}</p>
                <p className="text-sm text-muted">
                  Created <RelativeTime iso={token.createdAt} /> ·{" "}
                  {token.lastUsedAt ? (
                    <>
                      last used <RelativeTime iso={token.lastUsedAt} />
                    </>
                  ) : (
                    "never used"
                  )}
                </p>
              </div>
              <Button
                variant="ghost"
                size="sm"
                className="hover:text-danger"
                onClick={() => setRevoking(token)}
                aria-label={`Revoke ${token.name}`}
                data-testid="revoke-token"
              >
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
      <NewTokenDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(token) => setTokens((list) => [token, ...list])}
      />
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this token?"
        description={
          <>
            Scripts using “{revoking?.name}” stop working at once, and their live connections close.
            This cannot be undone; you can create a new token instead.
          </>
        }
        confirmLabel="Revoke token"
        danger
        busy={busy}
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
      />
    </SettingsSection>
  );
}
