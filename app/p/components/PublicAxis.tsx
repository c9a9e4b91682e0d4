/**
 * The time axis of a release, read-only and rendered on the server: one row
 * per lane, the editor's layout (`lib/axis`: points for days, spans for
 * longer dates, fuzzy where approximate, clusters where crowded), with each
 * mark a link to its entry. It is laid out once at a nominal width and
 * placed in percentages, so it needs no script and scales with the page;
 * on a narrow screen it scrolls sideways. Hover and keyboard focus show the
 * title and the readable date (CSS only).
 */
import type { CSSProperties } from "react";
import {
  type AxisGlyph,
  type AxisItem,
  buildRows,
  extentOf,
  fitRange,
  layoutLane,
  tickLabelRoom,
  ticksFor,
  UNASSIGNED_LANE_ID,
} from "@/lib/axis";
import { describeWhen } from "@/lib/dates";
import { entryAnchor } from "./anchors";
import { laneColor, type PublicLane } from "./lanes";

/** The nominal plot width the layout is computed at, px. */
const WIDTH = 960;
const MAX_TOOLTIP_TITLES = 4;
/**
 * The narrowest the plot gets before the axis scrolls instead: the axis's
 * `min-w-[40rem]` less the widest lane column (`sm:w-36`), px.
 */
const MIN_PLOT_PX = 496;
/** A tick label's room in nominal px, scaled so that it fits even on the narrowest plot. */
const labelRoom = (label: string) => (tickLabelRoom(label) * WIDTH) / MIN_PLOT_PX;

const monthYear = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  month: "short",
  year: "numeric",
});

function period(start: number, end: number): string {
  const a = monthYear.format(start);
  const b = monthYear.format(end);
  return a === b ? a : `${a} – ${b}`;
}

const pct = (x: number) => `${(Math.min(Math.max(x, 0), WIDTH) / WIDTH) * 100}%`;

interface Props {
  lanes: readonly PublicLane[];
  items: readonly AxisItem[];
  /** The release's publication time: the fallback range when nothing is dated. */
  now: number;
  /** Prefix for in-page links (empty on the page itself). */
  hrefBase?: string;
}

export function PublicAxis({ lanes, items, now, hrefBase = "" }: Props) {
  const { rows, undated } = buildRows(lanes, items);
  const extent = extentOf(rows);
  if (!extent) return null;
  const range = fitRange(extent, now);
  const view = { start: range.start, end: range.end, width: WIDTH };
  const ticks = ticksFor(range.start, range.end, WIDTH);
  const byId = new Map(items.map((item) => [item.id, item]));
  const laneById = new Map(lanes.map((lane) => [lane.id, lane]));

  const label = (glyph: AxisGlyph) => {
    if (glyph.kind === "cluster") {
      const disputed = glyph.ids.filter((id) => byId.get(id)?.disputed).length;
      return `${glyph.ids.length} entries, ${period(glyph.start, glyph.end)}${
        disputed ? `, ${disputed} where accounts differ` : ""
      }`;
    }
    const item = byId.get(glyph.id);
    return `${item?.title || "Untitled entry"}, ${describeWhen(item?.when ?? "")}${
      item?.disputed ? ", accounts differ" : ""
    }`;
  };

  return (
    <div
      className="public-axis overflow-x-auto rounded-lg border border-line bg-surface shadow-card"
      data-testid="public-axis"
    >
      <div className="min-w-[40rem]">
        <div className="flex items-center justify-between gap-3 border-b border-line px-3 py-2 text-sm">
          <span className="font-medium text-ink-soft">{period(range.start, range.end)}</span>
          <span className="text-xs text-muted">
            {undated > 0 && `${undated} undated · `}
            <span aria-hidden="true">⚑</span> accounts differ
          </span>
        </div>
        {rows.map((row, index) => {
          const lane = laneById.get(row.laneId);
          const color = laneColor(lane);
          const glyphs = layoutLane(row.marks, view);
          return (
            <div
              key={row.laneId || "unassigned"}
              className="flex border-b border-line/60 last:border-b-0"
              data-lane-id={row.laneId}
            >
              <div
                className="flex w-32 shrink-0 items-center border-r border-line px-3 sm:w-36"
                title={lane?.name}
              >
                <span
                  className="mr-1.5 h-2 w-2 shrink-0 rounded-full"
                  style={{ backgroundColor: color }}
                  aria-hidden="true"
                />
                <span
                  className={`truncate text-sm font-medium text-ink-soft ${row.laneId === UNASSIGNED_LANE_ID ? "italic" : ""}`}
                >
                  {lane?.name ?? "No lane"}
                </span>
              </div>
              <div className="relative h-11 min-w-0 flex-1">
                <div className="absolute inset-x-0 top-1/2 h-px bg-line" aria-hidden="true" />
                {ticks.ticks.map((tick) => (
                  <div
                    key={tick.t}
                    aria-hidden="true"
                    className={`absolute inset-y-0 w-px ${tick.major ? "bg-line-strong/70" : "bg-line/70"}`}
                    style={{
                      left: pct(((tick.t - range.start) / (range.end - range.start)) * WIDTH),
                    }}
                  />
                ))}
                {glyphs.map((glyph) => (
                  <Mark
                    tipBelow={index === 0}
                    key={`${glyph.kind}:${glyph.id}`}
                    glyph={glyph}
                    color={color}
                    label={label(glyph)}
                    titles={(glyph.kind === "cluster" ? glyph.ids : [glyph.id]).map(
                      (id) => byId.get(id)?.title || "Untitled entry",
                    )}
                    disputed={(glyph.kind === "cluster" ? glyph.ids : [glyph.id]).some(
                      (id) => byId.get(id)?.disputed,
                    )}
                    href={`${hrefBase}#${entryAnchor(glyph.id)}`}
                  />
                ))}
              </div>
            </div>
          );
        })}
        <div className="flex border-t border-line" aria-hidden="true">
          <div className="flex w-32 shrink-0 items-center border-r border-line px-3 text-xs text-muted sm:w-36">
            {ticks.context}
          </div>
          <div className="relative h-6 min-w-0 flex-1 overflow-hidden" data-testid="axis-ticks">
            {ticks.ticks
              .map((tick) => ({
                tick,
                x: ((tick.t - range.start) / (range.end - range.start)) * WIDTH,
              }))
              // A label starts at its line; one too near the right edge would be cut off.
              .filter(({ tick, x }) => x <= WIDTH - labelRoom(tick.label))
              .map(({ tick, x }) => (
                <span
                  key={tick.t}
                  className={`absolute top-1 pl-1 text-[11px] whitespace-nowrap tabular-nums ${tick.major ? "font-semibold text-ink" : "text-muted"}`}
                  style={{ left: pct(x) }}
                >
                  {tick.label}
                </span>
              ))}
          </div>
        </div>
      </div>
    </div>
  );
}

function Mark({
  tipBelow,
  glyph,
  color,
  label,
  titles,
  disputed,
  href,
}: {
  tipBelow: boolean;
  glyph: AxisGlyph;
  color: string;
  label: string;
  titles: string[];
  disputed: boolean;
  href: string;
}) {
  const centre = glyph.kind === "point" ? glyph.x : (glyph.x0 + glyph.x1) / 2;
  const tooltipSide = centre > WIDTH * 0.6 ? "right-0" : "left-0";
  let position: CSSProperties;
  let shape: React.ReactNode;
  if (glyph.kind === "point") {
    const { approximate, uncertain } = glyph.mark;
    position = { left: pct(glyph.x), top: "50%" };
    shape = (
      <span
        className="axis-dot"
        data-approximate={approximate || undefined}
        style={{
          backgroundColor: uncertain ? "#ffffff" : color,
          borderColor: uncertain ? color : "#ffffff",
          borderStyle: uncertain ? "dashed" : "solid",
          boxShadow: approximate ? `0 0 0 4px ${color}33` : undefined,
        }}
      />
    );
  } else if (glyph.kind === "span") {
    const offset = glyph.track === 1 ? "28%" : glyph.track === 2 ? "72%" : "50%";
    const left = Math.max(glyph.x0, 0);
    const right = Math.min(glyph.x1, WIDTH);
    const fade = (edge: string) => (edge === "open" ? "40%" : edge === "soft" ? "18%" : "0%");
    const { uncertain } = glyph.mark;
    position = {
      left: pct(left),
      width: `${(Math.max(right - left, 2) / WIDTH) * 100}%`,
      top: offset,
    };
    shape = (
      <span
        className="axis-bar"
        style={{
          background: `linear-gradient(to right, transparent, ${color} ${fade(glyph.startEdge)}, ${color} calc(100% - ${fade(glyph.endEdge)}), transparent)`,
          opacity: uncertain ? 0.45 : glyph.track === 0 ? 0.7 : 0.85,
          outline: uncertain ? `1px dashed ${color}` : undefined,
        }}
      />
    );
  } else {
    const left = Math.max(glyph.x0, 0);
    const right = Math.min(glyph.x1, WIDTH);
    position = { left: pct((left + right) / 2), top: glyph.track === 0 ? "50%" : "72%" };
    shape = (
      <span className="axis-count" style={{ borderColor: color }}>
        {glyph.track === 0 ? glyph.ids.length : `+${glyph.ids.length}`}
      </span>
    );
  }
  const shown = titles.slice(0, MAX_TOOLTIP_TITLES);
  return (
    <a
      href={href}
      aria-label={label}
      className={`axis-mark axis-${glyph.kind}`}
      style={position}
      data-axis-mark={glyph.kind}
      data-disputed={disputed || undefined}
    >
      {shape}
      {disputed && (
        <span className="axis-flag" aria-hidden="true">
          ⚑
        </span>
      )}
      <span
        className={`axis-tip ${tooltipSide} ${tipBelow ? "top-full mt-1.5" : "bottom-full mb-1.5"}`}
        aria-hidden="true"
      >
        {label.replace(/, accounts differ$/, "")}
        {glyph.kind === "cluster" && (
          <span className="mt-0.5 block font-normal text-muted">
            {shown.join(" · ")}
            {titles.length > shown.length && " …"}
          </span>
        )}
      </span>
    </a>
  );
}
