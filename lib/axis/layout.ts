/**
 * Lays out one lane's marks for the current view: culls what is off screen,
 * merges points that crowd each other into clusters, and stacks wide spans
 * into tracks. Pure and allocation-light: it runs on every frame of a gesture.
 */
import type { AxisGlyph, AxisMark, AxisView, EdgeStyle } from "./types";

/** Marks this close (px) or overlapping merge into one cluster. */
export const CLUSTER_GAP_PX = 10;
/** Radius of a point, px. */
export const POINT_RADIUS_PX = 4.5;
/** Spans narrower than this (px) behave like points: they cluster instead of stacking. */
export const WIDE_SPAN_PX = 14;
/** Span tracks per lane: centre line, above, below. */
export const SPAN_TRACKS = 3;
/** Gap between two spans sharing a track, px. */
const TRACK_GAP_PX = 3;
/** Marks are kept this far (px) beyond both edges, so nothing pops in at the border. */
export const CULL_MARGIN_PX = 40;

interface Extent {
  mark: AxisMark;
  x0: number;
  x1: number;
}

/**
 * Pixel extents of the marks that touch the view (plus margin), in start
 * order. Open ends reach just past the view's edge; spans are clipped to it.
 */
export function visibleExtents(marks: readonly AxisMark[], view: AxisView): Extent[] {
  const { start, end, width } = view;
  const k = width / (end - start);
  const left = -CULL_MARGIN_PX;
  const right = width + CULL_MARGIN_PX;
  const out: Extent[] = [];
  for (const mark of marks) {
    const rawX0 = mark.openStart ? left : (mark.start - start) * k;
    if (rawX0 > right) {
      if (mark.openStart) continue;
      break; // marks are sorted by start: the rest are off to the right
    }
    const rawX1 = mark.openEnd ? right : (mark.end - start) * k;
    if (rawX1 < left) continue;
    out.push({ mark, x0: Math.max(rawX0, left), x1: Math.min(rawX1, right) });
  }
  return out;
}

function edge(mark: AxisMark, open: boolean, clipped: boolean): EdgeStyle {
  if (open) return "open";
  return mark.approximate && !clipped ? "soft" : "crisp";
}

/** Glyphs for one lane: points, spans with a track, and clusters. */
export function layoutLane(marks: readonly AxisMark[], view: AxisView): AxisGlyph[] {
  const extents = visibleExtents(marks, view);
  const left = -CULL_MARGIN_PX;
  const right = view.width + CULL_MARGIN_PX;
  const compact: Extent[] = [];
  const wide: Extent[] = [];
  for (const e of extents) {
    if (!e.mark.point && e.x1 - e.x0 >= WIDE_SPAN_PX) wide.push(e);
    else {
      // A point occupies its dot, not its whole day; a short span at least a dot.
      const centre = (e.x0 + e.x1) / 2;
      const x0 = centre - POINT_RADIUS_PX;
      const x1 = centre + POINT_RADIUS_PX;
      compact.push(
        e.mark.point
          ? { mark: e.mark, x0, x1 }
          : { mark: e.mark, x0: Math.min(e.x0, x0), x1: Math.max(e.x1, x1) },
      );
    }
  }
  const glyphs: AxisGlyph[] = [];

  // Wide spans: first free track, in start order; those that find none overflow.
  const trackEnds = new Array<number>(SPAN_TRACKS).fill(Number.NEGATIVE_INFINITY);
  const overflow: Extent[] = [];
  for (const e of wide) {
    const track = trackEnds.findIndex((endX) => endX + TRACK_GAP_PX <= e.x0);
    if (track < 0) {
      overflow.push(e);
      continue;
    }
    trackEnds[track] = e.x1;
    glyphs.push({
      kind: "span",
      id: e.mark.id,
      mark: e.mark,
      x0: e.x0,
      x1: e.x1,
      track,
      startEdge: edge(e.mark, e.mark.openStart, e.x0 <= left),
      endEdge: edge(e.mark, e.mark.openEnd, e.x1 >= right),
    });
  }

  compact.sort((a, b) => a.x0 - b.x0);
  for (const group of sweep(compact)) {
    if (group.length === 1) {
      const e = group[0];
      glyphs.push(
        e.mark.point
          ? { kind: "point", id: e.mark.id, mark: e.mark, x: (e.x0 + e.x1) / 2 }
          : {
              kind: "span",
              id: e.mark.id,
              mark: e.mark,
              x0: e.x0,
              x1: e.x1,
              track: 0,
              startEdge: edge(e.mark, e.mark.openStart, false),
              endEdge: edge(e.mark, e.mark.openEnd, false),
            },
      );
    } else glyphs.push(cluster(group, 0));
  }
  for (const group of sweep(overflow)) glyphs.push(cluster(group, SPAN_TRACKS - 1));
  return glyphs;
}

/** Splits extents (sorted by x0) into runs where each touches the run so far within the gap. */
function sweep(sorted: readonly Extent[]): Extent[][] {
  const groups: Extent[][] = [];
  let current: Extent[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const e of sorted) {
    if (current.length && e.x0 > reach + CLUSTER_GAP_PX) {
      groups.push(current);
      current = [];
      reach = Number.NEGATIVE_INFINITY;
    }
    current.push(e);
    if (e.x1 > reach) reach = e.x1;
  }
  if (current.length) groups.push(current);
  return groups;
}

function cluster(group: readonly Extent[], track: number): AxisGlyph {
  let x0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  const ids: string[] = [];
  for (const e of group) {
    ids.push(e.mark.id);
    if (e.x0 < x0) x0 = e.x0;
    if (e.x1 > x1) x1 = e.x1;
    if (e.mark.start < start) start = e.mark.start;
    if (e.mark.end > end) end = e.mark.end;
  }
  return { kind: "cluster", id: ids[0], ids, x0, x1, start, end, track };
}
