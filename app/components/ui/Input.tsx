import { forwardRef, type InputHTMLAttributes } from "react";
import { cx } from "./cx";

export interface InputProps extends InputHTMLAttributes<HTMLInputElement> {
  invalid?: boolean;
  /** Borderless until hovered or focused: for editing in place. */
  bare?: boolean;
}

export const Input = forwardRef<HTMLInputElement, InputProps>(function Input(
  { invalid, bare, className, ...rest },
  ref,
) {
  return (
    <input
      ref={ref}
      aria-invalid={invalid || undefined}
      className={cx(
        "w-full min-w-0 rounded-md text-base text-ink placeholder:text-faint transition-colors focus:outline-none",
        bare
          ? "border border-transparent bg-transparent px-1.5 py-0.5 hover:border-line focus:border-accent focus:bg-surface focus:ring-2 focus:ring-accent/15"
          : "h-9 border border-line-strong bg-surface px-3 shadow-card focus:border-accent focus:ring-2 focus:ring-accent/15",
        invalid && "border-danger! focus:ring-danger/15!",
        className,
      )}
      {...rest}
    />
  );
});

export function Label({ htmlFor, children }: { htmlFor?: string; children: React.ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="mb-1.5 block text-sm font-medium text-ink-soft">
      {children}
    </label>
  );
}

export function FieldError({ id, children }: { id?: string; children: React.ReactNode }) {
  return (
    <p id={id} role="alert" className="mt-1.5 text-sm text-danger">
      {children}
    </p>
  );
}
