/**
 * The source library's pure logic: formatting references, finding
 * duplicates, searching, and the small text forms (dates, names) the source
 * form uses. No I/O; the browser and the server share it.
 *
 * Two parts are heavy and stay out of this index, so importing it costs
 * little: the importer (`@/lib/sources/import`, citation-js's BibTeX and RIS
 * readers), which callers load where they import sources, and citeproc,
 * which `loadReferenceStyle()` loads for `formatReference`.
 */
export { describeIssued, issuedText, issuedYear, parseIssued } from "./dates";
export {
  DuplicateIndex,
  type DuplicateMatch,
  type DuplicateReason,
  type ImportPlan,
  missingFields,
  normalizeDoi,
  normalizeText,
  planImport,
} from "./duplicates";
export {
  compareReferenceKeys,
  describeLocator,
  formatReference,
  loadReferenceStyle,
  MISSING_SOURCE,
  plainReference,
  REFERENCE_STYLE,
  referenceSortKey,
  referenceStyleReady,
  shortAuthors,
  shortReference,
  shortTitle,
} from "./format";
export { familyName, nameLine, namesText, parseNames } from "./names";
export { normalizeItem } from "./normalize";
export { sourceMatches } from "./search";
export { CSL_TYPE_LABELS } from "./types";
