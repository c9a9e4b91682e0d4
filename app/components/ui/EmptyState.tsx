import { cx } from "./cx";
import { Icon, type IconName } from "./Icon";

/** Says what is missing and what to do next. */
export function EmptyState({
  icon,
  title,
  children,
  action,
  className,
  testId,
}: {
  icon: IconName;
  title: string;
  children?: React.ReactNode;
  action?: React.ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <div
      data-testid={testId}
      className={cx(
        "flex flex-col items-center rounded-xl border border-dashed border-line-strong bg-surface/60 px-6 py-12 text-center",
        className,
      )}
    >
      <span className="mb-4 flex h-11 w-11 items-center justify-center rounded-full bg-accent-soft text-accent">
        <Icon name={icon} className="h-5 w-5" />
      </span>
      <h2 className="text-lg font-semibold text-ink">{title}</h2>
      {children && <div className="mt-1.5 max-w-sm text-base text-muted">{children}</div>}
      {action && <div className="mt-5">{action}</div>}
    </div>
  );
}
