/** Publishing: releases (frozen, approved content), their checklist, changelog and formats. */
export {
  type BuiltRelease,
  buildRelease,
  type LeftOut,
  type LeftOutReason,
  type ReleaseMeta,
} from "./build";
export {
  type EntryRef,
  type ReleaseChanges,
  type ReleaseLogItem,
  releaseChanges,
} from "./changelog";
export {
  CHECKLIST_KINDS,
  type ChecklistInput,
  type ChecklistItem,
  type ChecklistKind,
  hasBlocking,
  publishChecklist,
} from "./checklist";
export { bodyCitations, citedSourceIds } from "./citations";
export * from "./exports";
export { bodyHtml, escapeHtml } from "./html";
export { type JsonLdOptions, jsonLdScript, releaseJsonLd } from "./jsonld";
export * from "./release";
export {
  bodyMarkdown,
  bodyPlainText,
  escapeMarkdown,
  type Footnote,
  type MarkdownOptions,
  safeHref,
} from "./text";
export { type DateParts, isoDate, type WhenDates, whenDates } from "./when";
