"use client";

import { useState } from "react";
import type * as Y from "yjs";
import type { CitationInput, Source } from "@/lib/document";
import { Button } from "../../ui/Button";
import { Icon } from "../../ui/Icon";
import { Popover } from "../../ui/Popover";
import { useToast } from "../../ui/Toast";
import {
  type CitationDraft,
  CitationFields,
  citationDraftError,
  emptyCitationDraft,
} from "../sources/CitationFields";

export interface CitePopoverProps {
  sources: Source[];
  /** With the undo origin, lets the user add a missing source without leaving the popover. */
  doc: Y.Doc;
  origin: unknown;
  /** Called with the finished citation; throw to keep the form open. */
  onCite: (citation: CitationInput) => void;
  label: string;
  /** A custom trigger; by default a small "Cite" button. */
  trigger?: (toggle: () => void, open: boolean) => React.ReactNode;
}

/** A popover that asks which source, where in it, and which passage, then cites it. */
export function CitePopover({ sources, doc, origin, onCite, label, trigger }: CitePopoverProps) {
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<CitationDraft>(emptyCitationDraft);
  const toggle = () => setOpen((value) => !value);
  const close = () => {
    setOpen(false);
    setDraft(emptyCitationDraft);
  };

  return (
    <Popover
      open={open}
      onClose={close}
      label={label}
      align="end"
      className="w-96"
      trigger={
        trigger ? (
          trigger(toggle, open)
        ) : (
          <Button variant="ghost" size="sm" icon aria-label={label} title={label} onClick={toggle}>
            <Icon name="book" />
          </Button>
        )
      }
    >
      <form
        className="flex flex-col gap-3"
        data-testid="cite-form"
        onSubmit={(event) => {
          event.preventDefault();
          const problem = citationDraftError(draft, sources);
          if (problem) {
            toast({ tone: "error", message: problem });
            return;
          }
          try {
            onCite(draft);
            close();
          } catch (error) {
            toast({
              tone: "error",
              message: error instanceof Error ? error.message : "The citation could not be added.",
            });
          }
        }}
      >
        <CitationFields
          value={draft}
          onChange={setDraft}
          sources={sources}
          doc={doc}
          origin={origin}
          autoFocus
        />
        <div className="flex justify-end gap-2">
          <Button type="button" size="sm" onClick={close}>
            Cancel
          </Button>
          <Button
            type="submit"
            size="sm"
            variant="primary"
            disabled={!draft.sourceId}
            data-testid="cite-submit"
          >
            Cite
          </Button>
        </div>
      </form>
    </Popover>
  );
}
