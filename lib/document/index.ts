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

export type TimelineChange = {
  meta: boolean;
  lanes: boolean;
  entries: boolean;
  sources: boolean;
  entryIds: Set<string>;
};

/**
 * Calls `onChange` after every transaction that touched the timeline, saying
 * which parts changed. `entryIds` lists entries that were added, deleted, or
 * whose own fields or body changed, so views can skip re-reading the rest. Returns the
 * unsubscribe function.
 */
export function observeTimeline(
  doc: Y.Doc,
  onChange: (change: TimelineChange) => void,
): () => void {
  const meta = metaMap(doc);
  const lanes = lanesMap(doc);
  const entries = entriesMap(doc);
  const sources = sourcesMap(doc);
  const listener = (tr: Y.Transaction) => {
    const change: TimelineChange = {
      meta: false,
      lanes: false,
      entries: false,
      sources: false,
      entryIds: new Set(),
    };
    for (const type of tr.changedParentTypes.keys()) {
      let node: Y.AbstractType<unknown> | null = type as Y.AbstractType<unknown>;
      let child: Y.AbstractType<unknown> | null = null;
      while (node && node !== meta && node !== lanes && node !== entries && node !== sources) {
        child = node;
        node = node._item ? (node._item.parent as Y.AbstractType<unknown>) : null;
      }
      if (node === meta) change.meta = true;
      else if (node === lanes) change.lanes = true;
      else if (node === sources) change.sources = true;
      else if (node === entries) {
        change.entries = true;
        const id = child?._item?.parentSub;
        if (id) change.entryIds.add(id);
      }
    }
    // Entries added, replaced or deleted change the entries map's own keys.
    tr.changed.forEach((keys, type) => {
      if ((type as unknown) !== entries) return;
      for (const id of keys) if (id) change.entryIds.add(id);
    });
    if (change.meta || change.lanes || change.entries || change.sources) onChange(change);
  };
  doc.on("afterTransaction", listener);
  return () => doc.off("afterTransaction", listener);
}
