"use client";

import { type RefObject, useEffect, useRef } from "react";
import { panBy, type TimeRange, zoomAt } from "@/lib/axis";

type SetRange = (update: (range: TimeRange) => TimeRange) => void;

/** Movement (px) after which a press becomes a drag and its click is swallowed. */
const DRAG_THRESHOLD_PX = 4;

/**
 * Wheel, drag and pinch on the plot. Plain or ctrl+wheel (trackpad pinch)
 * zooms around the pointer; shift+wheel or a sideways swipe pans; one pointer
 * drags; two pointers pinch. Pointer capture starts only once a press turns
 * into a drag, so a plain click still reaches the glyph under it.
 */
export function useAxisGestures(
  plotRef: RefObject<HTMLDivElement | null>,
  setRange: SetRange,
  maxSpan: number,
  onGesture: () => void,
): void {
  const latest = useRef({ setRange, maxSpan, onGesture });
  latest.current = { setRange, maxSpan, onGesture };

  useEffect(() => {
    const el = plotRef.current;
    if (!el) return;
    const pointers = new Map<number, { x: number; y: number }>();
    let pressStart: { x: number; y: number } | null = null;
    let dragging = false;
    let swallowClick = false;

    const width = () => el.clientWidth;
    const localX = (clientX: number) => clientX - el.getBoundingClientRect().left;
    const apply = (update: (range: TimeRange) => TimeRange) => {
      latest.current.onGesture();
      latest.current.setRange(update);
    };

    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? width() : 1;
      const dx = event.deltaX * unit;
      const dy = event.deltaY * unit;
      const { maxSpan } = latest.current;
      if (event.shiftKey || Math.abs(dx) > Math.abs(dy)) {
        const delta = Math.abs(dx) > Math.abs(dy) ? dx : dy;
        apply((range) => panBy(range, delta, width(), maxSpan));
        return;
      }
      const factor = Math.exp(-dy * (event.ctrlKey ? 0.01 : 0.002));
      const x = localX(event.clientX);
      apply((range) => zoomAt(range, factor, x, width(), maxSpan));
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType === "mouse" && event.button !== 0) return;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pointers.size === 1) {
        pressStart = { x: event.clientX, y: event.clientY };
        dragging = false;
      }
    };

    const onPointerMove = (event: PointerEvent) => {
      const previous = pointers.get(event.pointerId);
      if (!previous) return;
      const { maxSpan } = latest.current;
      if (pointers.size >= 2) {
        const [a, b] = [...pointers.values()];
        const before = { mid: (a.x + b.x) / 2, dist: Math.hypot(a.x - b.x, a.y - b.y) };
        pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
        const [c, d] = [...pointers.values()];
        const after = { mid: (c.x + d.x) / 2, dist: Math.hypot(c.x - d.x, c.y - d.y) };
        startDrag(event.pointerId);
        if (before.dist > 0 && after.dist > 0) {
          const x = localX(after.mid);
          apply((range) =>
            zoomAt(
              panBy(range, before.mid - after.mid, width(), maxSpan),
              after.dist / before.dist,
              x,
              width(),
              maxSpan,
            ),
          );
        }
        return;
      }
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (!dragging && pressStart) {
        const moved = Math.hypot(event.clientX - pressStart.x, event.clientY - pressStart.y);
        if (moved < DRAG_THRESHOLD_PX) return;
        startDrag(event.pointerId);
      }
      const dx = event.clientX - previous.x;
      if (dx) apply((range) => panBy(range, -dx, width(), maxSpan));
    };

    const startDrag = (pointerId: number) => {
      if (!dragging) {
        dragging = true;
        el.dataset.dragging = "true";
      }
      if (!el.hasPointerCapture(pointerId)) el.setPointerCapture(pointerId);
    };

    const onPointerEnd = (event: PointerEvent) => {
      if (!pointers.delete(event.pointerId)) return;
      if (pointers.size === 0) {
        if (dragging) swallowClick = true;
        dragging = false;
        pressStart = null;
        delete el.dataset.dragging;
      }
    };

    const onClickCapture = (event: MouseEvent) => {
      if (!swallowClick) return;
      swallowClick = false;
      event.stopPropagation();
      event.preventDefault();
    };
    // A press that never turned into a drag leaves no flag behind.
    const onPointerDownReset = () => {
      swallowClick = false;
    };

    el.addEventListener("wheel", onWheel, { passive: false });
    el.addEventListener("pointerdown", onPointerDownReset, { capture: true });
    el.addEventListener("pointerdown", onPointerDown);
    el.addEventListener("pointermove", onPointerMove);
    el.addEventListener("pointerup", onPointerEnd);
    el.addEventListener("pointercancel", onPointerEnd);
    el.addEventListener("click", onClickCapture, { capture: true });
    el.addEventListener("dblclick", onClickCapture, { capture: true });
    return () => {
      el.removeEventListener("wheel", onWheel);
      el.removeEventListener("pointerdown", onPointerDownReset, { capture: true });
      el.removeEventListener("pointerdown", onPointerDown);
      el.removeEventListener("pointermove", onPointerMove);
      el.removeEventListener("pointerup", onPointerEnd);
      el.removeEventListener("pointercancel", onPointerEnd);
      el.removeEventListener("click", onClickCapture, { capture: true });
      el.removeEventListener("dblclick", onClickCapture, { capture: true });
    };
  }, [plotRef]);
}
