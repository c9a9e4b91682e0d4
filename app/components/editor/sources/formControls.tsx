"use client";

import { forwardRef, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { cx } from "../../ui/cx";
import { FieldError, Label } from "../../ui/Input";
import { SelectChevron } from "../../ui/SelectChevron";

/** The look of the design system's Input, for the controls it does not have yet. */
const CONTROL =
  "w-full min-w-0 rounded-md border border-line-strong bg-surface text-base text-ink shadow-card placeholder:text-faint transition-colors focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none";
const INVALID = "border-danger! focus:ring-danger/15!";

export const Textarea = forwardRef<
  HTMLTextAreaElement,
  TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean }
>(function Textarea({ invalid, className, ...rest }, ref) {
  return (
    <textarea
      ref={ref}
      aria-invalid={invalid || undefined}
      className={cx(CONTROL, "block resize-y px-3 py-2", invalid && INVALID, className)}
      {...rest}
    />
  );
});

/** A native select with the shared chevron. */
export const Select = forwardRef<
  HTMLSelectElement,
  SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean; wrapperClassName?: string }
>(function Select({ invalid, className, wrapperClassName, children, ...rest }, ref) {
  return (
    <div className={cx("relative", wrapperClassName)}>
      <select
        ref={ref}
        aria-invalid={invalid || undefined}
        className={cx(CONTROL, "h-9 appearance-none pr-8 pl-3", invalid && INVALID, className)}
        {...rest}
      >
        {children}
      </select>
      <SelectChevron />
    </div>
  );
});

/** A labelled form field with an optional hint and an inline error (linked for screen readers). */
export function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className}>
      <Label htmlFor={id}>{label}</Label>
      {children}
      {error ? (
        <FieldError id={`${id}-error`}>{error}</FieldError>
      ) : (
        hint && (
          <p id={`${id}-hint`} className="mt-1.5 text-sm text-muted">
            {hint}
          </p>
        )
      )}
    </div>
  );
}

/** aria-describedby for a control inside `Field`. */
export function describedBy(id: string, error?: string, hint?: unknown): string | undefined {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}
