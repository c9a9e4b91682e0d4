/**
 * Pure view arithmetic for the time axis: a view is a [start, end] time range
 * (ms, UTC); zooming keeps the instant under a given pixel fixed.
 */
import type { AxisMark } from "./types";

export const DAY_MS = 86_400_000;
export const YEAR_MS = 365.2425 * DAY_MS;
/** Closest zoom: four days across the axis. */
export const MIN_SPAN_MS = 4 * DAY_MS;
/** Farthest zoom: a millennium (or the whole timeline, if it is longer). */
export const MAX_SPAN_MS = 1000 * YEAR_MS;
/** Dates JavaScript can represent (±100,000,000 days from 1970). */
const LIMIT_MS = 8.64e15;

export interface TimeRange {
  start: number;
  end: number;
}

/** Keeps a range inside the zoom limits and the representable dates, preserving its centre. */
export function clampRange(range: TimeRange, maxSpan = MAX_SPAN_MS): TimeRange {
  let span = range.end - range.start;
  if (!Number.isFinite(span) || span <= 0) span = MIN_SPAN_MS;
  span = Math.min(Math.max(span, MIN_SPAN_MS), Math.max(maxSpan, MIN_SPAN_MS));
  let centre = (range.start + range.end) / 2;
  if (!Number.isFinite(centre)) centre = 0;
  centre = Math.min(Math.max(centre, -LIMIT_MS + span / 2), LIMIT_MS - span / 2);
  return { start: centre - span / 2, end: centre + span / 2 };
}

/**
 * Zooms by `factor` (> 1 zooms in) around the instant at `anchorX` px of a
 * plot `width` px wide. At a zoom limit the anchor stays put and the span stops.
 */
export function zoomAt(
  range: TimeRange,
  factor: number,
  anchorX: number,
  width: number,
  maxSpan = MAX_SPAN_MS,
): TimeRange {
  const span = range.end - range.start;
  const limit = Math.max(maxSpan, MIN_SPAN_MS);
  const nextSpan = Math.min(Math.max(span / factor, MIN_SPAN_MS), limit);
  const ratio = width > 0 ? Math.min(Math.max(anchorX / width, 0), 1) : 0.5;
  const anchor = range.start + span * ratio;
  return clampRange(
    { start: anchor - nextSpan * ratio, end: anchor - nextSpan * ratio + nextSpan },
    limit,
  );
}

/** Shifts the range by `dx` pixels (positive = later dates come into view). */
export function panBy(
  range: TimeRange,
  dx: number,
  width: number,
  maxSpan = MAX_SPAN_MS,
): TimeRange {
  if (width <= 0) return range;
  const shift = (dx / width) * (range.end - range.start);
  return clampRange({ start: range.start + shift, end: range.end + shift }, maxSpan);
}

/** A range showing [lo, hi] with a margin on both sides; a default range when there is nothing. */
export function fitRange(extent: [number, number] | null, now = Date.now()): TimeRange {
  if (!extent) return clampRange({ start: now - 10 * YEAR_MS, end: now + YEAR_MS });
  const [lo, hi] = extent;
  const pad = Math.max((hi - lo) * 0.05, DAY_MS);
  return clampRange({ start: lo - pad, end: hi + pad }, maxSpanFor(extent));
}

/** The farthest zoom allowed: a millennium, or the timeline's whole extent when wider. */
export function maxSpanFor(extent: [number, number] | null): number {
  if (!extent) return MAX_SPAN_MS;
  return Math.max(MAX_SPAN_MS, (extent[1] - extent[0]) * 1.2);
}

/**
 * The range after bringing a mark into view: unchanged if any of it is
 * visible, otherwise panned (same zoom) so the mark sits in the middle.
 */
export function revealMark(range: TimeRange, mark: AxisMark, maxSpan = MAX_SPAN_MS): TimeRange {
  const lo = mark.openStart ? Number.NEGATIVE_INFINITY : mark.start;
  const hi = mark.openEnd ? Number.POSITIVE_INFINITY : mark.end;
  const span = range.end - range.start;
  const margin = span * 0.02;
  if (hi >= range.start + margin && lo <= range.end - margin) return range;
  const centre = mark.openStart
    ? mark.end
    : mark.openEnd
      ? mark.start
      : (mark.start + mark.end) / 2;
  return clampRange({ start: centre - span / 2, end: centre + span / 2 }, maxSpan);
}

/** The range that shows a cluster's extent with some room around it. */
export function rangeAround(start: number, end: number, maxSpan = MAX_SPAN_MS): TimeRange {
  const pad = Math.max((end - start) * 0.15, DAY_MS);
  return clampRange({ start: start - pad, end: end + pad }, maxSpan);
}

/** The EDTF day (YYYY-MM-DD, signed four-digit year) containing an instant. */
export function edtfDay(ms: number): string {
  const date = new Date(Math.floor(ms / DAY_MS) * DAY_MS);
  const year = date.getUTCFullYear();
  const y = `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}`;
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
