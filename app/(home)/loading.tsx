import { Skeleton } from "../components/ui/Skeleton";

/**
 * The home page's skeleton. It lives in this route group, not at the root:
 * a root loading.tsx would wrap every page in a Suspense boundary, so the
 * public pages (/p/…) would stream behind this skeleton, show nothing
 * without script, and could not answer 404 or 308 from the page.
 */
export default function HomeLoading() {
  return (
    <main className="mx-auto max-w-6xl px-6 pt-24" aria-busy="true" aria-label="Loading timelines">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="mt-3 h-4 w-80" />
      <div className="mt-8 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} className="h-36 rounded-xl" />
        ))}
      </div>
    </main>
  );
}
