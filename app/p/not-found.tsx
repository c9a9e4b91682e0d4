import { EmptyState } from "../components/ui/EmptyState";
import { Logo } from "../components/ui/Logo";

/** An unknown public address: no such slug, or no such release. */
export default function PublicNotFound() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24">
      <div className="mb-8 flex items-center justify-center gap-2.5">
        <Logo />
        <span className="text-sm font-semibold text-ink">Parallax</span>
      </div>
      <EmptyState icon="search" title="There is no published timeline here">
        The link may be mistyped, or this release number does not exist (yet). Check the address you
        were given.
      </EmptyState>
    </main>
  );
}
