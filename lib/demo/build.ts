import type * as Y from "yjs";
import {
  createClaim,
  createEntry,
  createLane,
  createSource,
  LANE_COLORS,
  writeMeta,
} from "../document";
import { DEMO_ENTRIES } from "./entries";
import { DEMO_SOURCES } from "./sources";
import type { DemoLaneKey } from "./types";

export const DEMO_TIMELINE_TITLE = "Japan and the USSR after 1945: prisoners, talks and islands";

export const DEMO_TIMELINE_DESCRIPTION =
  "A sample chronology, mostly 1945–1960, built from three accounts that disagree: a Japanese historian's chapter on the 1955–56 normalization talks (Motohide Saito), a Russian historian's article weighing the archive figures on Japanese prisoners (E. L. Katasonova), and an unsigned Russian popular article that reads the same events from the Soviet side. Every entry cites the document and section it rests on, and the primary records they quote are in the library. Where the accounts differ on a figure, a date or a reading, the words are marked as a claim that keeps each version with its sources.";

/** Lanes in display order, each with its own palette colour. */
export const DEMO_LANES: readonly { key: DemoLaneKey; name: string; color: string }[] = [
  { key: "war", name: "War & capture", color: LANE_COLORS[3] },
  { key: "prisoners", name: "Prisoners & repatriation", color: LANE_COLORS[1] },
  { key: "negotiations", name: "Negotiations", color: LANE_COLORS[0] },
  { key: "territory", name: "Territory", color: LANE_COLORS[2] },
  { key: "later", name: "Later positions", color: LANE_COLORS[4] },
];

/**
 * Fixed creation times (one second apart from 1 January 2024 UTC) so that
 * entries with the same `when` always sort the same way; an entry's claims
 * follow it a millisecond apart, in the order they are listed.
 */
const CREATED_AT_BASE = Date.UTC(2024, 0, 1);

/**
 * Writes the demo timeline (title, description, sources, lanes, entries and
 * their claims) into `doc` in one transaction, so peers receive it as a single
 * update. Meant for an empty document: it adds everything without looking at
 * what is there. Sources and claims have fixed ids; lanes and entries get
 * fresh ones.
 */
export function buildDemoTimeline(doc: Y.Doc, origin?: unknown): void {
  doc.transact(() => {
    writeMeta(doc, { title: DEMO_TIMELINE_TITLE, description: DEMO_TIMELINE_DESCRIPTION }, origin);
    for (const source of DEMO_SOURCES) createSource(doc, source, origin);
    const laneIds = new Map<DemoLaneKey, string>();
    for (const lane of DEMO_LANES) {
      laneIds.set(lane.key, createLane(doc, { name: lane.name, color: lane.color }, origin));
    }
    DEMO_ENTRIES.forEach((entry, index) => {
      const createdAt = CREATED_AT_BASE + index * 1000;
      const entryId = createEntry(
        doc,
        {
          title: entry.title,
          when: entry.when,
          laneId: laneIds.get(entry.lane),
          tags: entry.tags,
          body: entry.body,
          createdAt,
        },
        origin,
      );
      entry.claims?.forEach((claim, claimIndex) => {
        createClaim(
          doc,
          entryId,
          {
            id: claim.id,
            label: claim.label,
            variants: claim.variants,
            status: claim.status,
            reason: claim.reason,
            acceptedVariant: claim.acceptedVariant,
            createdAt: createdAt + claimIndex + 1,
          },
          origin,
        );
      });
    });
  }, origin);
}
