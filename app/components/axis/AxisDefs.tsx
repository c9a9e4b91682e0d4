import type { EdgeStyle } from "@/lib/axis";

/** Fraction of a span's width over which an edge fades. */
const FADE: Record<EdgeStyle, number> = { crisp: 0, soft: 0.22, open: 0.6 };

export function gradientId(lane: number, startEdge: EdgeStyle, endEdge: EdgeStyle): string {
  return `axis-fade-${lane}-${startEdge}-${endEdge}`;
}

export function haloId(lane: number): string {
  return `axis-halo-${lane}`;
}

/**
 * Fills for fuzzy spans (edges fading to transparent) and halos for
 * approximate points, one per lane colour and edge combination in use.
 */
export function AxisDefs({
  colors,
  fades,
}: {
  colors: readonly string[];
  fades: ReadonlySet<string>;
}) {
  return (
    <defs>
      {colors.map((color, lane) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: gradients are addressed by row position
        <radialGradient key={`halo-${lane}`} id={haloId(lane)}>
          <stop offset="0.35" stopColor={color} stopOpacity={0.45} />
          <stop offset="1" stopColor={color} stopOpacity={0} />
        </radialGradient>
      ))}
      {[...fades].map((key) => {
        const [lane, startEdge, endEdge] = key.split(":") as [string, EdgeStyle, EdgeStyle];
        const color = colors[Number(lane)];
        const a = FADE[startEdge];
        const b = FADE[endEdge];
        return (
          <linearGradient
            key={key}
            id={gradientId(Number(lane), startEdge, endEdge)}
            x1="0"
            x2="1"
            y1="0"
            y2="0"
          >
            <stop offset="0" stopColor={color} stopOpacity={a ? 0 : 1} />
            <stop offset={a} stopColor={color} stopOpacity={1} />
            <stop offset={1 - b} stopColor={color} stopOpacity={1} />
            <stop offset="1" stopColor={color} stopOpacity={b ? 0 : 1} />
          </linearGradient>
        );
      })}
    </defs>
  );
}

export function fadeKey(lane: number, startEdge: EdgeStyle, endEdge: EdgeStyle): string {
  return `${lane}:${startEdge}:${endEdge}`;
}
