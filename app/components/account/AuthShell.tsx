import Link from "next/link";
import { Logo } from "../ui/Logo";

/** The frame of the sign-in and sign-up pages: the mark, a card, and a way to the other page. */
export function AuthShell({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle: React.ReactNode;
  children: React.ReactNode;
  footer: React.ReactNode;
}) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <Link href="/" className="mb-8 flex items-center gap-2.5" aria-label="Parallax">
        <Logo />
        <span className="text-xl font-semibold tracking-tight">Parallax</span>
      </Link>
      <section className="w-full max-w-sm rounded-xl border border-line bg-surface p-6 shadow-card">
        <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
        <p className="mt-1 text-base text-muted">{subtitle}</p>
        <div className="mt-6">{children}</div>
      </section>
      <p className="mt-6 text-base text-muted">{footer}</p>
    </main>
  );
}
