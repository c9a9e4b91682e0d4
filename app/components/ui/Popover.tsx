"use client";

import { useEffect, useRef } from "react";
import { cx } from "./cx";

export interface PopoverProps {
  open: boolean;
  onClose: () => void;
  /** The trigger and the panel share one wrapper, so clicks on either do not close it. */
  trigger: React.ReactNode;
  children: React.ReactNode;
  align?: "start" | "end";
  className?: string;
  label: string;
}

/** A small non-modal panel under its trigger; Escape or a click outside closes it. */
export function Popover({
  open,
  onClose,
  trigger,
  children,
  align = "start",
  className,
  label,
}: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.stopPropagation();
        onClose();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey, true);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey, true);
    };
  }, [open, onClose]);

  return (
    <div ref={ref} className="relative">
      {trigger}
      {open && (
        <div
          role="dialog"
          aria-label={label}
          className={cx(
            "absolute top-full z-40 mt-2 rounded-lg border border-line bg-surface p-3 shadow-pop",
            align === "end" ? "right-0" : "left-0",
            className,
          )}
        >
          {children}
        </div>
      )}
    </div>
  );
}
