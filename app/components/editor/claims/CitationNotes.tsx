"use client";

import type { Citation, Source } from "@/lib/document";
import { CitationLine } from "./CitationLine";

export interface CitationNotesProps {
  citations: Citation[];
  sources: ReadonlyMap<string, Source>;
  /** Edit and remove controls for each note, when the entry can be edited. */
  actions?: (citation: Citation) => React.ReactNode;
}

/** The numbered notes below a body, in the order of their markers. */
export function CitationNotes({ citations, sources, actions }: CitationNotesProps) {
  if (citations.length === 0) return null;
  // A foreign peer may write two markers with one id; a repeat count keeps React keys unique.
  const seen = new Map<string, number>();
  const keys = citations.map((citation) => {
    const n = (seen.get(citation.id) ?? 0) + 1;
    seen.set(citation.id, n);
    return n === 1 ? citation.id : `${citation.id}#${n}`;
  });
  return (
    <ol
      aria-label="Notes"
      data-testid="citation-notes"
      className="mt-3 flex flex-col gap-1 border-t border-line pt-2 text-sm text-ink-soft"
    >
      {citations.map((citation, index) => (
        <li
          key={keys[index]}
          data-citation-id={citation.id}
          className="group/note flex items-start gap-2"
        >
          <span className="w-5 shrink-0 text-right text-xs leading-5 font-semibold text-accent">
            {index + 1}
          </span>
          <CitationLine
            citation={citation}
            source={sources.get(citation.sourceId)}
            className="flex-1"
          />
          {actions?.(citation)}
        </li>
      ))}
    </ol>
  );
}
