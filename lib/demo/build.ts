import type * as Y from "yjs";
import { createEntry, createLane, LANE_COLORS, writeMeta } from "../document";
import { DEMO_ENTRIES } from "./entries";
import { formatSources } from "./sources";
import type { DemoLaneKey } from "./types";

export const DEMO_TIMELINE_TITLE = "Japan and the USSR after 1945: prisoners, talks and islands";

export const DEMO_TIMELINE_DESCRIPTION =
  "A sample chronology, 1945–1960, built from three accounts that disagree: a Japanese historian's chapter on the 1955–56 talks (Saito), a Russian historian's article comparing prisoner figures (Katasonova), and an unsigned Russian popular article with a Soviet reading of events. Where they differ on a date or a figure, each entry lists every version with its source.";

/** Lanes in display order, each with its own palette colour. */
export const DEMO_LANES: readonly { key: DemoLaneKey; name: string; color: string }[] = [
  { key: "war", name: "War & capture", color: LANE_COLORS[3] },
  { key: "prisoners", name: "Prisoners of war", color: LANE_COLORS[1] },
  { key: "negotiations", name: "Negotiations", color: LANE_COLORS[0] },
  { key: "territory", name: "Territory", color: LANE_COLORS[2] },
];

/**
 * Fixed creation times (one second apart from 1 January 2024 UTC) so that
 * entries with the same `when` always sort the same way.
 */
const CREATED_AT_BASE = Date.UTC(2024, 0, 1);

/**
 * Writes the demo timeline (title, description, lanes, entries) into `doc` in
 * one transaction, so peers receive it as a single update. Meant for an empty
 * document: it adds lanes and entries without looking at what is there.
 */
export function buildDemoTimeline(doc: Y.Doc, origin?: unknown): void {
  doc.transact(() => {
    writeMeta(doc, { title: DEMO_TIMELINE_TITLE, description: DEMO_TIMELINE_DESCRIPTION }, origin);
    const laneIds = new Map<DemoLaneKey, string>();
    for (const lane of DEMO_LANES) {
      laneIds.set(lane.key, createLane(doc, { name: lane.name, color: lane.color }, origin));
    }
    DEMO_ENTRIES.forEach((entry, index) => {
      createEntry(
        doc,
        {
          title: entry.title,
          when: entry.when,
          laneId: laneIds.get(entry.lane),
          tags: entry.tags,
          body: [
            ...entry.body,
            { type: "paragraph", runs: [{ text: formatSources(entry.sources), italic: true }] },
          ],
          createdAt: CREATED_AT_BASE + index * 1000,
        },
        origin,
      );
    });
  }, origin);
}
