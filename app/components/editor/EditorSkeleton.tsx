import { Skeleton } from "../ui/Skeleton";

/** The editor's layout in grey while the document loads. */
export function EditorSkeleton({ title }: { title?: string }) {
  return (
    <section
      className="flex h-dvh flex-col"
      aria-busy="true"
      aria-label="Loading timeline"
      data-testid="editor-loading"
    >
      <div className="flex h-14 shrink-0 items-center gap-3 border-b border-line bg-surface px-4">
        <Skeleton className="h-7 w-28" />
        {title ? (
          <span className="truncate px-1.5 text-lg font-semibold text-ink">{title}</span>
        ) : (
          <Skeleton className="h-5 w-72" />
        )}
        <Skeleton className="ml-auto h-7 w-24 rounded-full" />
      </div>
      <div className="flex h-12 shrink-0 items-center gap-2 border-b border-line bg-surface px-4">
        <Skeleton className="h-8 w-72" />
        <Skeleton className="h-8 w-28" />
      </div>
      <div className="h-56 shrink-0 border-b border-line bg-surface p-4">
        <div className="flex h-full flex-col justify-around">
          {[0, 1, 2].map((row) => (
            <div key={row} className="flex items-center gap-4">
              <Skeleton className="h-4 w-24" />
              <Skeleton className="h-3 flex-1" />
            </div>
          ))}
        </div>
      </div>
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-3 px-6 pt-5">
        {[0, 1, 2].map((card) => (
          <div key={card} className="rounded-lg border border-line bg-surface p-4">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="mt-3 h-5 w-3/4" />
            <Skeleton className="mt-3 h-3 w-full" />
            <Skeleton className="mt-2 h-3 w-5/6" />
          </div>
        ))}
      </div>
    </section>
  );
}
