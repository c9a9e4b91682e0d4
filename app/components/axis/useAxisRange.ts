"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TimeRange } from "@/lib/axis";

const ANIMATION_MS = 180;

/**
 * The visible time range, set at once (gestures) or eased over a few frames
 * (buttons, keys, zoom-to-cluster). Any direct set cancels a running ease.
 */
export function useAxisRange(initial: () => TimeRange) {
  const [range, setRangeState] = useState<TimeRange>(initial);
  const frame = useRef(0);
  const current = useRef(range);
  current.current = range;

  const cancel = useCallback(() => {
    if (frame.current) cancelAnimationFrame(frame.current);
    frame.current = 0;
  }, []);

  const setRange = useCallback(
    (update: (range: TimeRange) => TimeRange) => {
      cancel();
      setRangeState(update);
    },
    [cancel],
  );

  const animateTo = useCallback(
    (target: TimeRange) => {
      cancel();
      const from = current.current;
      const began = performance.now();
      // Ease the log of the span so zooming feels even at every scale.
      const spanFrom = Math.log(from.end - from.start);
      const spanTo = Math.log(target.end - target.start);
      const midFrom = (from.start + from.end) / 2;
      const midTo = (target.start + target.end) / 2;
      const step = (now: number) => {
        const t = Math.min((now - began) / ANIMATION_MS, 1);
        const e = 1 - (1 - t) ** 3;
        const span = Math.exp(spanFrom + (spanTo - spanFrom) * e);
        const mid = midFrom + (midTo - midFrom) * e;
        setRangeState(t === 1 ? target : { start: mid - span / 2, end: mid + span / 2 });
        frame.current = t === 1 ? 0 : requestAnimationFrame(step);
      };
      frame.current = requestAnimationFrame(step);
    },
    [cancel],
  );

  useEffect(() => cancel, [cancel]);

  return { range, setRange, animateTo, rangeRef: current };
}
