"use client";

import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { cx } from "../../ui/cx";
import { SelectChevron } from "../../ui/SelectChevron";

/** A compact select of roles, in the style of the filter bar's selects. */
export function RoleSelect({
  value,
  onChange,
  label,
  exclude = [],
  disabled,
  testId,
  className,
}: {
  value: Role;
  onChange: (role: Role) => void;
  label: string;
  exclude?: Role[];
  disabled?: boolean;
  testId?: string;
  className?: string;
}) {
  return (
    <div className={cx("relative shrink-0", className)}>
      <select
        aria-label={label}
        data-testid={testId}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as Role)}
        className="h-8 w-full appearance-none rounded-md border border-line-strong bg-surface pr-8 pl-2.5 text-sm text-ink focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none disabled:text-faint"
      >
        {ROLES.filter((role) => !exclude.includes(role)).map((role) => (
          <option key={role} value={role} title={ROLE_DESCRIPTIONS[role]}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      <SelectChevron />
    </div>
  );
}
