import Link from "next/link";
import { EmptyState } from "./components/ui/EmptyState";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24">
      <EmptyState
        icon="search"
        title="This timeline does not exist"
        action={
          <Link
            href="/"
            className="inline-flex h-9 items-center rounded-md bg-accent px-3.5 text-base font-medium text-white shadow-card hover:bg-accent-strong"
          >
            Back to timelines
          </Link>
        }
      >
        It may have been deleted, or the link is mistyped.
      </EmptyState>
    </main>
  );
}
