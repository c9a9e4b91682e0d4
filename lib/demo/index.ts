/** The demo timeline the server creates on first start. */
export {
  buildDemoTimeline,
  DEMO_LANES,
  DEMO_TIMELINE_DESCRIPTION,
  DEMO_TIMELINE_TITLE,
} from "./build";
export { DEMO_ENTRIES } from "./entries";
export {
  DEMO_DOCUMENTS,
  DEMO_SOURCES,
  type DemoSource,
  KATASONOVA,
  NO_PEACE_TREATY,
  RECORDS,
  SAITO,
} from "./sources";
export type { DemoClaim, DemoEntry, DemoLaneKey } from "./types";
