"use client";

import { Button } from "./components/ui/Button";
import { EmptyState } from "./components/ui/EmptyState";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="mx-auto max-w-lg px-6 py-24">
      <EmptyState
        icon="alert"
        title="Something went wrong"
        action={
          <Button variant="primary" onClick={reset}>
            Try again
          </Button>
        }
      >
        The page could not be shown{error.digest ? ` (reference ${error.digest})` : ""}. Your work
        is saved in the timeline; try again in a moment.
      </EmptyState>
    </main>
  );
}
