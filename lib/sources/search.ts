import type { Source } from "@/lib/document";
import { issuedText } from "./dates";
import { normalizeText } from "./duplicates";
import { familyName } from "./names";

const haystacks = new WeakMap<Source, string>();

/** Everything a search may match in a source, normalised once per source object. */
function haystack(source: Source): string {
  let text = haystacks.get(source);
  if (text === undefined) {
    const names = [...(source.author ?? []), ...(source.editor ?? [])].flatMap((name) => [
      familyName(name),
      name.given ?? "",
    ]);
    text = normalizeText(
      [
        source.title,
        source["title-short"],
        ...names,
        issuedText(source.issued),
        source["container-title"],
        source.publisher,
        source.archive,
        source.archive_location,
        source["citation-key"],
        source.DOI,
        source.note,
      ]
        .filter(Boolean)
        .join(" "),
    );
    haystacks.set(source, text);
  }
  return text;
}

/**
 * Whether a source matches a search: every word of the query appears in its
 * title, names, year, container, publisher, archive, key, DOI or note,
 * ignoring case and accents ("godel" finds "Gödel").
 */
export function sourceMatches(source: Source, query: string): boolean {
  const words = normalizeText(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const text = haystack(source);
  return words.every((word) => text.includes(word));
}
