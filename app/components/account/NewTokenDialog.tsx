"use client";

import { useEffect, useId, useState } from "react";
import { type ApiTokenInfo, MAX_TOKEN_NAME_LENGTH, tokenNameSchema } from "@/lib/account";
import { ApiError } from "../apiClient";
import { Button } from "../ui/Button";
import { Dialog } from "../ui/Dialog";
import { Icon } from "../ui/Icon";
import { FieldError, Input, Label } from "../ui/Input";
import { account } from "./accountClient";
import { problemWith } from "./validate";

/**
 * Two steps: name the token, then see its secret, once, with a copy button.
 * Closing the dialog forgets the secret; only its hash stays on the server.
 */
export function NewTokenDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (token: ApiTokenInfo) => void;
}) {
  const nameId = useId();
  const errorId = useId();
  const secretId = useId();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (open) {
      setName("");
      setError(null);
      setBusy(false);
      setSecret(null);
      setCopied(false);
    }
  }, [open]);

  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    const problem = problemWith(tokenNameSchema, name);
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      const created = await account.createToken(name);
      setSecret(created.secret);
      onCreated(created.token);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : "The token could not be created.");
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // No clipboard (insecure origin): select the text so Ctrl+C works.
      const field = document.getElementById(secretId) as HTMLInputElement | null;
      field?.select();
    }
  };

  if (secret) {
    return (
      <Dialog
        open={open}
        onClose={onClose}
        title="Copy your new token"
        description="This is the only time it is shown. Store it where your script can read it, like an environment variable."
        testId="token-secret-dialog"
        footer={
          <Button variant="primary" onClick={onClose} data-testid="token-done">
            Done
          </Button>
        }
      >
        <Label htmlFor={secretId}>Token for “{name.trim()}”</Label>
        <div className="flex gap-2">
          <Input
            id={secretId}
            readOnly
            value={secret}
            onFocus={(e) => e.currentTarget.select()}
            className="font-mono text-sm"
            data-testid="token-secret"
          />
          <Button onClick={copy} data-autofocus data-testid="copy-token">
            <Icon name={copied ? "check" : "copy"} />
            {copied ? "Copied" : "Copy"}
          </Button>
        </div>
        <p className="mt-3 text-sm text-muted">
          Try it:{" "}
          <code className="font-mono">
            curl -H "Authorization: Bearer $PARALLAX_TOKEN" …/api/timelines
          </code>
        </p>
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="New API token"
      description="Name it after the script or bot that will use it."
      testId="new-token-dialog"
    >
      <form onSubmit={create} noValidate>
        <Label htmlFor={nameId}>Name</Label>
        <Input
          id={nameId}
          autoFocus
          value={name}
          maxLength={MAX_TOKEN_NAME_LENGTH}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. Archive import bot"
          invalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
          data-testid="new-token-name"
        />
        {error && <FieldError id={errorId}>{error}</FieldError>}
        <div className="mt-5 flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={busy} data-testid="create-token">
            {busy ? "Creating…" : "Create token"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
