import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "../components/ui/EmptyState";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Share link" };

const MESSAGES = {
  unknown: {
    title: "This share link does not work",
    body: "It may be mistyped or incomplete. Ask the person who shared it for a new link.",
  },
  revoked: {
    title: "This share link was revoked",
    body: "An owner of the timeline turned it off. Ask them for a new link.",
  },
  expired: {
    title: "This share link has expired",
    body: "Share links work for a limited time. Ask an owner of the timeline for a new one.",
  },
} as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where /join/<secret> sends a link that cannot be used, saying why. */
export default async function JoinProblemPage({ searchParams }: Props) {
  const raw = (await searchParams).problem;
  const key =
    typeof raw === "string" && raw in MESSAGES ? (raw as keyof typeof MESSAGES) : "unknown";
  const message = MESSAGES[key];
  return (
    <main className="mx-auto max-w-lg px-6 py-24" data-testid="join-refused">
      <EmptyState
        icon="link"
        title={message.title}
        action={
          <Link
            href="/"
            className="inline-flex h-9 items-center rounded-md bg-accent px-3.5 text-base font-medium text-white shadow-card hover:bg-accent-strong"
          >
            Back to timelines
          </Link>
        }
      >
        {message.body}
      </EmptyState>
    </main>
  );
}
