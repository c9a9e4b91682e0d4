/** EDTF `when` strings: parsing, plain-English previews and chronological order. */
export { describeWhen } from "./describe";
export { compareWhen, sortEntries, whenRange } from "./order";
export { parseWhen } from "./parse";
export {
  MAX_WHEN_LENGTH,
  type ParsedWhen,
  type WhenBound,
  type WhenErrorCode,
  type WhenResult,
} from "./types";
