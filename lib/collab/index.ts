export {
  CloseCode,
  type CloseCodeValue,
  CloseReason,
  describeClose,
  isPermanentClose,
} from "./closeCodes";
export {
  COLLAB_PREFIX,
  type CollabPath,
  isTimelineId,
  parseCollabPath,
  TIMELINE_ID_PATTERN,
} from "./paths";
