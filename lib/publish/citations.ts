/**
 * The citations of released content, read from its JSON (a release has no
 * Yjs): the body's markers in footnote order, and the sources an entry
 * cites. Unusable markers are skipped, as the document's readers skip them,
 * so footnote numbers agree everywhere.
 */
import {
  BODY,
  type BodyNodeJson,
  type Citation,
  CitationSchema,
  type EntryContent,
  LOCATOR_LABELS,
  type LocatorLabel,
} from "../document";

/** A citation node's attributes as a citation, or undefined when readers would skip it. */
export function nodeCitation(node: BodyNodeJson): Citation | undefined {
  if (node.type !== BODY.citationNode) return undefined;
  const attrs = node.attrs ?? {};
  const text = (key: string) => (typeof attrs[key] === "string" ? (attrs[key] as string) : "");
  const label = LOCATOR_LABELS.includes(attrs.label as LocatorLabel) ? attrs.label : "page";
  const parsed = CitationSchema.safeParse({
    id: attrs.id,
    sourceId: attrs.sourceId,
    label,
    locator: text("locator"),
    quote: text("quote"),
  });
  return parsed.success ? parsed.data : undefined;
}

/** The body's citations in reading order: footnote n is index n - 1. */
export function bodyCitations(body: BodyNodeJson[]): Citation[] {
  const out: Citation[] = [];
  const walk = (nodes: BodyNodeJson[]) => {
    for (const node of nodes) {
      const citation = nodeCitation(node);
      if (citation) out.push(citation);
      else walk(node.content ?? []);
    }
  };
  walk(body);
  return out;
}

/** The distinct sources an entry cites, body first, then its claims' variants, in order. */
export function citedSourceIds(entry: Pick<EntryContent, "body" | "claims">): string[] {
  const ids = new Set(bodyCitations(entry.body).map((citation) => citation.sourceId));
  for (const claim of entry.claims) {
    for (const variant of claim.variants) {
      for (const citation of variant.citations) ids.add(citation.sourceId);
    }
  }
  return [...ids];
}
