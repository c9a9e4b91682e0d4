"use client";

import { AVATAR_COLORS } from "@/lib/account";
import { Icon } from "../ui/Icon";

/** The avatar palette as native radio buttons (arrow keys move between them), drawn as swatches. */
export function ColorPicker({
  value,
  onChange,
  legend,
}: {
  value: string;
  onChange: (color: string) => void;
  legend: string;
}) {
  const current = value.toLowerCase();
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-ink-soft">{legend}</legend>
      <div className="grid w-fit grid-cols-8 gap-2">
        {AVATAR_COLORS.map((color, index) => (
          <label key={color} className="relative cursor-pointer" data-testid="avatar-color">
            <input
              type="radio"
              name="avatar-color"
              value={color}
              checked={color === current}
              onChange={() => onChange(color)}
              aria-label={`Colour ${index + 1} of ${AVATAR_COLORS.length}`}
              className="peer sr-only"
            />
            <span
              aria-hidden
              className="flex h-8 w-8 items-center justify-center rounded-full text-white opacity-90 ring-offset-2 ring-offset-surface transition-transform peer-checked:opacity-100 peer-checked:ring-2 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-4 peer-focus-visible:outline-accent hover:scale-110"
              style={{ background: color, ["--tw-ring-color" as string]: color }}
            >
              {color === current && <Icon name="check" />}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
