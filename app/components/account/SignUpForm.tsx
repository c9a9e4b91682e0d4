"use client";

import { useId, useState } from "react";
import {
  displayNameSchema,
  emailSchema,
  MAX_DISPLAY_NAME_LENGTH,
  MIN_PASSWORD_LENGTH,
  passwordSchema,
} from "@/lib/account";
import { ApiError } from "../apiClient";
import { Button } from "../ui/Button";
import { FieldError, Input, Label } from "../ui/Input";
import { account } from "./accountClient";
import { problemWith } from "./validate";

type Field = "name" | "email" | "password" | "form";

/** Display name, email and password; signs the new account in and goes on to `next`. */
export function SignUpForm({ next }: { next: string }) {
  const ids = { name: useId(), email: useId(), password: useId(), error: useId(), hint: useId() };
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<{ field: Field; message: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problems: [Field, string | null][] = [
      ["name", problemWith(displayNameSchema, name)],
      ["email", problemWith(emailSchema, email)],
      ["password", problemWith(passwordSchema, password)],
    ];
    const first = problems.find(([, message]) => message);
    if (first) return setError({ field: first[0], message: first[1] ?? "" });
    setBusy(true);
    setError(undefined);
    try {
      await account.signUp({ name, email: email.trim(), password });
      window.location.assign(next);
    } catch (err) {
      const field = err instanceof ApiError && err.field ? (err.field as Field) : "form";
      setError({
        field: ["name", "email", "password"].includes(field) ? field : "form",
        message: err instanceof ApiError ? err.message : "Could not create the account. Try again.",
      });
      setBusy(false);
    }
  };

  const describe = (field: Field, extra?: string) =>
    [error?.field === field ? ids.error : null, extra].filter(Boolean).join(" ") || undefined;

  return (
    <form onSubmit={submit} noValidate data-testid="signup-form">
      <Label htmlFor={ids.name}>Your name</Label>
      <Input
        id={ids.name}
        name="name"
        autoComplete="name"
        autoFocus
        maxLength={MAX_DISPLAY_NAME_LENGTH}
        value={name}
        onChange={(e) => setName(e.target.value)}
        invalid={error?.field === "name"}
        aria-describedby={describe("name")}
        data-testid="signup-name"
      />
      {error?.field === "name" && <FieldError id={ids.error}>{error.message}</FieldError>}
      <div className="mt-4">
        <Label htmlFor={ids.email}>Email</Label>
        <Input
          id={ids.email}
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          invalid={error?.field === "email"}
          aria-describedby={describe("email")}
          data-testid="signup-email"
        />
        {error?.field === "email" && <FieldError id={ids.error}>{error.message}</FieldError>}
      </div>
      <div className="mt-4">
        <Label htmlFor={ids.password}>Password</Label>
        <Input
          id={ids.password}
          type="password"
          name="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          invalid={error?.field === "password"}
          aria-describedby={describe("password", ids.hint)}
          data-testid="signup-password"
        />
        {error?.field === "password" ? (
          <FieldError id={ids.error}>{error.message}</FieldError>
        ) : (
          <p id={ids.hint} className="mt-1.5 text-sm text-muted">
            At least {MIN_PASSWORD_LENGTH} characters.
          </p>
        )}
      </div>
      {error?.field === "form" && <FieldError id={ids.error}>{error.message}</FieldError>}
      <Button
        type="submit"
        variant="primary"
        className="mt-6 w-full"
        disabled={busy}
        data-testid="signup-submit"
      >
        {busy ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
