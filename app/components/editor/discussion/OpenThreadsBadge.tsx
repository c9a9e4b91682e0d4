import { Icon } from "../../ui/Icon";

/** The number of open threads on an entry; opens the discussion of that entry. */
export function OpenThreadsBadge({ count, onOpen }: { count: number; onOpen: () => void }) {
  if (count === 0) return null;
  return (
    <button
      type="button"
      onClick={onOpen}
      data-testid="open-threads"
      title={`${count} open thread${count === 1 ? "" : "s"}`}
      aria-label={`${count} open thread${count === 1 ? "" : "s"}`}
      className="inline-flex items-center gap-1 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium whitespace-nowrap text-accent-strong hover:bg-accent/15"
    >
      <Icon name="chat" />
      {count}
    </button>
  );
}
