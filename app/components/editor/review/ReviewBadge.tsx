import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/review/protocol";
import { cx } from "../../ui/cx";
import { Icon, type IconName } from "../../ui/Icon";

const TONES: Record<ReviewStatus, { className: string; icon: IconName | null }> = {
  draft: { className: "border border-line bg-surface text-muted", icon: null },
  in_review: { className: "bg-accent-soft text-accent-strong", icon: "eye" },
  changes_requested: { className: "bg-danger-soft text-danger", icon: "edit" },
  approved: { className: "bg-success-soft text-success", icon: "check" },
  changed_since_approval: {
    className: "border border-warning/40 bg-warning-soft text-warning",
    icon: "alert",
  },
};

export interface ReviewBadgeProps {
  status: ReviewStatus;
  /** Said to screen readers and on hover, e.g. "approved by Rita Reviewer". */
  detail?: string;
  onClick?: () => void;
  className?: string;
}

/** An entry's review status: Draft, In review, Changes requested, Approved ✓, Changed since approval. */
export function ReviewBadge({ status, detail, onClick, className }: ReviewBadgeProps) {
  const tone = TONES[status];
  const label = REVIEW_STATUS_LABELS[status];
  const title = `Review: ${label}${detail ? `, ${detail}` : ""}`;
  const content = (
    <>
      {tone.icon && <Icon name={tone.icon} className="h-3.5 w-3.5" />}
      {label}
    </>
  );
  const classes = cx(
    "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap",
    tone.className,
    className,
  );
  if (!onClick) {
    return (
      <span data-testid="review-badge" data-status={status} title={title} className={classes}>
        <span className="sr-only">Review: </span>
        {content}
      </span>
    );
  }
  return (
    <button
      type="button"
      data-testid="review-badge"
      data-status={status}
      title={title}
      aria-label={title}
      onClick={onClick}
      className={cx(classes, "hover:brightness-95")}
    >
      {content}
    </button>
  );
}
