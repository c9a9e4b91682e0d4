import type { BodyBlock } from "../document";
import type { DemoCitation } from "./sources";

/** The four lanes of the demo timeline, in display order. */
export type DemoLaneKey = "war" | "prisoners" | "negotiations" | "territory";

/**
 * One demo entry as data. `body` is the prose; the builder appends a closing
 * "Sources:" paragraph rendered from `sources`, so every entry is attributed.
 */
export interface DemoEntry {
  title: string;
  /** EDTF, as Parallax stores it. */
  when: string;
  lane: DemoLaneKey;
  tags: string[];
  body: BodyBlock[];
  sources: DemoCitation[];
}
