/** The demo timeline the server creates on first start. */
export {
  buildDemoTimeline,
  DEMO_LANES,
  DEMO_TIMELINE_DESCRIPTION,
  DEMO_TIMELINE_TITLE,
} from "./build";
export { DEMO_ENTRIES } from "./entries";
export {
  formatSources,
  isSourcesLine,
  KATASONOVA,
  NO_PEACE_TREATY,
  SAITO,
  SOURCE_NAMES,
} from "./sources";
export type { DemoEntry, DemoLaneKey } from "./types";
