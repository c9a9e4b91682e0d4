import { cx } from "./cx";

/** A shimmering placeholder block for loading states. */
export function Skeleton({ className }: { className?: string }) {
  return (
    <div
      aria-hidden
      className={cx(
        "animate-shimmer rounded-md bg-[linear-gradient(90deg,var(--color-sunken)_25%,#e9e9e5_50%,var(--color-sunken)_75%)] bg-[length:200%_100%]",
        className,
      )}
    />
  );
}
