/**
 * The download formats of a release, one module each: our JSON (lossless,
 * re-importable), CSV for spreadsheets, TimelineJS for embedding, and
 * Markdown for reading and publishing elsewhere. All render from the
 * release alone, never from the live document.
 */
export { CSV_COLUMNS, csvCell, releaseCsv } from "./csv";
export { parseReleaseJson, ReleaseFormatError, ReleaseSchema, releaseJson } from "./json";
export { type ReleaseMarkdownOptions, releaseMarkdown } from "./markdown";
export {
  releaseTimelineJs,
  TIMELINEJS_FIELDS,
  type TimelineJsDate,
  type TimelineJsDocument,
  type TimelineJsSlide,
  type TimelineJsText,
  validateTimelineJs,
} from "./timelineJs";
