import { isHexColor } from "@/lib/document";
import type { ReleaseLane } from "@/lib/publish/release";

export type PublicLane = Pick<ReleaseLane, "id" | "name" | "color">;

/** Entries without a lane (or whose lane is gone) are drawn in this grey. */
const NO_LANE_COLOR = "#9a9a92";

/** A lane's colour for a style attribute: only a hex colour, never free text. */
export function laneColor(lane: PublicLane | undefined): string {
  return lane && isHexColor(lane.color) ? lane.color : NO_LANE_COLOR;
}
