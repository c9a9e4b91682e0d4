/** A lane as the axis needs it. */
export interface AxisLane {
  id: string;
  name: string;
  color: string;
}

/** An entry as the axis needs it; `when` is an EDTF string or "" (undated). */
export interface AxisItem {
  id: string;
  laneId: string;
  when: string;
  title: string;
  /** Has a claim where accounts differ; the axis flags it. */
  disputed?: boolean;
}

/** The time an item covers, in ms since epoch (UTC), ready to lay out. */
export interface AxisMark {
  id: string;
  /** Earliest instant; for an open start, the known end (the span fades off to the left). */
  start: number;
  /** Latest instant; for an open end, the known start. */
  end: number;
  /** Day-precise: drawn as a point rather than a span. */
  point: boolean;
  approximate: boolean;
  uncertain: boolean;
  openStart: boolean;
  openEnd: boolean;
}

/** The visible time range and its width in pixels. */
export interface AxisView {
  start: number;
  end: number;
  width: number;
}

/** How one edge of a span is drawn: crisp, softly faded (approximate) or fading out (open). */
export type EdgeStyle = "crisp" | "soft" | "open";

export type AxisGlyph =
  | {
      kind: "point";
      id: string;
      mark: AxisMark;
      /** Centre, px from the left of the plot. */
      x: number;
    }
  | {
      kind: "span";
      id: string;
      mark: AxisMark;
      x0: number;
      x1: number;
      /** 0 = centre line, 1 = above, 2 = below. */
      track: number;
      startEdge: EdgeStyle;
      endEdge: EdgeStyle;
    }
  | {
      kind: "cluster";
      /** Stable key: the first member's id. */
      id: string;
      ids: string[];
      x0: number;
      x1: number;
      /** Time extent of the members (finite), for "zoom to cluster". */
      start: number;
      end: number;
      /** 0 for clusters of points and short spans; 2 for spans that found no free track. */
      track: number;
    };
