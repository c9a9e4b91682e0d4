"use client";

import { type Editor, useEditorState } from "@tiptap/react";
import type * as Y from "yjs";
import { cleanCitation, createClaim, newId, type Source } from "@/lib/document";
import { cx } from "../../ui/cx";
import { Icon } from "../../ui/Icon";
import { useToast } from "../../ui/Toast";
import { CitePopover } from "./CitePopover";

export interface BodyClaimToolsProps {
  editor: Editor;
  doc: Y.Doc;
  entryId: string;
  sources: Source[];
  origin: unknown;
}

/**
 * Toolbar buttons for sourcing the body: insert a numbered citation at the
 * cursor, and mark the selected words as a claim (its first account is the
 * text as written; other accounts are added below the body).
 */
export function BodyClaimTools({ editor, doc, entryId, sources, origin }: BodyClaimToolsProps) {
  const toast = useToast();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      empty: e.state.selection.empty,
      inClaim: e.isActive("claim"),
    }),
  });

  const markClaim = () => {
    const { from, to, empty } = editor.state.selection;
    if (state.inClaim) {
      editor.chain().focus().unsetClaim().run();
      return;
    }
    const text = editor.state.doc.textBetween(from, to, " ").replace(/\s+/g, " ").trim();
    if (empty || !text) {
      toast({ message: "Select the words that make the claim, then mark them." });
      editor.commands.focus();
      return;
    }
    const id = newId();
    try {
      createClaim(doc, entryId, { id, label: text, variants: [{ value: text }] }, origin);
    } catch (error) {
      toast({
        tone: "error",
        message: error instanceof Error ? error.message : "The claim could not be added.",
      });
      return;
    }
    editor.chain().focus().setClaim(id).run();
  };

  return (
    <>
      <CitePopover
        sources={sources}
        doc={doc}
        origin={origin}
        label="Cite a source here"
        onCite={(input) => {
          editor.chain().focus().insertCitation(cleanCitation(input)).run();
        }}
        trigger={(toggle, open) => (
          <button
            type="button"
            aria-label="Cite a source"
            title="Cite a source"
            aria-expanded={open}
            data-testid="cite-button"
            onMouseDown={(event) => event.preventDefault()}
            onClick={toggle}
            className={cx(
              "flex h-7 items-center gap-1 rounded-md px-1.5 text-sm transition-colors",
              open
                ? "bg-accent-soft text-accent-strong"
                : "text-muted hover:bg-sunken hover:text-ink",
            )}
          >
            <Icon name="book" />
            Cite
          </button>
        )}
      />
      <button
        type="button"
        aria-label={state.inClaim ? "Unmark claim" : "Mark as claim"}
        title={state.inClaim ? "Unmark the claimed words" : "Mark the selected words as a claim"}
        aria-pressed={state.inClaim}
        data-testid="mark-claim"
        onMouseDown={(event) => event.preventDefault()}
        onClick={markClaim}
        className={cx(
          "flex h-7 items-center gap-1 rounded-md px-1.5 text-sm transition-colors",
          state.inClaim
            ? "bg-warning-soft text-warning"
            : "text-muted hover:bg-sunken hover:text-ink",
        )}
      >
        <Icon name="flag" />
        Claim
      </button>
    </>
  );
}
