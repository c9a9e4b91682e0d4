/**
 * schema.org JSON-LD for a release's public page, so search engines and fact
 * checkers read it as what it is: a page (with its corrections) whose main
 * entity is a list of dated events, and a ClaimReview for every claim a
 * reader can rely on a verdict for (settled, or declared unresolvable).
 * Disputed and open claims have no verdict yet, so they get none.
 */
import type { Claim, CslName, Source } from "../document";
import { familyName } from "../sources";
import type { ReleaseLogItem } from "./changelog";
import { NOTE_REQUIRED, RELEASE_KIND_LABELS, type Release, type ReleaseEntry } from "./release";
import { bodyPlainText } from "./text";
import { isoDate, whenDates } from "./when";

export interface JsonLdOptions {
  /** The release's public URL; entries are `${url}#entry-<id>`. */
  url: string;
  /** The timeline's releases; corrections and clarifications become `correction`s. */
  changelog: readonly ReleaseLogItem[];
}

type Node = Record<string, unknown>;

const entryUrl = (url: string, entry: ReleaseEntry) => `${url}#entry-${entry.id}`;

/** A literal name is an institution's. */
const agent = (name: CslName) =>
  name.literal
    ? { "@type": "Organization", name: name.literal }
    : { "@type": "Person", name: [name.given, familyName(name)].filter(Boolean).join(" ") };

/** A cited source as a schema.org CreativeWork. */
function work(source: Source): Node {
  const [year, month, day] = source.issued?.["date-parts"]?.[0] ?? [];
  return {
    "@type": "CreativeWork",
    name: source.title,
    ...(source.author?.length ? { author: source.author.map(agent) } : {}),
    ...(year === undefined ? {} : { datePublished: isoDate({ year, month, day }) }),
    ...(source.URL ? { url: source.URL } : {}),
  };
}

function event(entry: ReleaseEntry, url: string): Node {
  const dates = whenDates(entry.when);
  const description = bodyPlainText(entry.body);
  return {
    "@type": "Event",
    "@id": entryUrl(url, entry),
    name: entry.title,
    ...(dates?.start ? { startDate: isoDate(dates.start) } : {}),
    ...(dates?.end ? { endDate: isoDate(dates.end) } : {}),
    ...(description ? { description } : {}),
    url: entryUrl(url, entry),
  };
}

function claimReview(
  entry: ReleaseEntry,
  claim: Claim,
  sources: ReadonlyMap<string, Source>,
  release: Release,
  url: string,
): Node {
  const accepted = claim.variants.find((variant) => variant.id === claim.acceptedVariantId);
  const cited = new Set(claim.variants.flatMap((v) => v.citations.map((c) => c.sourceId)));
  const appearance = [...cited].flatMap((id) => {
    const source = sources.get(id);
    return source ? [work(source)] : [];
  });
  return {
    "@type": "ClaimReview",
    url: entryUrl(url, entry),
    claimReviewed: claim.label,
    datePublished: release.publishedAt,
    author: { "@type": "Person", name: entry.approvedBy },
    reviewRating: {
      "@type": "Rating",
      alternateName: accepted ? `Settled: ${accepted.value}` : "Accounts differ",
      ...(claim.reason ? { ratingExplanation: claim.reason } : {}),
    },
    itemReviewed: {
      "@type": "Claim",
      ...(appearance.length ? { appearance } : {}),
    },
  };
}

/** Corrections and clarifications with their public notes, this release's included. */
function corrections(release: Release, log: readonly ReleaseLogItem[]): Node[] {
  const all = log.some((item) => item.number === release.number)
    ? log
    : [
        ...log,
        {
          number: release.number,
          kind: release.kind,
          note: release.note,
          publishedAt: release.publishedAt,
        },
      ];
  return all
    .filter((item) => NOTE_REQUIRED.has(item.kind))
    .map((item) => ({
      "@type": "CorrectionComment",
      name: `${RELEASE_KIND_LABELS[item.kind]} (release ${item.number})`,
      text: item.note,
      datePublished: item.publishedAt,
    }));
}

/** The release as a JSON-LD graph: the page, its list of events, and the claim reviews. */
export function releaseJsonLd(release: Release, opts: JsonLdOptions): object {
  const { url } = opts;
  const sources = new Map(release.sources.map((source) => [source.id, source]));
  const listId = `${url}#entries`;
  // ISO 8601 UTC times sort as text.
  const [firstPublished] = [
    release.publishedAt,
    ...opts.changelog.map((item) => item.publishedAt),
  ].sort();
  const fixes = corrections(release, opts.changelog);
  const reviews = release.entries.flatMap((entry) =>
    entry.claims
      .filter((claim) => claim.status === "settled" || claim.status === "unresolvable")
      .map((claim) => claimReview(entry, claim, sources, release, url)),
  );
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "WebPage",
        "@id": url,
        url,
        name: release.timeline.title,
        ...(release.timeline.description ? { description: release.timeline.description } : {}),
        version: String(release.number),
        datePublished: firstPublished,
        dateModified: release.publishedAt,
        mainEntity: { "@id": listId },
        ...(fixes.length ? { correction: fixes } : {}),
      },
      {
        "@type": "ItemList",
        "@id": listId,
        name: release.timeline.title,
        itemListOrder: "https://schema.org/ItemListOrderAscending",
        numberOfItems: release.entries.length,
        itemListElement: release.entries.map((entry, i) => ({
          "@type": "ListItem",
          position: i + 1,
          item: event(entry, url),
        })),
      },
      ...reviews,
    ],
  };
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&`
 * are written as \u escapes, so no text (a title holding `</script>`, say)
 * can close the script or open a comment, and U+2028/U+2029 are escaped for
 * old JavaScript parsers. It still parses to the same value.
 */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
