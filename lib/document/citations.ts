import * as Y from "yjs";
import { z } from "zod";
import { newId } from "./ids";
import { BODY } from "./shape";

/** CSL locator labels: what kind of place in the source a locator names. */
export const LOCATOR_LABELS = [
  "page",
  "section",
  "chapter",
  "paragraph",
  "part",
  "note",
  "line",
  "folio",
  "volume",
  "book",
  "column",
  "figure",
  "issue",
  "number",
  "opus",
  "sub verbo",
  "verse",
] as const;

export type LocatorLabel = (typeof LOCATOR_LABELS)[number];

/** A citation: a source, where in it (label and value), and optionally the exact quoted passage. */
export interface Citation {
  id: string;
  sourceId: string;
  label: LocatorLabel;
  /** e.g. "4" for section 4, "38–39" for pages; "" cites the whole source. */
  locator: string;
  /** The exact passage relied on, or "". */
  quote: string;
}

export type CitationInput = Omit<Citation, "id" | "label" | "locator" | "quote"> &
  Partial<Omit<Citation, "sourceId">>;

export const MAX_LOCATOR_LENGTH = 100;
export const MAX_QUOTE_LENGTH = 2000;

const idSchema = z.string().min(1).max(64);

export const CitationSchema = z.object({
  id: idSchema,
  sourceId: z.string().min(1, "A citation needs a source.").max(64, "That is not a source id."),
  label: z.enum(LOCATOR_LABELS),
  locator: z
    .string()
    .trim()
    .max(MAX_LOCATOR_LENGTH, `A locator has at most ${MAX_LOCATOR_LENGTH} characters.`),
  quote: z
    .string()
    .trim()
    .max(MAX_QUOTE_LENGTH, `A quoted passage has at most ${MAX_QUOTE_LENGTH} characters.`),
});

export class CitationError extends Error {
  constructor(
    readonly code: "invalid_citation" | "citation_not_found" | "source_not_found",
    message: string,
  ) {
    super(message);
    this.name = "CitationError";
  }
}

/** Fills defaults, gives it an id if it has none, and validates; throws CitationError. */
export function cleanCitation(input: CitationInput): Citation {
  const parsed = CitationSchema.safeParse({
    id: input.id ?? newId(),
    sourceId: input.sourceId,
    label: input.label ?? "page",
    locator: input.locator ?? "",
    quote: input.quote ?? "",
  });
  if (!parsed.success) {
    throw new CitationError("invalid_citation", parsed.error.issues[0]?.message ?? "Bad citation.");
  }
  return parsed.data;
}

/** Reads a stored citation leniently: anything unusable yields undefined. */
export function readCitation(raw: unknown, id?: string): Citation | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const value = raw as Record<string, unknown>;
  const parsed = CitationSchema.safeParse({
    id: id ?? value.id,
    sourceId: value.sourceId,
    label: LOCATOR_LABELS.includes(value.label as LocatorLabel) ? value.label : "page",
    locator: typeof value.locator === "string" ? value.locator : "",
    quote: typeof value.quote === "string" ? value.quote : "",
  });
  return parsed.success ? parsed.data : undefined;
}

function isCitationElement(node: unknown): node is Y.XmlElement {
  return node instanceof Y.XmlElement && node.nodeName === BODY.citationNode;
}

/** Every citation node in a body, in reading order (which is their footnote numbering). */
function citationElements(fragment: Y.XmlFragment): Y.XmlElement[] {
  const out: Y.XmlElement[] = [];
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (isCitationElement(child)) out.push(child);
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(fragment);
  return out;
}

/** The citations of a body in footnote order; unusable nodes are skipped. */
export function bodyCitations(fragment: Y.XmlFragment): Citation[] {
  const out: Citation[] = [];
  for (const element of citationElements(fragment)) {
    const citation = readCitation(element.getAttributes());
    if (citation) out.push(citation);
  }
  return out;
}

/** The body node for a citation, ready to insert into a paragraph (used by `appendBody`). */
export function citationElement(citation: Citation): Y.XmlElement {
  const element = new Y.XmlElement(BODY.citationNode);
  for (const [key, value] of Object.entries(citation)) element.setAttribute(key, value);
  return element;
}

/**
 * Changes a citation in a body (its source, locator or quote), in place:
 * the marker keeps its position and number.
 */
export function updateBodyCitation(
  fragment: Y.XmlFragment,
  citationId: string,
  patch: Partial<Omit<Citation, "id">>,
  origin?: unknown,
): void {
  const element = citationElements(fragment).find((el) => el.getAttribute("id") === citationId);
  const current = element ? readCitation(element.getAttributes()) : undefined;
  if (!element || !current) {
    throw new CitationError("citation_not_found", `There is no citation ${citationId} here.`);
  }
  const next = cleanCitation({ ...current, ...patch, id: citationId });
  const apply = () => {
    for (const key of ["sourceId", "label", "locator", "quote"] as const) {
      if (element.getAttribute(key) !== next[key]) element.setAttribute(key, next[key]);
    }
  };
  if (fragment.doc) fragment.doc.transact(apply, origin);
  else apply();
}

/** Removes a citation marker from a body. */
export function removeBodyCitation(
  fragment: Y.XmlFragment,
  citationId: string,
  origin?: unknown,
): void {
  const element = citationElements(fragment).find((el) => el.getAttribute("id") === citationId);
  if (!element) {
    throw new CitationError("citation_not_found", `There is no citation ${citationId} here.`);
  }
  const parent = element.parent as Y.XmlElement | Y.XmlFragment;
  const index = parent.toArray().indexOf(element);
  const apply = () => parent.delete(index, 1);
  if (fragment.doc) fragment.doc.transact(apply, origin);
  else apply();
}
