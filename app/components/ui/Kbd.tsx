import { cx } from "./cx";

/** A key or key combination, e.g. <Kbd>⌘</Kbd><Kbd>K</Kbd>. */
export function Kbd({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <kbd
      className={cx(
        "inline-flex h-5 min-w-5 items-center justify-center rounded border border-line-strong border-b-2 bg-surface px-1 font-sans text-xs font-medium text-muted",
        className,
      )}
    >
      {children}
    </kbd>
  );
}
