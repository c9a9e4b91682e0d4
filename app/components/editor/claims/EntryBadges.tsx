import type { EntryFlags } from "@/lib/document";
import { Icon } from "../../ui/Icon";

/** Header badges of an entry: where accounts differ, and whether anything is sourced at all. */
export function EntryBadges({ flags }: { flags: EntryFlags }) {
  return (
    <>
      {flags.disputed > 0 && (
        <span
          data-testid="disputed-badge"
          title={`${flags.disputed} claim${flags.disputed === 1 ? "" : "s"} where accounts differ`}
          className="inline-flex items-center gap-1 rounded-full bg-warning-soft px-2 py-0.5 text-xs font-medium whitespace-nowrap text-warning"
        >
          <Icon name="flag" />
          {flags.disputed} disputed
        </span>
      )}
      {flags.unsourced && (
        <span
          data-testid="unsourced-badge"
          title="No citation in the text or in any claim"
          className="inline-flex items-center gap-1 rounded-full border border-danger/30 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-danger"
        >
          unsourced
        </span>
      )}
    </>
  );
}
