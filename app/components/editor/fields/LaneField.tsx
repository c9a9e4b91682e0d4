"use client";

import { useId } from "react";
import type { Lane } from "@/lib/document";
import { Icon } from "../../ui/Icon";
import { SelectChevron } from "../../ui/SelectChevron";

export function LaneField({
  lanes,
  value,
  onChange,
  readOnly,
}: {
  lanes: Lane[];
  value: string;
  onChange: (laneId: string) => void;
  readOnly: boolean;
}) {
  const id = useId();
  const current = lanes.find((lane) => lane.id === value);
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="flex w-16 shrink-0 items-center gap-1.5 text-sm text-muted">
        <Icon name="lanes" className="h-3.5 w-3.5" />
        Lane
      </label>
      <div className="relative">
        <span
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-2.5 h-2.5 w-2.5 -translate-y-1/2 rounded-full"
          style={{ background: current?.color ?? "var(--color-faint)" }}
        />
        <select
          id={id}
          data-testid="entry-lane-select"
          value={current ? value : ""}
          disabled={readOnly}
          onChange={(event) => onChange(event.target.value)}
          className="h-8 appearance-none rounded-md border border-line-strong bg-surface pr-8 pl-7 text-sm text-ink focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none"
        >
          {!current && <option value="">No lane</option>}
          {lanes.map((lane) => (
            <option key={lane.id} value={lane.id}>
              {lane.name}
            </option>
          ))}
        </select>
        <SelectChevron />
      </div>
    </div>
  );
}
