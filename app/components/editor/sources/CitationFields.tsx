"use client";

/**
 * CitationFields: a controlled form for one citation (which source, where in
 * it, and optionally the exact passage), for body citations and for the
 * citations of a claim's variants.
 *
 *   const [draft, setDraft] = useState<CitationDraft>(emptyCitationDraft);
 *   <CitationFields value={draft} onChange={setDraft} sources={snapshot.sources}
 *                   doc={doc} origin={origin} />
 *   // on submit: if (citationDraftError(draft, sources)) return;
 *   //            addVariantCitation(doc, entryId, claimId, variantId, draft, origin);
 *
 * Props:
 * - `value`, `onChange`: the draft. A `CitationDraft` is a valid `CitationInput`
 *   once `sourceId` is set, so it goes straight to the lib/document writers.
 * - `sources`: the library (`snapshot.sources`), searched by the source picker.
 * - `doc`, `origin` (optional): with both, the picker offers "+ New source",
 *   which opens the source form, adds the source with that undo origin and
 *   selects it. Without them the picker only chooses.
 * - `disabled`, `autoFocus` (the picker), `compact` (no preview line).
 *
 * It renders fields only, no <form> and no buttons, so it fits a popover, a
 * dialog or an inline editor.
 */
import { useId, useState } from "react";
import type * as Y from "yjs";
import {
  LOCATOR_LABELS,
  type LocatorLabel,
  MAX_LOCATOR_LENGTH,
  MAX_QUOTE_LENGTH,
  type Source,
} from "@/lib/document";
import { shortReference } from "@/lib/sources";
import { Input } from "../../ui/Input";
import { Field, Select, Textarea } from "./formControls";
import { SourceFormDialog } from "./SourceForm";
import { SourcePicker } from "./SourcePicker";

/** A citation being written: the fields of `Citation` without its id. */
export interface CitationDraft {
  /** "" until a source is chosen. */
  sourceId: string;
  label: LocatorLabel;
  /** e.g. "4" for section 4, "38–39" for pages; "" cites the whole source. */
  locator: string;
  /** The exact passage relied on, or "". */
  quote: string;
}

export const emptyCitationDraft: CitationDraft = {
  sourceId: "",
  label: "page",
  locator: "",
  quote: "",
};

/** Why a draft cannot be saved yet, or undefined when it can. */
export function citationDraftError(
  draft: CitationDraft,
  sources?: readonly Source[],
): string | undefined {
  if (!draft.sourceId) return "Choose a source.";
  if (sources && !sources.some((source) => source.id === draft.sourceId)) {
    return "This source is no longer in the library; choose another.";
  }
  if (draft.locator.trim().length > MAX_LOCATOR_LENGTH) {
    return `A locator has at most ${MAX_LOCATOR_LENGTH} characters.`;
  }
  if (draft.quote.trim().length > MAX_QUOTE_LENGTH) {
    return `A quoted passage has at most ${MAX_QUOTE_LENGTH} characters.`;
  }
  return undefined;
}

const labelName = (label: LocatorLabel) => label.charAt(0).toUpperCase() + label.slice(1);

export interface CitationFieldsProps {
  value: CitationDraft;
  onChange: (next: CitationDraft) => void;
  sources: Source[];
  /** With `origin`, lets the picker add a new source to this document. */
  doc?: Y.Doc;
  origin?: unknown;
  disabled?: boolean;
  autoFocus?: boolean;
  /** Leaves out the line that previews the short reference. */
  compact?: boolean;
}

export function CitationFields({
  value,
  onChange,
  sources,
  doc,
  origin,
  disabled,
  autoFocus,
  compact,
}: CitationFieldsProps) {
  const id = useId();
  const [newTitle, setNewTitle] = useState<string | null>(null);
  const source = sources.find((s) => s.id === value.sourceId);
  const canCreate = Boolean(doc) && origin !== undefined && !disabled;
  const set = (patch: Partial<CitationDraft>) => onChange({ ...value, ...patch });

  return (
    <div className="flex flex-col gap-3" data-testid="citation-fields">
      <Field id={`${id}-source`} label="Source">
        <SourcePicker
          id={`${id}-source`}
          value={value.sourceId}
          onChange={(sourceId) => set({ sourceId })}
          sources={sources}
          onNew={canCreate ? (title) => setNewTitle(title) : undefined}
          disabled={disabled}
          autoFocus={autoFocus}
        />
      </Field>
      <div className="flex gap-2">
        <Field id={`${id}-label`} label="Where" className="w-36 shrink-0">
          <Select
            id={`${id}-label`}
            value={value.label}
            disabled={disabled}
            onChange={(event) => set({ label: event.target.value as LocatorLabel })}
            data-testid="citation-label"
          >
            {LOCATOR_LABELS.map((label) => (
              <option key={label} value={label}>
                {labelName(label)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${id}-locator`} label={labelName(value.label)} className="min-w-0 flex-1">
          <Input
            id={`${id}-locator`}
            value={value.locator}
            disabled={disabled}
            maxLength={MAX_LOCATOR_LENGTH}
            placeholder={value.label === "page" ? "38–39" : "4"}
            onChange={(event) => set({ locator: event.target.value })}
            data-testid="citation-locator"
          />
        </Field>
      </div>
      <Field id={`${id}-quote`} label="Quoted passage (optional)">
        <Textarea
          id={`${id}-quote`}
          value={value.quote}
          disabled={disabled}
          rows={2}
          maxLength={MAX_QUOTE_LENGTH}
          placeholder="The exact words this relies on"
          onChange={(event) => set({ quote: event.target.value })}
          data-testid="citation-quote"
        />
      </Field>
      {!compact && value.sourceId && (
        <p className="text-sm text-muted" data-testid="citation-preview">
          Reads as{" "}
          <span className={source ? "text-ink-soft" : "text-danger"}>
            {shortReference(source, value)}
          </span>
        </p>
      )}
      {doc && canCreate && (
        <SourceFormDialog
          open={newTitle !== null}
          onClose={() => setNewTitle(null)}
          doc={doc}
          origin={origin}
          initialTitle={newTitle ?? ""}
          onSaved={(sourceId) => set({ sourceId })}
        />
      )}
    </div>
  );
}
