import { EmptyState } from "../../components/ui/EmptyState";
import { Logo } from "../../components/ui/Logo";

/**
 * What an unpublished timeline's addresses show (with HTTP 410 Gone, set by
 * proxy.ts). It names nothing of the timeline: its owners withdrew it.
 */
export function Withdrawn({ compact = false }: { compact?: boolean }) {
  return (
    <main className={compact ? "px-4 py-10" : "mx-auto max-w-lg px-6 py-24"}>
      {!compact && (
        <div className="mb-8 flex items-center justify-center gap-2.5">
          <Logo />
          <span className="text-sm font-semibold text-ink">Parallax</span>
        </div>
      )}
      <EmptyState icon="lock" title="This timeline was withdrawn" testId="withdrawn">
        Its owners have unpublished it, so its releases are no longer public. If you need it, ask
        the people who published it. A link you have may work again if they publish it anew.
      </EmptyState>
    </main>
  );
}
