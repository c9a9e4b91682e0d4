/**
 * "What changed": the entries added, removed and changed since the release
 * before this one (changed means the approved content differs), with the
 * release's public note, then every release of the timeline with its note,
 * each linked to its permanent address.
 */
import type { ReleaseSummary } from "@/db/queries/releases";
import { type ReleaseChanges, releaseChanges } from "@/lib/publish/changelog";
import { RELEASE_KIND_LABELS, type Release } from "@/lib/publish/release";
import { publicHref } from "../publicPath";
import { entryAnchor } from "./anchors";
import { formatDay } from "./format";

/** The parts of an entry a change touched, in words: "date, text and accounts". */
function touched(diff: ReleaseChanges["changed"][number]["diff"]): string {
  const parts = [
    diff.title && "title",
    diff.when && "date",
    diff.laneId && "lane",
    diff.body && "text",
    diff.citations.length > 0 && "notes",
    diff.claims.length > 0 && "accounts",
  ].filter((part): part is string => Boolean(part));
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

function EntryLinks({
  title,
  items,
  href,
  testId,
}: {
  title: string;
  items: { id: string; title: string; detail?: string }[];
  href: (id: string) => string;
  testId: string;
}) {
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h4 className="text-sm font-semibold text-ink">
        {title} <span className="font-normal text-muted">({items.length})</span>
      </h4>
      <ul className="mt-1 flex flex-col gap-0.5 text-base">
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={href(item.id)}
              className="text-accent underline decoration-accent/30 underline-offset-2 hover:decoration-accent"
            >
              {item.title || "Untitled entry"}
            </a>
            {item.detail && <span className="text-sm text-muted"> · {item.detail}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Changelog({
  slug,
  release,
  previous,
  summaries,
  latest,
  newTab,
}: {
  slug: string;
  release: Release;
  previous: Release | undefined;
  summaries: readonly ReleaseSummary[];
  latest: number;
  newTab?: boolean;
}) {
  const changes = previous ? releaseChanges(previous, release) : null;
  const unchanged =
    changes && !changes.added.length && !changes.removed.length && !changes.changed.length;
  const target = newTab ? "_blank" : undefined;
  return (
    <div className="flex flex-col gap-6">
      {previous && changes && (
        <div className="flex flex-col gap-4" data-testid="release-changes">
          <h3 className="text-lg font-semibold text-ink">
            What changed since release {previous.number}
          </h3>
          {release.note && (
            <p className="text-base text-ink-soft">
              <span className="font-semibold text-ink">{RELEASE_KIND_LABELS[release.kind]}:</span>{" "}
              {release.note}
            </p>
          )}
          {unchanged && <p className="text-base text-muted">No entry changed.</p>}
          <EntryLinks
            title="Added"
            testId="changes-added"
            items={changes.added}
            href={(id) => `#${entryAnchor(id)}`}
          />
          <EntryLinks
            title="Changed"
            testId="changes-changed"
            items={changes.changed.map((item) => ({ ...item, detail: touched(item.diff) }))}
            href={(id) => `#${entryAnchor(id)}`}
          />
          <EntryLinks
            title="Removed"
            testId="changes-removed"
            items={changes.removed.map((item) => ({
              ...item,
              detail: `as in release ${previous.number}`,
            }))}
            href={(id) => `${publicHref(slug, { number: previous.number })}#${entryAnchor(id)}`}
          />
        </div>
      )}
      <div>
        <h3 className="text-lg font-semibold text-ink">All releases</h3>
        <ol className="mt-2 flex flex-col divide-y divide-line" data-testid="release-list">
          {summaries.map((summary) => {
            const current = summary.number === release.number;
            return (
              <li key={summary.number} className="flex flex-col gap-0.5 py-2.5">
                <div className="flex flex-wrap items-baseline gap-x-2">
                  {current ? (
                    <span className="font-semibold text-ink" aria-current="page">
                      Release {summary.number}
                    </span>
                  ) : (
                    <a
                      href={publicHref(slug, {
                        number: summary.number === latest ? null : summary.number,
                      })}
                      target={target}
                      className="font-semibold text-accent underline decoration-accent/30 underline-offset-2 hover:decoration-accent"
                    >
                      Release {summary.number}
                    </a>
                  )}
                  <span className="text-sm text-muted">
                    {RELEASE_KIND_LABELS[summary.kind]} · {formatDay(summary.publishedAt)} ·{" "}
                    {summary.entryCount === 1 ? "1 entry" : `${summary.entryCount} entries`}
                    {current && " · shown here"}
                    {summary.number === latest && !current && " · latest"}
                  </span>
                </div>
                {summary.note && <p className="text-sm text-ink-soft">{summary.note}</p>}
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
