"use client";

import { useId, useRef, useState } from "react";
import { emailSchema } from "@/lib/account";
import type { DemoAccount } from "@/lib/demo/accounts";
import { ApiError } from "../apiClient";
import { Button } from "../ui/Button";
import { FieldError, Input, Label } from "../ui/Input";
import { account } from "./accountClient";
import { DemoAccounts } from "./DemoAccounts";
import { problemWith } from "./validate";

/** Email and password; on success, a full navigation to `next` so every page sees the new session. */
export function SignInForm({
  next,
  demo,
}: {
  next: string;
  demo: { accounts: readonly DemoAccount[]; password: string } | null;
}) {
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<{ field: "email" | "password" | "form"; message: string }>();
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const emailProblem = problemWith(emailSchema, email);
    if (emailProblem) return setError({ field: "email", message: emailProblem });
    if (!password) return setError({ field: "password", message: "Enter your password." });
    setBusy(true);
    setError(undefined);
    try {
      await account.signIn(email.trim(), password);
      window.location.assign(next);
    } catch (err) {
      setError({
        field: "form",
        message: err instanceof ApiError ? err.message : "Could not sign in. Try again.",
      });
      setBusy(false);
    }
  };

  const invalid = (field: "email" | "password") =>
    error?.field === field || error?.field === "form";

  return (
    <>
      <form onSubmit={submit} noValidate data-testid="signin-form">
        <Label htmlFor={emailId}>Email</Label>
        <Input
          id={emailId}
          type="email"
          name="email"
          autoComplete="username"
          autoFocus
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          invalid={invalid("email")}
          aria-describedby={error ? errorId : undefined}
          data-testid="signin-email"
        />
        {error?.field === "email" && <FieldError id={errorId}>{error.message}</FieldError>}
        <div className="mt-4">
          <Label htmlFor={passwordId}>Password</Label>
          <Input
            ref={passwordRef}
            id={passwordId}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            invalid={invalid("password")}
            aria-describedby={error ? errorId : undefined}
            data-testid="signin-password"
          />
          {error?.field === "password" && <FieldError id={errorId}>{error.message}</FieldError>}
        </div>
        {error?.field === "form" && <FieldError id={errorId}>{error.message}</FieldError>}
        <Button
          type="submit"
          variant="primary"
          className="mt-6 w-full"
          disabled={busy}
          data-testid="signin-submit"
        >
          {busy ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {demo && demo.accounts.length > 0 && (
        <DemoAccounts
          accounts={demo.accounts}
          password={demo.password}
          onPick={(picked) => {
            setEmail(picked.email);
            setPassword(demo.password);
            setError(undefined);
            passwordRef.current?.focus();
          }}
        />
      )}
    </>
  );
}
