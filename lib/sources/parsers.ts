/**
 * citation-js's BibTeX and RIS readers (heavy: load this module only where
 * sources are imported). Every parse names its input type (`forceType`), so
 * citation-js never guesses that text is a URL or a DOI and never fetches.
 */
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { forgetCitationJsLog } from "./citationJsLog";

/** The input types we accept: BibTeX (read with the BibLaTeX mapping, a superset) and RIS files. */
export type TextType = "@biblatex/text" | "@ris/file";

/** Parses text of a known type into raw CSL-JSON objects; throws what citation-js throws. */
export function parseText(text: string, type: TextType): Record<string, unknown>[] {
  try {
    return plugins.input.chain(text, { forceType: type, generateGraph: false, strict: true });
  } finally {
    forgetCitationJsLog();
  }
}
