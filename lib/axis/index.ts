/** Pure layout for the time axis: marks, view arithmetic, clustering and ticks. */
export {
  CLUSTER_GAP_PX,
  layoutLane,
  POINT_RADIUS_PX,
  SPAN_TRACKS,
  visibleExtents,
  WIDE_SPAN_PX,
} from "./layout";
export {
  type AxisRows,
  buildRows,
  extentOf,
  type LaneMarks,
  markTime,
  UNASSIGNED_LANE_ID,
} from "./marks";
export {
  chooseStep,
  type Tick,
  type TickSet,
  type TickStep,
  tickLabelRoom,
  ticksFor,
  yearLabel,
} from "./ticks";
export type { AxisGlyph, AxisItem, AxisLane, AxisMark, AxisView, EdgeStyle } from "./types";
export {
  clampRange,
  DAY_MS,
  edtfDay,
  fitRange,
  MAX_SPAN_MS,
  MIN_SPAN_MS,
  maxSpanFor,
  panBy,
  rangeAround,
  revealMark,
  type TimeRange,
  YEAR_MS,
  zoomAt,
} from "./view";
