/**
 * The release's sources as a bibliography, in the app's one reference style
 * (call `loadReferenceStyle()` first, or the plainer form is used), each with
 * its archive (part of the formatted reference) and its link or DOI.
 */
import type { Source } from "@/lib/document";
import { safeHref } from "@/lib/publish/text";
import { compareReferenceKeys, formatReference, referenceSortKey } from "@/lib/sources";
import { sourceAnchor } from "./anchors";

function doiHref(doi: string | undefined): string | null {
  const clean = doi?.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, "");
  return clean ? safeHref(`https://doi.org/${encodeURI(clean)}`) : null;
}

export function SourcesList({ sources, newTab }: { sources: readonly Source[]; newTab?: boolean }) {
  const sorted = [...sources].sort((a, b) =>
    compareReferenceKeys(referenceSortKey(a), referenceSortKey(b)),
  );
  const target = newTab ? "_blank" : undefined;
  return (
    <ol className="flex flex-col gap-3" data-testid="public-sources">
      {sorted.map((source) => {
        const url = safeHref(source.URL);
        const doi = doiHref(source.DOI);
        return (
          <li
            key={source.id}
            id={sourceAnchor(source.id)}
            className="public-source text-base leading-relaxed text-ink-soft"
          >
            <span className="text-ink">{formatReference(source)}</span>
            {(url || doi) && (
              <span className="ml-2 inline-flex flex-wrap gap-x-3 text-sm">
                {url && (
                  <a
                    href={url}
                    rel="noopener noreferrer nofollow"
                    target={target}
                    className="text-accent underline decoration-accent/40 underline-offset-2"
                  >
                    Link<span className="sr-only"> to {source.title}</span>
                  </a>
                )}
                {doi && (
                  <a
                    href={doi}
                    rel="noopener noreferrer nofollow"
                    target={target}
                    className="text-accent underline decoration-accent/40 underline-offset-2"
                  >
                    DOI<span className="sr-only"> of {source.title}</span>
                  </a>
                )}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
