"use client";

import { useEffect, useId, useState } from "react";
import { Button } from "../ui/Button";
import { Input, Label } from "../ui/Input";
import { Popover } from "../ui/Popover";
import { Avatar } from "./Avatar";
import { type LocalUser, MAX_NAME_LENGTH } from "./identity";

/** The local user's avatar; opens a small form to change the display name others see. */
export function IdentityButton({
  user,
  onRename,
}: {
  user: LocalUser;
  onRename: (name: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(user.name);
  const inputId = useId();
  useEffect(() => {
    if (open) setDraft(user.name);
  }, [open, user.name]);

  return (
    <Popover
      open={open}
      onClose={() => setOpen(false)}
      align="end"
      label="Your name"
      className="w-72"
      trigger={
        <button
          type="button"
          data-testid="identity-button"
          aria-label={`You are ${user.name}. Change your name`}
          onClick={() => setOpen((v) => !v)}
          className="rounded-full p-0.5 hover:bg-sunken"
        >
          <Avatar name={user.name} color={user.color} ring />
        </button>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.trim()) onRename(draft);
          setOpen(false);
        }}
      >
        <Label htmlFor={inputId}>Your name</Label>
        <Input
          id={inputId}
          autoFocus
          value={draft}
          maxLength={MAX_NAME_LENGTH}
          onChange={(e) => setDraft(e.target.value)}
          data-testid="identity-name"
        />
        <p className="mt-1.5 text-sm text-muted">
          Shown to others next to your caret. Kept in this browser.
        </p>
        <div className="mt-3 flex justify-end">
          <Button type="submit" variant="primary" size="sm" disabled={!draft.trim()}>
            Save
          </Button>
        </div>
      </form>
    </Popover>
  );
}
