import type * as Y from "yjs";
import { createLane, listLanes } from "@/lib/document";

/**
 * A fixed id, so two people opening a new timeline at once write the same
 * lane (the last write wins) instead of two lanes with the same name.
 */
const FIRST_LANE_ID = "first-lane";
const FIRST_LANE_NAME = "Events";

/** Gives a timeline without lanes its first one, so new entries have somewhere to go. */
export function ensureFirstLane(doc: Y.Doc): void {
  if (listLanes(doc).length === 0) createLane(doc, { id: FIRST_LANE_ID, name: FIRST_LANE_NAME });
}
