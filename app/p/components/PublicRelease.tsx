/**
 * A release's public page: the header (title, release line, note), the
 * read-only axis, the entries year by year, the sources, what changed, the
 * downloads and (on the latest page) the embed snippet. Rendered on the
 * server from the frozen release; the only script is the copy button.
 */
import type { ReleaseSummary } from "@/db/queries/releases";
import type { AxisItem } from "@/lib/axis";
import { accountsDiffer, type Source } from "@/lib/document";
import { jsonLdScript, releaseJsonLd } from "@/lib/publish/jsonld";
import { RELEASE_KIND_LABELS, type Release } from "@/lib/publish/release";
import { whenGroup } from "@/lib/publish/when";
import { Logo } from "../../components/ui/Logo";
import { historyUpTo } from "../exportResponse";
import { type ExportFormat, publicHref } from "../publicPath";
import { Changelog } from "./Changelog";
import { CopyButton } from "./CopyButton";
import { EntryArticle, type EntryContext } from "./EntryArticle";
import { formatDay } from "./format";
import { PublicAxis } from "./PublicAxis";
import { SourcesList } from "./SourcesList";

export interface PublicReleaseProps {
  slug: string;
  release: Release;
  previous: Release | undefined;
  summaries: readonly ReleaseSummary[];
  /** Null on the latest page (/p/<slug>); the release number on /p/<slug>/v/<n>. */
  pinned: number | null;
  /** The latest release number (the latest page only: a numbered page never changes). */
  latest: number;
  /** https://host, for the embed snippet and JSON-LD. */
  origin: string;
}

/**
 * Consecutive entries under the same heading (entries are in chronological
 * order), each with its position in the release.
 */
export function groupByYear<T extends { when: string }>(entries: readonly T[]) {
  const groups: { heading: string; entries: { entry: T; position: number }[] }[] = [];
  entries.forEach((entry, position) => {
    const heading = whenGroup(entry.when);
    const last = groups[groups.length - 1];
    if (last?.heading === heading) last.entries.push({ entry, position });
    else groups.push({ heading, entries: [{ entry, position }] });
  });
  return groups;
}

export function axisItems(release: Release): AxisItem[] {
  return release.entries.map((entry) => ({
    id: entry.id,
    laneId: entry.laneId,
    when: entry.when,
    title: entry.title,
    disputed: entry.claims.some(accountsDiffer),
  }));
}

export function entryContext(release: Release, extra: Partial<EntryContext> = {}): EntryContext {
  return {
    lanes: new Map(release.lanes.map((lane) => [lane.id, lane])),
    sources: new Map<string, Source>(release.sources.map((source) => [source.id, source])),
    ...extra,
  };
}

/** "Release 3 · Published 6 December 2025 · Correction" */
export function ReleaseLine({ release }: { release: Release }) {
  return (
    <p className="text-sm text-muted" data-testid="release-line">
      <span className="font-medium text-ink-soft">Release {release.number}</span>
      {" · "}Published <time dateTime={release.publishedAt}>{formatDay(release.publishedAt)}</time>
      {" · "}
      {RELEASE_KIND_LABELS[release.kind]}
    </p>
  );
}

/** The note of a release; a correction or clarification is set apart. */
export function ReleaseNote({ release }: { release: Release }) {
  if (!release.note) return null;
  const notice = release.kind === "correction" || release.kind === "clarification";
  return (
    <div
      className={
        notice
          ? "mt-5 rounded-lg border border-warning/30 bg-warning-soft/70 px-4 py-3"
          : "mt-5 rounded-lg border border-line bg-surface px-4 py-3"
      }
      data-testid="release-note"
    >
      <p className="text-sm font-semibold text-ink">
        {notice ? RELEASE_KIND_LABELS[release.kind] : "Note"} in release {release.number}
      </p>
      <p className="mt-1 text-base whitespace-pre-line text-ink-soft">{release.note}</p>
    </div>
  );
}

const EXPORTS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: "json", label: "JSON", hint: "the complete release, re-importable" },
  { format: "csv", label: "CSV", hint: "one row per entry, for spreadsheets" },
  { format: "timelinejs.json", label: "TimelineJS", hint: "for Knight Lab's TimelineJS" },
  { format: "md", label: "Markdown", hint: "text with footnotes" },
];

function Section({
  id,
  title,
  children,
  className = "",
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={`scroll-mt-6 ${className}`}>
      <h2
        id={`${id}-heading`}
        className="border-b border-line pb-2 text-xl font-semibold tracking-tight text-ink"
      >
        {title}
      </h2>
      {children}
    </section>
  );
}

export function PublicRelease(props: PublicReleaseProps) {
  const { slug, release, previous, summaries, pinned, latest, origin } = props;
  const ctx = entryContext(release);
  const groups = groupByYear(release.entries);
  const disputed = release.entries.filter((entry) => entry.claims.some(accountsDiffer)).length;
  // A numbered page never changes, so it lists only the releases up to its own.
  const history = summaries.filter((summary) => summary.number <= release.number);
  const pageUrl = `${origin}${publicHref(slug, { number: pinned })}`;
  const embedUrl = `${origin}${publicHref(slug, { embed: true })}`;
  const snippet = `<iframe src="${embedUrl}" title="${release.timeline.title.replace(/[&"<>]/g, "")}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
  const jsonLd = releaseJsonLd(release, {
    url: pageUrl,
    changelog: historyUpTo(summaries, release.number),
  });

  return (
    <div className="min-h-dvh bg-paper">
      <script
        type="application/ld+json"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD, escaped by jsonLdScript (no "<", ">" or "&")
        dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }}
      />
      <a
        href="#entries"
        className="sr-only rounded-md bg-surface px-3 py-2 text-sm font-medium text-accent shadow-pop focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
      >
        Skip to the entries
      </a>
      <header className="border-b border-line bg-surface/80">
        <div className="mx-auto flex max-w-5xl items-center gap-2.5 px-5 py-3">
          <Logo />
          <span className="text-sm font-semibold text-ink">Parallax</span>
          <span className="text-sm text-muted">· Published timeline</span>
          <nav aria-label="On this page" className="ml-auto hidden text-sm sm:block">
            <ul className="flex gap-4">
              {[
                ["#entries", "Entries"],
                ["#sources", "Sources"],
                ["#changes", "Changes"],
                ["#downloads", "Downloads"],
              ].map(([href, label]) => (
                <li key={href}>
                  <a href={href} className="text-ink-soft hover:text-accent">
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>

      {pinned !== null && (
        <div className="border-b border-accent/20 bg-accent-soft" data-testid="older-release">
          <p className="mx-auto max-w-5xl px-5 py-2.5 text-sm text-ink-soft">
            This is the permanent copy of release {release.number}, as published on{" "}
            {formatDay(release.publishedAt)}. Later releases may have corrected it.{" "}
            <a
              href={publicHref(slug)}
              className="font-medium text-accent underline underline-offset-2"
            >
              Read the latest release
            </a>
          </p>
        </div>
      )}

      <main className="mx-auto max-w-5xl px-5 pb-24">
        <div className="mx-auto max-w-3xl pt-10 sm:pt-14">
          <ReleaseLine release={release} />
          <h1 className="mt-2 text-2xl font-semibold tracking-tight text-ink sm:text-[2rem] sm:leading-10">
            {release.timeline.title || "Untitled timeline"}
          </h1>
          {release.timeline.description && (
            <p className="mt-3 text-lg leading-relaxed text-ink-soft">
              {release.timeline.description}
            </p>
          )}
          <p className="mt-3 text-sm text-muted">
            {release.entries.length === 1 ? "1 entry" : `${release.entries.length} entries`}
            {" · "}
            {release.sources.length === 1 ? "1 source" : `${release.sources.length} sources`}
            {disputed > 0 && (
              <>
                {" · "}
                <span className="text-warning">
                  <span aria-hidden="true">⚑ </span>
                  accounts differ in {disputed === 1 ? "1 entry" : `${disputed} entries`}
                </span>
              </>
            )}
            {" · "}published by {release.publishedBy}
          </p>
          <ReleaseNote release={release} />
        </div>

        {release.entries.length > 0 && (
          <section aria-label="Time axis" className="mt-10">
            <PublicAxis
              lanes={release.lanes}
              items={axisItems(release)}
              now={Date.parse(release.publishedAt) || 0}
            />
          </section>
        )}

        <div className="mx-auto mt-12 flex max-w-3xl flex-col gap-14">
          <Section id="entries" title="Entries">
            {release.entries.length === 0 ? (
              <p className="py-6 text-base text-muted">This release has no entries.</p>
            ) : (
              groups.map((group) => (
                <div key={group.heading} className="mt-8 first:mt-6">
                  <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">
                    {group.heading}
                  </h3>
                  <div className="divide-y divide-line">
                    {group.entries.map(({ entry, position }) => (
                      <EntryArticle key={entry.id} entry={entry} position={position} ctx={ctx} />
                    ))}
                  </div>
                </div>
              ))
            )}
          </Section>

          <Section id="sources" title="Sources">
            <div className="mt-4">
              {release.sources.length ? (
                <SourcesList sources={release.sources} />
              ) : (
                <p className="text-base text-muted">This release cites no sources.</p>
              )}
            </div>
          </Section>

          <Section id="changes" title="Changes">
            <div className="mt-4">
              <Changelog
                slug={slug}
                release={release}
                previous={previous}
                summaries={history}
                latest={pinned === null ? latest : release.number}
              />
            </div>
          </Section>

          <Section id="downloads" title="Downloads">
            <p className="mt-3 text-base text-ink-soft">
              Release {release.number}, in the format you need. Each file holds the same entries,
              accounts and sources as this page.
            </p>
            <ul className="mt-3 grid gap-2 sm:grid-cols-2" data-testid="exports">
              {EXPORTS.map((item) => (
                <li key={item.format}>
                  <a
                    href={publicHref(slug, { number: pinned, export: item.format })}
                    download
                    className="flex flex-col rounded-lg border border-line bg-surface px-3.5 py-2.5 shadow-card hover:border-accent/40 hover:bg-accent-soft/40"
                  >
                    <span className="text-base font-medium text-accent">{item.label}</span>
                    <span className="text-sm text-muted">{item.hint}</span>
                  </a>
                </li>
              ))}
            </ul>
          </Section>

          {pinned === null && (
            <Section id="embed" title="Embed">
              <p className="mt-3 text-base text-ink-soft">
                Put this timeline on your own site. The embed always shows the latest release.
              </p>
              <pre
                id="embed-snippet"
                className="mt-3 overflow-x-auto rounded-lg border border-line bg-sunken px-3.5 py-3 font-mono text-sm whitespace-pre-wrap break-all text-ink"
                data-testid="embed-snippet"
              >
                {snippet}
              </pre>
              <div className="mt-2">
                <CopyButton targetId="embed-snippet" label="Copy the embed code" />
              </div>
            </Section>
          )}
        </div>
      </main>

      <footer className="border-t border-line">
        <p className="mx-auto max-w-5xl px-5 py-6 text-sm text-muted">
          Published with Parallax. Release {release.number}, published{" "}
          {formatDay(release.publishedAt)} by {release.publishedBy}. Every entry here was approved
          by a reviewer before publication.
        </p>
      </footer>
    </div>
  );
}
