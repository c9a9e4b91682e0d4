"use client";

import { useMemo } from "react";
import type * as Y from "yjs";
import { accountsDiffer, listClaims, type Source } from "@/lib/document";
import type { EntryDiscussion } from "../discussion/EntryDiscussion";
import { AccountsDiffer } from "./AccountsDiffer";
import { ClaimEditor } from "./ClaimEditor";

export interface ClaimsSectionProps {
  doc: Y.Doc;
  entryId: string;
  /** Changes whenever the entry does, so claims are re-read only then. */
  version: number;
  sources: Source[];
  sourcesById: ReadonlyMap<string, Source>;
  origin: unknown;
  /** The selected entry shows every claim with its editor; others show where accounts differ. */
  editing: boolean;
  readOnly: boolean;
  discussion: EntryDiscussion;
}

/** The claims of one entry: "Accounts differ" boxes for readers, editors when selected. */
export function ClaimsSection({
  doc,
  entryId,
  version,
  sources,
  sourcesById,
  origin,
  editing,
  readOnly,
  discussion,
}: ClaimsSectionProps) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: version marks when the entry changed inside the document.
  const claims = useMemo(() => listClaims(doc, entryId), [doc, entryId, version]);
  if (claims.length === 0) return null;

  if (!editing) {
    return (
      <>
        {claims.filter(accountsDiffer).map((claim) => (
          <AccountsDiffer key={claim.id} claim={claim} sources={sourcesById} />
        ))}
        {claims
          .filter((claim) => claim.status === "settled")
          .map((claim) => {
            const accepted = claim.variants.find((v) => v.id === claim.acceptedVariantId);
            return (
              <p key={claim.id} data-testid="settled-claim" className="mt-2 text-sm text-ink-soft">
                <span className="font-medium text-success">Settled:</span> {claim.label}:{" "}
                <strong className="font-semibold text-ink">{accepted?.value}</strong>
                {claim.reason && <span className="text-muted"> ({claim.reason})</span>}
              </p>
            );
          })}
      </>
    );
  }

  return (
    <div className="mt-3 flex flex-col gap-2" data-testid="claims">
      <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">
        Claims ({claims.length})
      </h3>
      {claims.map((claim) => (
        <ClaimEditor
          key={claim.id}
          doc={doc}
          entryId={entryId}
          claim={claim}
          sources={sources}
          sourcesById={sourcesById}
          origin={origin}
          readOnly={readOnly}
          discussion={discussion}
        />
      ))}
    </div>
  );
}
