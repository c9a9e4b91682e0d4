import type { ScaleTime } from "d3-scale";
import { type Tick, tickLabelRoom } from "@/lib/axis";

/** Vertical gridlines behind the lane rows; major ticks (months, years, decades) a shade darker. */
export function AxisGrid({
  ticks,
  scale,
  height,
}: {
  ticks: readonly Tick[];
  scale: ScaleTime<number, number>;
  height: number;
}) {
  return (
    <g>
      {ticks.map((tick) => {
        const x = Math.round(scale(tick.t)) + 0.5;
        return (
          <line
            key={tick.t}
            x1={x}
            x2={x}
            y1={0}
            y2={height}
            className={tick.major ? "stroke-line-strong" : "stroke-line"}
            strokeDasharray={tick.major ? undefined : "2 3"}
          />
        );
      })}
    </g>
  );
}

/**
 * Tick labels under the rows, each just right of its gridline so it names the
 * period that follows; one that would run past the right edge is left out.
 */
export function AxisTickLabels({
  ticks,
  scale,
  width,
}: {
  ticks: readonly Tick[];
  scale: ScaleTime<number, number>;
  width: number;
}) {
  return (
    <svg width={width} height={24} aria-hidden="true" className="block overflow-hidden">
      {ticks.map((tick) => {
        const x = Math.round(scale(tick.t)) + 0.5;
        const fits = x + tickLabelRoom(tick.label) <= width;
        return (
          <g key={tick.t}>
            <line x1={x} x2={x} y1={0} y2={5} className="stroke-line-strong" />
            {fits && (
              <text
                x={x + 4}
                y={16}
                className={
                  tick.major
                    ? "fill-ink text-[11px] font-semibold tabular-nums"
                    : "fill-muted text-[11px] tabular-nums"
                }
              >
                {tick.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
