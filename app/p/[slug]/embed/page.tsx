import type { Metadata } from "next";
import { loadReferenceStyle } from "@/lib/sources";
import { EntryArticle } from "../../components/EntryArticle";
import { PublicAxis } from "../../components/PublicAxis";
import {
  axisItems,
  entryContext,
  groupByYear,
  ReleaseLine,
  ReleaseNote,
} from "../../components/PublicRelease";
import { Withdrawn } from "../../components/Withdrawn";
import { releaseForPage, releaseMetadata } from "../../pageHelpers";
import { publicHref } from "../../publicPath";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return releaseMetadata((await params).slug, null, true);
}

/**
 * The latest release, compact, for other sites' iframes (the one page
 * whose Content-Security-Policy allows framing): no chrome, and every link
 * that leaves the embed opens in a new tab.
 */
export default async function PublicEmbedPage({ params }: Props) {
  const found = await releaseForPage((await params).slug, null, true);
  if (found.state === "withdrawn") return <Withdrawn compact />;
  await loadReferenceStyle().catch(() => {});
  const { release, slug } = found;
  const full = publicHref(slug);
  const ctx = entryContext(release, { newTab: true, sourcesHref: full, level: 3 });
  return (
    <main className="bg-surface px-4 py-4 sm:px-5" data-testid="embed">
      <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight text-ink">
            <a
              href={full}
              target="_blank"
              rel="noopener"
              className="hover:text-accent hover:underline"
            >
              {release.timeline.title || "Untitled timeline"}
            </a>
          </h1>
          <ReleaseLine release={release} />
        </div>
        <a
          href={full}
          target="_blank"
          rel="noopener"
          className="shrink-0 text-sm font-medium text-accent underline underline-offset-2"
        >
          Open the full timeline<span aria-hidden="true"> ↗</span>
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </header>
      <ReleaseNote release={release} />
      {release.entries.length > 0 && (
        <section aria-label="Time axis" className="mt-4">
          <PublicAxis
            lanes={release.lanes}
            items={axisItems(release)}
            now={Date.parse(release.publishedAt) || 0}
          />
        </section>
      )}
      <section aria-label="Entries" className="mt-2">
        {groupByYear(release.entries).map((group) => (
          <div key={group.heading} className="mt-5">
            <h2 className="text-sm font-semibold tracking-wide text-muted uppercase">
              {group.heading}
            </h2>
            <div className="divide-y divide-line">
              {group.entries.map(({ entry, position }) => (
                <EntryArticle key={entry.id} entry={entry} position={position} ctx={ctx} />
              ))}
            </div>
          </div>
        ))}
      </section>
      <p className="mt-4 border-t border-line pt-3 text-sm text-muted">
        Published with Parallax.{" "}
        <a
          href={`${full}#sources`}
          target="_blank"
          rel="noopener"
          className="text-accent underline underline-offset-2"
        >
          Sources, changes and downloads<span className="sr-only"> (opens in a new tab)</span>
        </a>
      </p>
    </main>
  );
}
