"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { displayNameSchema, MAX_DISPLAY_NAME_LENGTH } from "@/lib/account";
import type { SignedInUser } from "../../currentUser";
import { ApiError } from "../apiClient";
import { Avatar } from "../editor/Avatar";
import { Button } from "../ui/Button";
import { FieldError, Input, Label } from "../ui/Input";
import { useToast } from "../ui/Toast";
import { account } from "./accountClient";
import { ColorPicker } from "./ColorPicker";
import { SettingsSection } from "./SettingsView";
import { problemWith } from "./validate";

/** Display name and avatar colour: what others see in presence, carets and comments. */
export function ProfileForm({
  user,
  onSaved,
}: {
  user: SignedInUser;
  onSaved: (patch: { name: string; color: string }) => void;
}) {
  const router = useRouter();
  const toast = useToast();
  const nameId = useId();
  const errorId = useId();
  const [name, setName] = useState(user.name);
  const [color, setColor] = useState(user.color);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = name !== user.name || color !== user.color;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problem = problemWith(displayNameSchema, name);
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      const clean = displayNameSchema.parse(name);
      await account.updateProfile({ name: clean, color });
      setName(clean);
      onSaved({ name: clean, color });
      toast({ tone: "success", message: "Profile saved. Others see it the next time you join." });
      router.refresh();
    } catch (err) {
      setError(
        err instanceof ApiError ? err.message : "The profile could not be saved. Try again.",
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsSection
      title="Profile"
      description="Your name and colour mark your presence, your caret and your comments."
      testId="profile-section"
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-5 sm:flex-row">
        <div className="flex shrink-0 flex-col items-center gap-2 sm:w-28">
          <Avatar name={name || "?"} color={color} size="lg" />
          <span className="text-xs text-muted">Preview</span>
        </div>
        <div className="min-w-0 flex-1">
          <Label htmlFor={nameId}>Display name</Label>
          <Input
            id={nameId}
            value={name}
            maxLength={MAX_DISPLAY_NAME_LENGTH}
            onChange={(e) => setName(e.target.value)}
            invalid={Boolean(error)}
            aria-describedby={error ? errorId : undefined}
            autoComplete="name"
            data-testid="profile-name"
          />
          {error && <FieldError id={errorId}>{error}</FieldError>}
          <div className="mt-4">
            <ColorPicker value={color} onChange={setColor} legend="Avatar colour" />
          </div>
          <div className="mt-5 flex justify-end gap-2">
            <Button
              disabled={!dirty || busy}
              onClick={() => {
                setName(user.name);
                setColor(user.color);
                setError(null);
              }}
            >
              Reset
            </Button>
            <Button
              type="submit"
              variant="primary"
              disabled={!dirty || busy}
              data-testid="profile-save"
            >
              {busy ? "Saving…" : "Save profile"}
            </Button>
          </div>
        </div>
      </form>
    </SettingsSection>
  );
}
