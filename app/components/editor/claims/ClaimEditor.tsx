"use client";

import { useState } from "react";
import type * as Y from "yjs";
import {
  accountsDiffer,
  addVariant,
  addVariantCitation,
  CLAIM_STATUSES,
  type Claim,
  type ClaimStatus,
  type ClaimVariant,
  deleteClaim,
  MAX_CLAIM_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_VARIANT_VALUE_LENGTH,
  removeVariant,
  removeVariantCitation,
  renameClaim,
  type Source,
  setClaimStatus,
  updateVariant,
} from "@/lib/document";
import { Button } from "../../ui/Button";
import { CommitField } from "../../ui/CommitField";
import { cx } from "../../ui/cx";
import { Icon } from "../../ui/Icon";
import { SelectChevron } from "../../ui/SelectChevron";
import { useToast } from "../../ui/Toast";
import type { EntryDiscussion } from "../discussion/EntryDiscussion";
import { StartThreadButton } from "../discussion/StartThreadButton";
import { CitationLine } from "./CitationLine";
import { CitePopover } from "./CitePopover";

export interface ClaimEditorProps {
  doc: Y.Doc;
  entryId: string;
  claim: Claim;
  sources: Source[];
  sourcesById: ReadonlyMap<string, Source>;
  origin: unknown;
  readOnly: boolean;
  discussion: EntryDiscussion;
}

const STATUS_LABELS: Record<ClaimStatus, string> = {
  open: "Open",
  disputed: "Disputed",
  settled: "Settled",
  unresolvable: "Unresolvable",
};

const STATUS_TONES: Record<ClaimStatus, string> = {
  open: "bg-sunken text-muted",
  disputed: "bg-warning-soft text-warning",
  settled: "bg-success-soft text-success",
  unresolvable: "bg-warning-soft text-warning",
};

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span
      data-testid="claim-status"
      className={cx("rounded-full px-2 py-px text-xs font-medium", STATUS_TONES[status])}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}

/**
 * One claim of the selected entry, with its variants: each variant's value,
 * note and citations, and the claim's status. Every field writes to the
 * shared document through lib/document, so collaborators see it live.
 */
export function ClaimEditor({
  doc,
  entryId,
  claim,
  sources,
  sourcesById,
  origin,
  readOnly,
  discussion,
}: ClaimEditorProps) {
  const toast = useToast();
  const [settling, setSettling] = useState(false);
  const [accepted, setAccepted] = useState(claim.acceptedVariantId);
  const [reason, setReason] = useState(claim.reason);

  /** Runs a document write; a refused one is reported and rethrown so fields keep their draft. */
  const write = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      toast({
        tone: "error",
        message: error instanceof Error ? error.message : "The change could not be saved.",
      });
      throw error;
    }
  };
  const attempt = (fn: () => void) => {
    try {
      write(fn);
    } catch {
      // Already reported.
    }
  };

  const changeStatus = (status: ClaimStatus) => {
    if (status === "settled") {
      setAccepted(claim.acceptedVariantId || claim.variants[0]?.id || "");
      setReason(claim.reason);
      setSettling(true);
      return;
    }
    setSettling(false);
    attempt(() => setClaimStatus(doc, entryId, claim.id, { status }, origin));
  };

  const settle = (event: React.FormEvent) => {
    event.preventDefault();
    attempt(() => {
      setClaimStatus(
        doc,
        entryId,
        claim.id,
        { status: "settled", acceptedVariantId: accepted, reason },
        origin,
      );
      setSettling(false);
    });
  };

  return (
    <section
      aria-label={`Claim: ${claim.label}`}
      data-testid="claim-editor"
      data-claim-id={claim.id}
      className="rounded-md border border-line bg-surface"
    >
      <header className="flex flex-wrap items-center gap-2 border-b border-line px-2 py-1.5">
        <Icon name="flag" className="shrink-0 text-warning" />
        <div className="min-w-40 flex-1">
          <CommitField
            multiline
            value={claim.label}
            label="What is claimed"
            readOnly={readOnly}
            maxLength={MAX_CLAIM_LABEL_LENGTH}
            className="text-sm font-semibold"
            onCommit={(label) => write(() => renameClaim(doc, entryId, claim.id, label, origin))}
          />
        </div>
        {accountsDiffer(claim) && (
          <span className="text-xs font-semibold text-warning" data-testid="claim-accounts-differ">
            Accounts differ
          </span>
        )}
        {readOnly ? (
          <StatusBadge status={claim.status} />
        ) : (
          <span className="relative">
            <select
              aria-label="Claim status"
              data-testid="claim-status-select"
              value={settling ? "settled" : claim.status}
              onChange={(event) => changeStatus(event.target.value as ClaimStatus)}
              className="h-7 appearance-none rounded-md border border-line-strong bg-surface pr-7 pl-2 text-sm text-ink focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none"
            >
              {CLAIM_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
            <SelectChevron />
          </span>
        )}
        {discussion.canComment && (
          <StartThreadButton
            discussion={discussion}
            compact
            label="Discuss this claim"
            emptyHint=""
            testId="discuss-claim"
            target={() => ({ subject: claim.label, thread: { entryId, claimId: claim.id } })}
          />
        )}
        {!readOnly && (
          <Button
            variant="ghost"
            size="sm"
            icon
            aria-label="Delete claim"
            className="hover:text-danger"
            onClick={() => attempt(() => deleteClaim(doc, entryId, claim.id, origin))}
          >
            <Icon name="trash" />
          </Button>
        )}
      </header>

      {settling && (
        <form
          onSubmit={settle}
          className="flex flex-col gap-2 border-b border-line bg-success-soft/40 px-3 py-2 text-sm"
        >
          <fieldset className="flex flex-col gap-1">
            <legend className="mb-1 font-medium text-ink-soft">Which account is accepted?</legend>
            {claim.variants.map((variant) => (
              <label key={variant.id} className="flex items-center gap-2">
                <input
                  type="radio"
                  name={`accept-${claim.id}`}
                  checked={accepted === variant.id}
                  onChange={() => setAccepted(variant.id)}
                />
                {variant.value}
              </label>
            ))}
          </fieldset>
          <textarea
            aria-label="Why this account is accepted"
            required
            value={reason}
            maxLength={MAX_NOTE_LENGTH}
            onChange={(event) => setReason(event.target.value)}
            placeholder="Why this account is accepted (shown to readers)"
            className="min-h-14 rounded-md border border-line-strong bg-surface px-2 py-1 focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none"
          />
          <div className="flex gap-2">
            <Button type="submit" size="sm" variant="primary" disabled={!accepted}>
              Settle claim
            </Button>
            <Button type="button" size="sm" onClick={() => setSettling(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}

      <ol className="flex flex-col divide-y divide-line">
        {claim.variants.map((variant, index) => (
          <VariantRow
            key={variant.id}
            doc={doc}
            origin={origin}
            index={index}
            variant={variant}
            accepted={claim.acceptedVariantId === variant.id}
            sources={sources}
            sourcesById={sourcesById}
            readOnly={readOnly}
            onValue={(value) =>
              write(() => updateVariant(doc, entryId, claim.id, variant.id, { value }, origin))
            }
            onNote={(note) =>
              write(() => updateVariant(doc, entryId, claim.id, variant.id, { note }, origin))
            }
            onCite={(citation) =>
              attempt(() =>
                addVariantCitation(doc, entryId, claim.id, variant.id, citation, origin),
              )
            }
            onUncite={(citationId) =>
              attempt(() =>
                removeVariantCitation(doc, entryId, claim.id, variant.id, citationId, origin),
              )
            }
            onRemove={() =>
              attempt(() => removeVariant(doc, entryId, claim.id, variant.id, origin))
            }
            discuss={
              discussion.canComment && (
                <StartThreadButton
                  discussion={discussion}
                  compact
                  label={`Discuss account ${String.fromCharCode(65 + (index % 26))}`}
                  emptyHint=""
                  target={() => ({
                    subject: `${claim.label}: ${variant.value}`,
                    thread: { entryId, claimId: claim.id, variantId: variant.id },
                  })}
                />
              )
            }
          />
        ))}
      </ol>
      {claim.variants.length === 0 && (
        <p className="px-3 py-2 text-sm text-muted">No account yet: add what a source says.</p>
      )}

      {(claim.status !== "settled" || claim.reason) && (
        <div className="border-t border-line px-2 py-1.5">
          <CommitField
            multiline
            value={claim.reason}
            label={claim.status === "settled" ? "Why settled" : "Note on the dispute"}
            placeholder={
              readOnly
                ? ""
                : claim.status === "unresolvable"
                  ? "Why the accounts cannot be reconciled (shown to readers)"
                  : "A public note on this claim (optional)"
            }
            readOnly={readOnly}
            maxLength={MAX_NOTE_LENGTH}
            className="text-sm"
            onCommit={(next) =>
              write(() =>
                setClaimStatus(
                  doc,
                  entryId,
                  claim.id,
                  {
                    status: claim.status,
                    acceptedVariantId: claim.acceptedVariantId,
                    reason: next,
                  },
                  origin,
                ),
              )
            }
          />
        </div>
      )}

      {!readOnly && (
        <AddVariant onAdd={(value) => addVariant(doc, entryId, claim.id, { value }, origin)} />
      )}
    </section>
  );
}

function VariantRow({
  doc,
  origin,
  index,
  variant,
  accepted,
  sources,
  sourcesById,
  readOnly,
  onValue,
  onNote,
  onCite,
  onUncite,
  onRemove,
  discuss,
}: {
  doc: Y.Doc;
  origin: unknown;
  index: number;
  variant: ClaimVariant;
  accepted: boolean;
  sources: Source[];
  sourcesById: ReadonlyMap<string, Source>;
  readOnly: boolean;
  onValue: (value: string) => void;
  onNote: (note: string) => void;
  onCite: Parameters<typeof CitePopover>[0]["onCite"];
  onUncite: (citationId: string) => void;
  onRemove: () => void;
  discuss: React.ReactNode;
}) {
  return (
    <li data-testid="variant-row" data-variant-id={variant.id} className="flex gap-2 px-2 py-1.5">
      <span className="w-5 shrink-0 pt-1 text-right text-xs font-semibold text-faint">
        {String.fromCharCode(65 + (index % 26))}
      </span>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <div className="flex items-center gap-2">
          <CommitField
            value={variant.value}
            label={`Account ${index + 1}`}
            readOnly={readOnly}
            maxLength={MAX_VARIANT_VALUE_LENGTH}
            className="font-semibold"
            testId="variant-value"
            onCommit={onValue}
          />
          {accepted && (
            <span className="inline-flex shrink-0 items-center gap-1 text-xs font-medium text-success">
              <Icon name="check" /> accepted
            </span>
          )}
        </div>
        <CommitField
          multiline
          value={variant.note}
          label={`Note on account ${index + 1}`}
          placeholder={readOnly ? "" : "Note (optional)"}
          readOnly={readOnly}
          maxLength={MAX_NOTE_LENGTH}
          className="text-sm text-ink-soft"
          onCommit={onNote}
        />
        <ul className="flex flex-col gap-1 px-1.5 text-sm">
          {variant.citations.map((citation) => (
            <li key={citation.id} className="group/cite flex items-start gap-1.5 text-ink-soft">
              <Icon name="quote" className="mt-0.5 shrink-0 text-faint" />
              <CitationLine citation={citation} source={sourcesById.get(citation.sourceId)} />
              {!readOnly && (
                <button
                  type="button"
                  aria-label="Remove citation"
                  onClick={() => onUncite(citation.id)}
                  className="ml-auto shrink-0 rounded p-0.5 text-faint opacity-0 group-hover/cite:opacity-100 hover:text-danger focus:opacity-100"
                >
                  <Icon name="close" />
                </button>
              )}
            </li>
          ))}
          {variant.citations.length === 0 && (
            <li className="text-danger" data-testid="variant-unsourced">
              No source for this account yet.
            </li>
          )}
        </ul>
      </div>
      {discuss}
      {!readOnly && (
        <div className="flex shrink-0 items-start gap-0.5">
          <CitePopover
            sources={sources}
            doc={doc}
            origin={origin}
            onCite={onCite}
            label="Cite a source for this account"
          />
          <Button
            variant="ghost"
            size="sm"
            icon
            aria-label={`Remove account ${index + 1}`}
            className="hover:text-danger"
            onClick={onRemove}
          >
            <Icon name="trash" />
          </Button>
        </div>
      )}
    </li>
  );
}

function AddVariant({ onAdd }: { onAdd: (value: string) => void }) {
  const toast = useToast();
  const [value, setValue] = useState("");
  return (
    <form
      className="flex items-center gap-2 border-t border-line px-2 py-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        try {
          onAdd(value);
          setValue("");
        } catch (error) {
          toast({
            tone: "error",
            message: error instanceof Error ? error.message : "The account could not be added.",
          });
        }
      }}
    >
      <Icon name="plus" className="shrink-0 text-faint" />
      <input
        aria-label="Another account"
        data-testid="add-variant-input"
        value={value}
        maxLength={MAX_VARIANT_VALUE_LENGTH}
        onChange={(event) => setValue(event.target.value)}
        placeholder="Add another account, e.g. “639,776 captured”"
        className="min-w-0 flex-1 bg-transparent px-1 py-0.5 text-sm text-ink placeholder:text-faint focus:outline-none"
      />
      <Button type="submit" size="sm" disabled={!value.trim()} data-testid="add-variant">
        Add account
      </Button>
    </form>
  );
}
