import { useEffect, useRef } from "react";
import type { AxisGlyph, AxisItem } from "@/lib/axis";
import { describeWhen } from "@/lib/dates";

export interface TooltipState {
  glyph: AxisGlyph;
  /** Anchor in plot pixels: the tooltip sits above this point. */
  x: number;
  y: number;
}

export interface ClusterListState {
  ids: string[];
  x: number;
  y: number;
}

const TOOLTIP_HALF_WIDTH = 130;
const LIST_LIMIT = 40;

function clampX(x: number, width: number): number {
  return Math.min(
    Math.max(x, TOOLTIP_HALF_WIDTH),
    Math.max(width - TOOLTIP_HALF_WIDTH, TOOLTIP_HALF_WIDTH),
  );
}

/** Title and readable date of the hovered or focused glyph. */
export function Tooltip({
  state,
  width,
  itemsById,
  describe,
}: {
  state: TooltipState;
  width: number;
  itemsById: ReadonlyMap<string, AxisItem>;
  describe: (glyph: AxisGlyph) => string;
}) {
  const { glyph } = state;
  const item = glyph.kind === "cluster" ? undefined : itemsById.get(glyph.id);
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-20 max-w-64 -translate-x-1/2 -translate-y-full rounded-md bg-ink px-2.5 py-1.5 text-xs text-white shadow-pop"
      style={{ left: clampX(state.x, width), top: state.y }}
    >
      {item ? (
        <>
          <div className="truncate font-semibold">{item.title || "Untitled"}</div>
          <div className="text-white/75">{describeWhen(item.when)}</div>
        </>
      ) : (
        <>
          <div className="font-semibold">{describe(glyph)}</div>
          <div className="text-white/75">Click to zoom in</div>
        </>
      )}
    </div>
  );
}

/**
 * The entries of a cluster that cannot be split by zooming (same day, or the
 * closest zoom already), to pick one from.
 */
export function ClusterList({
  state,
  width,
  itemsById,
  onPick,
  onClose,
}: {
  state: ClusterListState;
  width: number;
  itemsById: ReadonlyMap<string, AxisItem>;
  onPick: (id: string) => void;
  onClose: () => void;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    listRef.current?.querySelector("button")?.focus();
  }, []);
  const shown = state.ids.slice(0, LIST_LIMIT);
  return (
    <div
      ref={listRef}
      role="dialog"
      aria-label={`${state.ids.length} entries`}
      data-testid="axis-cluster-list"
      className="absolute z-30 w-64 -translate-x-1/2 rounded-lg border border-line bg-surface p-1 shadow-pop"
      style={{ left: clampX(state.x, width), top: state.y + 8 }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <ul className="max-h-60 overflow-y-auto">
        {shown.map((id) => {
          const item = itemsById.get(id);
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => onPick(id)}
                className="w-full rounded-md px-2 py-1.5 text-left hover:bg-sunken focus-visible:bg-sunken"
              >
                <span className="block truncate text-sm text-ink">{item?.title || "Untitled"}</span>
                <span className="block text-xs text-muted">{describeWhen(item?.when ?? "")}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {state.ids.length > shown.length && (
        <p className="px-2 py-1 text-xs text-muted">and {state.ids.length - shown.length} more</p>
      )}
    </div>
  );
}
