import { Skeleton } from "./components/ui/Skeleton";

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
