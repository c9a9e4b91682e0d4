import { type KeyboardEvent, type MouseEvent, memo } from "react";
import { type AxisGlyph, POINT_RADIUS_PX } from "@/lib/axis";
import { gradientId, haloId } from "./AxisDefs";

export interface GlyphHandlers {
  onActivate: (glyph: AxisGlyph) => void;
  onHover: (glyph: AxisGlyph | null, event?: MouseEvent) => void;
  onFocusGlyph: (glyph: AxisGlyph) => void;
  onGlyphKey: (glyph: AxisGlyph, event: KeyboardEvent) => void;
  onCreate?: (laneId: string, x: number) => void;
}

interface RowProps extends GlyphHandlers {
  laneId: string;
  laneIndex: number;
  color: string;
  y: number;
  height: number;
  width: number;
  glyphs: AxisGlyph[];
  selectedId: string | null;
  /** Entries with a claim where accounts differ: flagged above their glyph. */
  disputedIds: ReadonlySet<string>;
  /** The glyph that takes Tab focus (roving tabindex), as "item:<id>" or "cluster:<id>". */
  tabKey: string | null;
  label: (glyph: AxisGlyph) => string;
}

export function glyphKey(glyph: AxisGlyph): string {
  return `${glyph.kind === "cluster" ? "cluster" : "item"}:${glyph.id}`;
}

/** Vertical centre of a track: 0 = middle, 1 = above, 2 = below. */
function trackY(track: number, height: number): number {
  const offset = height * 0.3;
  return height / 2 + (track === 1 ? -offset : track === 2 ? offset : 0);
}

/** A small flag above a glyph whose entry has accounts that differ. */
function DisputeFlag({ x, y }: { x: number; y: number }) {
  return (
    <path
      data-testid="axis-dispute"
      d={`M${x} ${y}v-9h5.5l-1.6 2.2 1.6 2.3H${x}`}
      className="pointer-events-none fill-warning stroke-warning"
      strokeWidth={1}
      strokeLinejoin="round"
    />
  );
}

/** One lane's row of the plot: background (double-click to add), then its glyphs. */
export const AxisLaneRow = memo(function AxisLaneRow(props: RowProps) {
  const { laneId, y, height, width, glyphs, onCreate } = props;
  return (
    <g data-lane-id={laneId} transform={`translate(0 ${y})`}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the keyboard route is the lane label's "+" button */}
      <rect
        width={width}
        height={height}
        className="fill-transparent"
        onDoubleClick={
          onCreate
            ? (event) => {
                const box = (event.currentTarget as SVGRectElement).getBoundingClientRect();
                onCreate(laneId, event.clientX - box.left);
              }
            : undefined
        }
      />
      <line
        x1={0}
        x2={width}
        y1={height / 2}
        y2={height / 2}
        className="pointer-events-none stroke-line"
        strokeWidth={1}
      />
      {glyphs.map((glyph) => (
        <Glyph key={glyphKey(glyph)} glyph={glyph} {...props} />
      ))}
    </g>
  );
});

function Glyph({
  glyph,
  laneIndex,
  color,
  height,
  width,
  selectedId,
  disputedIds,
  tabKey,
  label,
  onActivate,
  onHover,
  onFocusGlyph,
  onGlyphKey,
}: RowProps & { glyph: AxisGlyph }) {
  const key = glyphKey(glyph);
  const selected =
    selectedId !== null &&
    (glyph.kind === "cluster" ? glyph.ids.includes(selectedId) : glyph.id === selectedId);
  const common = {
    role: "button",
    tabIndex: tabKey === key ? 0 : -1,
    "aria-label": label(glyph),
    "aria-pressed": glyph.kind === "cluster" ? undefined : selected,
    "data-glyph": key,
    className: "group cursor-pointer outline-none",
    onClick: () => onActivate(glyph),
    onKeyDown: (event: KeyboardEvent) => onGlyphKey(glyph, event),
    onFocus: () => onFocusGlyph(glyph),
    onMouseEnter: (event: MouseEvent) => onHover(glyph, event),
    onMouseLeave: () => onHover(null),
  };
  const ring = "fill-none stroke-accent opacity-0 group-focus-visible:opacity-100";
  const disputed =
    glyph.kind === "cluster"
      ? glyph.ids.some((id) => disputedIds.has(id))
      : disputedIds.has(glyph.id);

  if (glyph.kind === "point") {
    const cy = height / 2;
    const { approximate, uncertain } = glyph.mark;
    return (
      <g {...common} data-axis-item-id={glyph.id}>
        <circle cx={glyph.x} cy={cy} r={11} className="fill-transparent" />
        {approximate && <circle cx={glyph.x} cy={cy} r={11} fill={`url(#${haloId(laneIndex)})`} />}
        {selected && (
          <circle
            cx={glyph.x}
            cy={cy}
            r={8}
            className="fill-accent/15 stroke-accent"
            strokeWidth={2}
          />
        )}
        <circle
          cx={glyph.x}
          cy={cy}
          r={POINT_RADIUS_PX}
          fill={uncertain ? "#ffffff" : color}
          stroke={uncertain ? color : "#ffffff"}
          strokeWidth={uncertain ? 1.75 : 1.5}
          strokeDasharray={uncertain ? "2.2 1.6" : undefined}
        />
        <circle cx={glyph.x} cy={cy} r={10} className={ring} strokeWidth={2} />
        {disputed && <DisputeFlag x={glyph.x + 2} y={cy - 5} />}
      </g>
    );
  }

  if (glyph.kind === "span") {
    const bar = Math.max(5, Math.round(height * 0.2));
    const cy = trackY(glyph.track, height);
    const w = Math.max(glyph.x1 - glyph.x0, 2);
    const fuzzy = glyph.startEdge !== "crisp" || glyph.endEdge !== "crisp";
    const { uncertain } = glyph.mark;
    return (
      <g {...common} data-axis-item-id={glyph.id}>
        <rect x={glyph.x0} y={cy - 8} width={w} height={16} className="fill-transparent" />
        <rect
          x={glyph.x0}
          y={cy - bar / 2}
          width={w}
          height={bar}
          rx={bar / 2}
          fill={fuzzy ? `url(#${gradientId(laneIndex, glyph.startEdge, glyph.endEdge)})` : color}
          fillOpacity={uncertain ? 0.35 : glyph.track === 0 ? 0.55 : 0.8}
          stroke={uncertain ? color : "none"}
          strokeWidth={1.25}
          strokeDasharray={uncertain ? "4 3" : undefined}
        />
        {selected && (
          <rect
            x={glyph.x0 - 2}
            y={cy - bar / 2 - 2}
            width={w + 4}
            height={bar + 4}
            rx={bar / 2 + 2}
            className="fill-none stroke-accent"
            strokeWidth={2}
          />
        )}
        <rect
          x={glyph.x0 - 3}
          y={cy - bar / 2 - 3}
          width={w + 6}
          height={bar + 6}
          rx={bar / 2 + 3}
          className={ring}
          strokeWidth={2}
        />
        {disputed && <DisputeFlag x={glyph.x0 + 2} y={cy - bar / 2 - 1} />}
      </g>
    );
  }

  // A cluster: a faint band over its extent, and a count badge at the middle of what is visible.
  const overflow = glyph.track !== 0;
  const cy = overflow ? trackY(glyph.track, height) : height / 2;
  const h = overflow ? 14 : 18;
  const w = String(glyph.ids.length).length * 6.5 + (overflow ? 14 : 12);
  const mid = (Math.max(glyph.x0, 0) + Math.min(glyph.x1, width)) / 2;
  const x = mid - w / 2;
  return (
    <g {...common} data-axis-cluster={glyph.ids.length}>
      {!overflow && (
        <rect
          x={glyph.x0}
          y={cy - 3}
          width={Math.max(glyph.x1 - glyph.x0, 1)}
          height={6}
          rx={3}
          fill={color}
          fillOpacity={0.28}
        />
      )}
      <rect
        x={x}
        y={cy - h / 2}
        width={w}
        height={h}
        rx={h / 2}
        fill="#ffffff"
        stroke={color}
        strokeWidth={selected ? 2 : 1.25}
        strokeDasharray={overflow ? "3 2" : undefined}
        className={selected ? "stroke-accent" : undefined}
      />
      <text
        x={mid}
        y={cy}
        dy="0.35em"
        textAnchor="middle"
        className="fill-ink-soft text-[11px] font-semibold tabular-nums select-none"
      >
        {overflow ? `+${glyph.ids.length}` : glyph.ids.length}
      </text>
      <rect
        x={x - 3}
        y={cy - h / 2 - 3}
        width={w + 6}
        height={h + 6}
        rx={h / 2 + 3}
        className={ring}
        strokeWidth={2}
      />
      {disputed && <DisputeFlag x={x + w - 3} y={cy - h / 2} />}
    </g>
  );
}
