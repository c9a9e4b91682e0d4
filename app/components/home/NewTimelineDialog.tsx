"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { ApiError, api } from "../apiClient";
import { Button } from "../ui/Button";
import { Dialog } from "../ui/Dialog";
import { FieldError, Input, Label } from "../ui/Input";

/** Asks for a title, creates the timeline and opens it. */
export function NewTimelineDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const router = useRouter();
  const inputId = useId();
  const errorId = useId();
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setTitle("");
      setError(null);
      setBusy(false);
    }
  }, [open]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { timeline } = await api.createTimeline(title);
      router.push(`/t/${timeline.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : "The timeline could not be created.");
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="New timeline"
      description="A shared chronology. You can add lanes, entries and collaborators next."
      testId="new-timeline-dialog"
    >
      <form onSubmit={submit} noValidate>
        <Label htmlFor={inputId}>Title</Label>
        <Input
          id={inputId}
          autoFocus
          data-testid="new-timeline-title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder="e.g. Soviet–Japanese normalization, 1945–1960"
          maxLength={300}
          invalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
        />
        {error && <FieldError id={errorId}>{error}</FieldError>}
        <div className="mt-5 flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            variant="primary"
            disabled={busy || !title.trim()}
            data-testid="create-timeline"
          >
            {busy ? "Creating…" : "Create timeline"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
