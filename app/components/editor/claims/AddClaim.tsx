"use client";

import { useState } from "react";
import type * as Y from "yjs";
import { createClaim, MAX_CLAIM_LABEL_LENGTH } from "@/lib/document";
import { Button } from "../../ui/Button";
import { Icon } from "../../ui/Icon";
import { Input } from "../../ui/Input";
import { useToast } from "../../ui/Toast";

/** Adds a claim about the whole entry (rather than marked words): asks what is claimed first. */
export function AddClaim({
  doc,
  entryId,
  origin,
}: {
  doc: Y.Doc;
  entryId: string;
  origin: unknown;
}) {
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState("");
  if (!open) {
    return (
      <Button
        size="sm"
        variant="ghost"
        className="mt-2 self-start"
        data-testid="add-claim"
        onClick={() => setOpen(true)}
      >
        <Icon name="flag" />
        Add a claim
      </Button>
    );
  }
  return (
    <form
      className="mt-2 flex items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        try {
          createClaim(doc, entryId, { label }, origin);
          setLabel("");
          setOpen(false);
        } catch (error) {
          toast({
            tone: "error",
            message: error instanceof Error ? error.message : "The claim could not be added.",
          });
        }
      }}
    >
      <Input
        autoFocus
        value={label}
        maxLength={MAX_CLAIM_LABEL_LENGTH}
        onChange={(event) => setLabel(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") setOpen(false);
        }}
        aria-label="What is claimed"
        data-testid="new-claim-label"
        placeholder="What is claimed, e.g. “Number of prisoners taken”"
        className="h-8"
      />
      <Button type="submit" size="sm" variant="primary" disabled={!label.trim()}>
        Add claim
      </Button>
      <Button type="button" size="sm" onClick={() => setOpen(false)}>
        Cancel
      </Button>
    </form>
  );
}
