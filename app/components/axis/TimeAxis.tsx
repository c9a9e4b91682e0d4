"use client";

import { scaleUtc } from "d3-scale";
import {
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import {
  type AxisGlyph,
  type AxisItem,
  type AxisLane,
  buildRows,
  edtfDay,
  extentOf,
  fitRange,
  layoutLane,
  MIN_SPAN_MS,
  markTime,
  maxSpanFor,
  panBy,
  rangeAround,
  revealMark,
  ticksFor,
  UNASSIGNED_LANE_ID,
  zoomAt,
} from "@/lib/axis";
import { describeWhen } from "@/lib/dates";
import { cx } from "../ui/cx";
import { AxisDefs, fadeKey } from "./AxisDefs";
import { AxisLaneRow, glyphKey } from "./AxisLaneRow";
import { ClusterList, type ClusterListState, Tooltip, type TooltipState } from "./AxisPopups";
import { AxisGrid, AxisTickLabels } from "./AxisTicks";
import { useAxisGestures } from "./useAxisGestures";
import { useAxisRange } from "./useAxisRange";

export interface TimeAxisProps {
  lanes: readonly AxisLane[];
  items: readonly AxisItem[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Double-click on an empty spot of a row, or its "+" button, creates an entry on that day. */
  onCreateAt?: (laneId: string, edtfDay: string) => void;
  readOnly?: boolean;
  /** Total height in px; rows shrink or grow to fit it. Default: 44 px per row. */
  height?: number;
}

const LABEL_WIDTH = 148;
const TOOLBAR_HEIGHT = 40;
const TICKS_HEIGHT = 24;
const DEFAULT_ROW_HEIGHT = 44;
const UNASSIGNED_COLOR = "#9a9a92";
const monthYear = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  month: "short",
  year: "numeric",
});

function periodLabel(start: number, end: number): string {
  const a = monthYear.format(start);
  const b = monthYear.format(end);
  return a === b ? a : `${a} – ${b}`;
}

/**
 * The time axis of a timeline: one row per lane, entries as points (days)
 * or spans (months, years, intervals), fuzzy where the date is approximate or
 * uncertain, clustered when zoomed out. Zoom and pan with wheel, drag, pinch,
 * the buttons or the keyboard.
 */
export function TimeAxis({
  lanes,
  items,
  selectedId,
  onSelect,
  onCreateAt,
  readOnly = false,
  height,
}: TimeAxisProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [tooltip, setTooltip] = useState<TooltipState | null>(null);
  const [clusterList, setClusterList] = useState<ClusterListState | null>(null);
  const [tabKey, setTabKey] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const interacted = useRef(false);

  const { rows, undated } = useMemo(() => buildRows(lanes, items), [lanes, items]);
  const extent = useMemo(() => extentOf(rows), [rows]);
  const maxSpan = maxSpanFor(extent);
  const itemsById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const disputedIds = useMemo(
    () => new Set(items.filter((item) => item.disputed).map((item) => item.id)),
    [items],
  );
  const { range, setRange, animateTo, rangeRef } = useAxisRange(() => fitRange(extent));

  const rowMeta = useMemo(
    () =>
      rows.map((row, index) => {
        const lane = lanes.find((l) => l.id === row.laneId);
        return {
          laneId: row.laneId,
          index,
          name: lane ? lane.name : "Unassigned",
          color: lane?.color ?? UNASSIGNED_COLOR,
        };
      }),
    [rows, lanes],
  );

  const rowHeight = height
    ? Math.min(
        72,
        Math.max(
          26,
          Math.floor((height - TOOLBAR_HEIGHT - TICKS_HEIGHT) / Math.max(rows.length, 1)),
        ),
      )
    : DEFAULT_ROW_HEIGHT;
  const plotHeight = rowHeight * Math.max(rows.length, 1);

  // Measure the plot; everything is laid out in its pixels.
  useLayoutEffect(() => {
    const el = plotRef.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Fit the data once it first arrives, unless the reader has already moved the view.
  const extentKey = extent ? `${extent[0]}:${extent[1]}` : "";
  const fitted = useRef(extentKey !== "");
  useEffect(() => {
    if (fitted.current || !extentKey || interacted.current) return;
    fitted.current = true;
    const [lo, hi] = extentKey.split(":").map(Number);
    setRange(() => fitRange([lo, hi]));
  }, [extentKey, setRange]);

  const onGesture = useCallback(() => {
    interacted.current = true;
    setClusterList(null);
    setTooltip(null);
  }, []);
  useAxisGestures(plotRef, setRange, maxSpan, onGesture);

  const scale = useMemo(
    () =>
      scaleUtc()
        .domain([new Date(range.start), new Date(range.end)])
        .range([0, width]),
    [range.start, range.end, width],
  );
  const ticks = useMemo(
    () => (width > 0 ? ticksFor(range.start, range.end, width) : null),
    [range.start, range.end, width],
  );
  const layouts = useMemo(() => {
    if (width <= 0) return rows.map(() => [] as AxisGlyph[]);
    const view = { start: range.start, end: range.end, width };
    return rows.map((row) => layoutLane(row.marks, view).sort((a, b) => centreX(a) - centreX(b)));
  }, [rows, range.start, range.end, width]);

  const fades = useMemo(() => {
    const set = new Set<string>();
    layouts.forEach((glyphs, lane) => {
      for (const g of glyphs) {
        if (g.kind === "span" && (g.startEdge !== "crisp" || g.endEdge !== "crisp")) {
          set.add(fadeKey(lane, g.startEdge, g.endEdge));
        }
      }
    });
    return set;
  }, [layouts]);

  // Bring the selected entry into view when it changes (keeping the zoom).
  const selectedWhen = selectedId ? (itemsById.get(selectedId)?.when ?? null) : null;
  useEffect(() => {
    if (!selectedId || !selectedWhen) return;
    const time = markTime(selectedWhen);
    if (!time) return;
    const current = rangeRef.current;
    const next = revealMark(current, { id: selectedId, ...time });
    if (next !== current) animateTo(next);
  }, [selectedId, selectedWhen, animateTo, rangeRef]);

  // Roving tabindex: the focused glyph, else the selected one, else the first.
  const rendered = useMemo(() => {
    const keys = new Set<string>();
    let selectedKey: string | null = null;
    let firstKey: string | null = null;
    for (const glyphs of layouts) {
      for (const g of glyphs) {
        const key = glyphKey(g);
        keys.add(key);
        firstKey ??= key;
        if (
          selectedId &&
          !selectedKey &&
          (g.kind === "cluster" ? g.ids.includes(selectedId) : g.id === selectedId)
        )
          selectedKey = key;
      }
    }
    return { keys, selectedKey, firstKey };
  }, [layouts, selectedId]);
  const effectiveTabKey =
    tabKey && rendered.keys.has(tabKey) ? tabKey : (rendered.selectedKey ?? rendered.firstKey);

  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    const el = rootRef.current?.querySelector<SVGElement>(`[data-glyph="${CSS.escape(key)}"]`);
    if (el) {
      pendingFocus.current = null;
      el.focus();
    }
  });

  const zoomBy = useCallback(
    (factor: number) => {
      interacted.current = true;
      setClusterList(null);
      animateTo(zoomAt(rangeRef.current, factor, width / 2, width, maxSpan));
    },
    [animateTo, rangeRef, width, maxSpan],
  );
  const fitAll = useCallback(() => {
    interacted.current = true;
    setClusterList(null);
    animateTo(fitRange(extent));
  }, [animateTo, extent]);
  const panByFraction = useCallback(
    (fraction: number) => {
      interacted.current = true;
      animateTo(panBy(rangeRef.current, fraction * width, width, maxSpan));
    },
    [animateTo, rangeRef, width, maxSpan],
  );

  const activate = useCallback(
    (glyph: AxisGlyph) => {
      if (glyph.kind !== "cluster") {
        setClusterList(null);
        onSelect(glyph.id);
        return;
      }
      const target = rangeAround(glyph.start, glyph.end, maxSpan);
      const current = rangeRef.current;
      const span = current.end - current.start;
      const canZoom = span > MIN_SPAN_MS * 1.05 && target.end - target.start < span * 0.8;
      interacted.current = true;
      if (canZoom) {
        setClusterList(null);
        animateTo(target);
      } else {
        const row = layouts.findIndex((glyphs) => glyphs.includes(glyph));
        setClusterList({ ids: glyph.ids, x: centreX(glyph), y: row * rowHeight });
      }
    },
    [onSelect, maxSpan, rangeRef, animateTo, layouts, rowHeight],
  );

  // Readable dates are cached per `when`: every visible glyph needs one on every frame.
  const readable = useMemo(() => new Map<string, string>(), []);
  const describeGlyph = useCallback(
    (glyph: AxisGlyph) => {
      if (glyph.kind === "cluster") {
        const disputed = glyph.ids.filter((id) => itemsById.get(id)?.disputed).length;
        return `${glyph.ids.length} entries, ${periodLabel(glyph.start, glyph.end)}${disputed ? `, ${disputed} where accounts differ` : ""}`;
      }
      const item = itemsById.get(glyph.id);
      const when = item?.when ?? "";
      let date = readable.get(when);
      if (date === undefined) {
        date = describeWhen(when);
        if (readable.size > 20_000) readable.clear();
        readable.set(when, date);
      }
      return `${item?.title || "Untitled"}, ${date}${item?.disputed ? ", accounts differ" : ""}`;
    },
    [itemsById, readable],
  );

  const onHover = useCallback(
    (glyph: AxisGlyph | null, event?: MouseEvent) => {
      if (!glyph || !event || !plotRef.current) {
        setTooltip(null);
        return;
      }
      const box = plotRef.current.getBoundingClientRect();
      const row = layouts.findIndex((glyphs) => glyphs.includes(glyph));
      setTooltip({ glyph, x: event.clientX - box.left, y: row * rowHeight + 4 });
    },
    [layouts, rowHeight],
  );

  const onFocusGlyph = useCallback(
    (glyph: AxisGlyph) => {
      setTabKey(glyphKey(glyph));
      const row = layouts.findIndex((glyphs) => glyphs.includes(glyph));
      setTooltip({
        glyph,
        x: Math.min(Math.max(centreX(glyph), 0), width),
        y: row * rowHeight + 4,
      });
    },
    [layouts, rowHeight, width],
  );

  const focusGlyph = useCallback((glyph: AxisGlyph) => {
    const key = glyphKey(glyph);
    pendingFocus.current = key;
    setTabKey(key);
  }, []);

  const onGlyphKey = useCallback(
    (glyph: AxisGlyph, event: KeyboardEvent) => {
      const row = layouts.findIndex((glyphs) => glyphs.includes(glyph));
      if (row < 0) return;
      const glyphs = layouts[row];
      const at = glyphs.indexOf(glyph);
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        event.stopPropagation();
        activate(glyph);
      } else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
        event.preventDefault();
        event.stopPropagation();
        const next = glyphs[at + (event.key === "ArrowLeft" ? -1 : 1)];
        if (next && centreX(next) >= 0 && centreX(next) <= width) focusGlyph(next);
        else panByFraction(event.key === "ArrowLeft" ? -0.3 : 0.3);
      } else if (event.key === "ArrowUp" || event.key === "ArrowDown") {
        event.preventDefault();
        event.stopPropagation();
        const step = event.key === "ArrowUp" ? -1 : 1;
        for (let r = row + step; r >= 0 && r < layouts.length; r += step) {
          const candidates = layouts[r];
          if (!candidates.length) continue;
          const x = centreX(glyph);
          const nearest = candidates.reduce((best, g) =>
            Math.abs(centreX(g) - x) < Math.abs(centreX(best) - x) ? g : best,
          );
          focusGlyph(nearest);
          break;
        }
      } else if (event.key === "Escape") {
        setClusterList(null);
        rootRef.current?.focus();
      }
    },
    [layouts, activate, focusGlyph, panByFraction, width],
  );

  const onRootKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    const key = event.key;
    if (key === "+" || key === "=") zoomBy(1.6);
    else if (key === "-" || key === "_") zoomBy(1 / 1.6);
    else if (key === "0" || key === "Home") fitAll();
    else if (key === "Escape" && clusterList) setClusterList(null);
    else if (
      event.target === event.currentTarget &&
      (key === "ArrowLeft" || key === "ArrowRight")
    ) {
      panByFraction((key === "ArrowLeft" ? -1 : 1) * (event.shiftKey ? 0.6 : 0.2));
    } else return;
    event.preventDefault();
  };

  const createAtX = useCallback(
    (laneId: string, x: number) => {
      onCreateAt?.(laneId, edtfDay(scale.invert(x).getTime()));
    },
    [onCreateAt, scale],
  );
  const canCreate = Boolean(onCreateAt) && !readOnly;
  const centreDay = edtfDay((range.start + range.end) / 2);
  const span = range.end - range.start;

  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of controls, not a form fieldset
    <div
      ref={rootRef}
      data-testid="time-axis"
      role="group"
      aria-label="Time axis. Plus and minus zoom, arrow keys pan, 0 fits all entries; Tab reaches the entries."
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the axis itself takes zoom and pan keys
      tabIndex={0}
      onKeyDown={onRootKey}
      className="relative select-none rounded-lg border border-line bg-surface shadow-card"
    >
      <div
        className="flex items-center gap-3 border-b border-line px-3"
        style={{ height: TOOLBAR_HEIGHT }}
      >
        <span className="text-sm font-medium text-ink-soft">
          {periodLabel(range.start, range.end)}
        </span>
        {undated > 0 && (
          <span className="text-xs text-muted" data-testid="axis-undated">
            {undated} undated
          </span>
        )}
        <div className="ml-auto flex items-center gap-1">
          <AxisButton
            label="Zoom out"
            disabled={span >= maxSpan * 0.999}
            onClick={() => zoomBy(1 / 2)}
          >
            −
          </AxisButton>
          <AxisButton
            label="Zoom in"
            disabled={span <= MIN_SPAN_MS * 1.001}
            onClick={() => zoomBy(2)}
          >
            +
          </AxisButton>
          <AxisButton label="Fit all entries" onClick={fitAll} wide>
            Fit
          </AxisButton>
        </div>
      </div>
      <div className="flex">
        <div className="shrink-0 border-r border-line" style={{ width: LABEL_WIDTH }}>
          {rowMeta.map((row) => (
            <div
              key={row.laneId || "unassigned"}
              className="group/lane flex items-center gap-1.5 border-b border-line/60 pr-1 pl-3 last:border-b-0"
              style={{ height: rowHeight }}
            >
              <span
                className={cx(
                  "min-w-0 flex-1 truncate text-sm font-medium",
                  row.laneId === UNASSIGNED_LANE_ID && "italic",
                )}
                style={{ color: row.color }}
                title={row.name}
              >
                {row.name}
              </span>
              {canCreate && (
                <button
                  type="button"
                  aria-label={`Add an entry to ${row.name} on ${describeWhen(centreDay)}`}
                  title="Add an entry here (or double-click the row)"
                  onClick={() => onCreateAt?.(row.laneId, centreDay)}
                  className="h-6 w-6 shrink-0 rounded-md text-muted opacity-0 transition-opacity group-hover/lane:opacity-100 hover:bg-sunken hover:text-ink focus-visible:opacity-100"
                >
                  +
                </button>
              )}
            </div>
          ))}
          <div
            className="flex items-center border-t border-line px-3 text-xs text-muted"
            style={{ height: TICKS_HEIGHT }}
          >
            {ticks?.context}
          </div>
        </div>
        <div
          ref={plotRef}
          className="relative min-w-0 flex-1 cursor-grab overflow-hidden data-[dragging=true]:cursor-grabbing"
          style={{ touchAction: "pan-y" }}
        >
          <svg width={width} height={plotHeight} className="block" role="presentation">
            <AxisDefs colors={rowMeta.map((row) => row.color)} fades={fades} />
            {ticks && <AxisGrid ticks={ticks.ticks} scale={scale} height={plotHeight} />}
            {rowMeta.map((row) => (
              <AxisLaneRow
                key={row.laneId || "unassigned"}
                laneId={row.laneId}
                laneIndex={row.index}
                color={row.color}
                y={row.index * rowHeight}
                height={rowHeight}
                width={width}
                glyphs={layouts[row.index]}
                selectedId={selectedId}
                disputedIds={disputedIds}
                tabKey={effectiveTabKey}
                label={describeGlyph}
                onActivate={activate}
                onHover={onHover}
                onFocusGlyph={onFocusGlyph}
                onGlyphKey={onGlyphKey}
                onCreate={canCreate ? createAtX : undefined}
              />
            ))}
          </svg>
          <div className="border-t border-line" style={{ height: TICKS_HEIGHT }}>
            {ticks && <AxisTickLabels ticks={ticks.ticks} scale={scale} width={width} />}
          </div>
          {tooltip && !clusterList && (
            <Tooltip state={tooltip} width={width} itemsById={itemsById} describe={describeGlyph} />
          )}
          {clusterList && (
            <ClusterList
              state={clusterList}
              width={width}
              itemsById={itemsById}
              onPick={(id) => {
                setClusterList(null);
                onSelect(id);
              }}
              onClose={() => setClusterList(null)}
            />
          )}
        </div>
      </div>
    </div>
  );
}

function centreX(glyph: AxisGlyph): number {
  return glyph.kind === "point" ? glyph.x : (glyph.x0 + glyph.x1) / 2;
}

function AxisButton({
  label,
  onClick,
  disabled,
  wide,
  children,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  wide?: boolean;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
      className={cx(
        "inline-flex h-7 items-center justify-center rounded-md border border-line-strong bg-surface text-sm font-medium text-ink-soft hover:bg-sunken hover:text-ink disabled:cursor-not-allowed disabled:text-faint disabled:hover:bg-surface",
        wide ? "px-2.5" : "w-7",
      )}
    >
      {children}
    </button>
  );
}
