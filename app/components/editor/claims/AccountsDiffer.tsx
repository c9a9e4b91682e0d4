"use client";

import type { Claim, Source } from "@/lib/document";
import { CitationLine } from "./CitationLine";

/**
 * A disputed or unresolvable claim as readers see it: every variant with its
 * sources, side by side, and never one silently picked.
 */
export function AccountsDiffer({
  claim,
  sources,
}: {
  claim: Claim;
  sources: ReadonlyMap<string, Source>;
}) {
  return (
    <section
      aria-label={`Accounts differ: ${claim.label}`}
      data-testid="accounts-differ"
      data-claim-id={claim.id}
      className="mt-3 rounded-md border border-warning/30 bg-warning-soft/60 px-3 py-2"
    >
      <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold text-warning">Accounts differ</span>
        <span className="text-ink-soft">{claim.label}</span>
        {claim.status === "unresolvable" && (
          <span className="rounded-full bg-surface px-2 py-px text-xs text-muted">
            unresolvable
          </span>
        )}
      </header>
      <ul className="mt-1.5 flex flex-col gap-1.5">
        {claim.variants.map((variant) => (
          <li key={variant.id} className="text-sm" data-testid="variant">
            <span className="font-semibold text-ink">{variant.value}</span>
            {variant.citations.length > 0 ? (
              <span className="text-muted">
                {" — "}
                {variant.citations.map((citation, i) => (
                  <span key={citation.id}>
                    {i > 0 && "; "}
                    <CitationLine citation={citation} source={sources.get(citation.sourceId)} />
                  </span>
                ))}
              </span>
            ) : (
              <span className="text-danger"> — no source yet</span>
            )}
            {variant.note && <span className="block text-muted">{variant.note}</span>}
          </li>
        ))}
      </ul>
      {claim.reason && <p className="mt-1.5 text-sm text-ink-soft">{claim.reason}</p>}
    </section>
  );
}
