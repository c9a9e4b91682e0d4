import { type ButtonHTMLAttributes, forwardRef } from "react";
import { cx } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-accent text-white shadow-card hover:bg-accent-strong disabled:bg-accent/50",
  secondary:
    "bg-surface text-ink border border-line-strong shadow-card hover:bg-sunken disabled:text-faint",
  ghost: "text-ink-soft hover:bg-sunken hover:text-ink disabled:text-faint",
  danger: "bg-danger text-white shadow-card hover:bg-danger/90 disabled:bg-danger/50",
};

const SIZES: Record<ButtonSize, string> = {
  sm: "h-7 px-2 text-sm gap-1.5",
  md: "h-9 px-3.5 text-base gap-2",
};

const ICON_SIZES: Record<ButtonSize, string> = { sm: "h-7 w-7", md: "h-9 w-9" };

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** A square button holding only an icon; give it an aria-label. */
  icon?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = "secondary", size = "md", icon = false, className, type = "button", ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={cx(
        "inline-flex shrink-0 select-none items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed",
        VARIANTS[variant],
        icon ? ICON_SIZES[size] : SIZES[size],
        className,
      )}
      {...rest}
    />
  );
});
