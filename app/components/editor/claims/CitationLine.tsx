"use client";

import type { Citation, Source } from "@/lib/document";
import { formatReference, shortReference } from "@/lib/sources/format";
import { cx } from "../../ui/cx";

/** One citation as a short reference; the full reference shows on hover, the quote below. */
export function CitationLine({
  citation,
  source,
  className,
}: {
  citation: Citation;
  source: Source | undefined;
  className?: string;
}) {
  return (
    <span className={cx("min-w-0", className)}>
      <span
        title={source ? formatReference(source) : "This source was deleted from the library."}
        className={cx(!source && "text-danger")}
        data-testid="citation-reference"
      >
        {shortReference(source, citation)}
      </span>
      {citation.quote && (
        <span className="mt-0.5 block text-sm text-muted italic">“{citation.quote}”</span>
      )}
    </span>
  );
}
