/**
 * The timeline document contract. Import from here, never from the files
 * behind it, and never touch the document's Y types by key elsewhere.
 */
import type * as Y from "yjs";
import { entriesMap, lanesMap, metaMap, sourcesMap } from "./shape";

export {
  appendBody,
  type BodyBlock,
  bodyPlainText,
  type CitationRun,
  type Run,
  type TextRun,
} from "./body";
export {
  type Citation,
  CitationError,
  type CitationInput,
  CitationSchema,
  cleanCitation,
  LOCATOR_LABELS,
  type LocatorLabel,
  MAX_LOCATOR_LENGTH,
  MAX_QUOTE_LENGTH,
} from "./citations";
export {
  accountsDiffer,
  addVariant,
  addVariantCitation,
  CLAIM_STATUSES,
  type Claim,
  ClaimError,
  type ClaimStatus,
  type ClaimVariant,
  createClaim,
  deleteClaim,
  listClaims,
  MAX_CLAIM_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_VARIANT_VALUE_LENGTH,
  readClaimById,
  removeVariant,
  removeVariantCitation,
  renameClaim,
  setClaimStatus,
  updateVariant,
  updateVariantCitation,
  type VariantInput,
} from "./claims";
export {
  type BodyNodeJson,
  bodyJson,
  bodyTextLines,
  type EntryContent,
  isInlineNode,
  readEntryContent,
} from "./content";
export {
  CSL_FIELDS,
  CSL_TYPES,
  type CslDate,
  type CslField,
  type CslItem,
  CslItemSchema,
  type CslName,
  type CslType,
} from "./csl";
export {
  cleanWhen,
  countEntries,
  createEntry,
  deleteEntry,
  EntryError,
  type EntryPatch,
  type EntrySummary,
  entryBody,
  entryPlainText,
  hasEntry,
  listEntries,
  MAX_TAG_LENGTH,
  MAX_TITLE_LENGTH,
  readEntry,
  updateEntry,
} from "./entries";
export { newId } from "./ids";
export {
  createLane,
  deleteLane,
  type Lane,
  LaneError,
  listLanes,
  moveLane,
  recolorLane,
  renameLane,
} from "./lanes";
export { isSupportedSchema, readMeta, type TimelineMeta, writeMeta } from "./meta";
export { CARET_COLORS, colorFor, isHexColor, LANE_COLORS } from "./palette";
export {
  citingEntries,
  type EntryFlags,
  entryCitations,
  entryFlags,
  markedClaimIds,
  removeEntryCitation,
  updateEntryCitation,
} from "./references";
export { restoreEntry, restoreTimeline } from "./restore";
export { BODY, SCHEMA_VERSION } from "./shape";
export {
  createSource,
  deleteSource,
  hasSource,
  listSources,
  readSource,
  type Source,
  SourceError,
  updateSource,
} from "./sources";

/** The shared types an UndoManager should track for entry, lane, source and title changes. */
export function undoScope(doc: Y.Doc): Y.AbstractType<unknown>[] {
  return [
    metaMap(doc),
    lanesMap(doc),
    entriesMap(doc),
    sourcesMap(doc),
  ] as Y.AbstractType<unknown>[];
}

export { observeTimeline, type TimelineChange } from "./changes";
