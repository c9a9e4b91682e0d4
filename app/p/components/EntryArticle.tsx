/**
 * One released entry as readers see it: readable date, lane, title, body
 * with numbered citation markers, "Accounts differ" for every disputed or
 * unresolvable claim (each variant with its value, note and sources), the
 * verdict of settled claims, and the numbered notes.
 *
 * A release may hold 5,000 entries, and Next sends every element twice
 * (as HTML and in the React Server Components payload), so the markup is
 * lean: short class names (the `pe-*` rules in app/globals.css), no
 * wrapper per text run, notes numbered by position.
 */
import { describeWhen } from "@/lib/dates";
import { accountsDiffer, type Citation, type Claim, type Source } from "@/lib/document";
import type { ReleaseEntry } from "@/lib/publish/release";
import { shortReference } from "@/lib/sources";
import { entryAnchor, noteId, noteRefId, sourceAnchor } from "./anchors";
import { laneColor, type PublicLane } from "./lanes";
import { footnotesOf, RichText } from "./RichText";

export interface EntryContext {
  lanes: ReadonlyMap<string, PublicLane>;
  sources: ReadonlyMap<string, Source>;
  /** Open outside links in a new tab (the embed). */
  newTab?: boolean;
  /** Prefix of links to the sources list, when it is on another page (the embed). */
  sourcesHref?: string;
  /** The entry title's heading level: 4 on the page (under the year), 3 in the embed. */
  level?: 3 | 4;
}

type Heading = "h3" | "h4" | "h5" | "h6";
const headingTag = (level: number) => `h${Math.min(level, 6)}` as Heading;

export function EntryArticle({
  entry,
  position,
  ctx,
}: {
  entry: ReleaseEntry;
  /** Its place in the release, from 0. */
  position: number;
  ctx: EntryContext;
}) {
  const { notes, citations } = footnotesOf(entry.body);
  const lane = ctx.lanes.get(entry.laneId);
  const differing = entry.claims.filter(accountsDiffer);
  const settled = entry.claims.filter(
    (claim) =>
      claim.status === "settled" && claim.variants.some((v) => v.id === claim.acceptedVariantId),
  );
  const level = ctx.level ?? 4;
  const Title = headingTag(level);
  return (
    <article id={entryAnchor(entry.id)} className="pe">
      <p className="pe-meta">
        <span className="pe-date" title={entry.when || undefined}>
          {describeWhen(entry.when)}
        </span>
        {lane && (
          <span className="pe-lane">
            <i style={{ background: laneColor(lane) }} />
            {lane.name}
          </span>
        )}
        {differing.length > 0 && (
          <span className="pe-flag">
            <span aria-hidden="true">⚑ </span>Accounts differ
          </span>
        )}
      </p>
      <Title className="pe-title">{entry.title || "Untitled entry"}</Title>
      <RichText
        body={entry.body}
        position={position}
        notes={notes}
        newTab={ctx.newTab}
        level={level}
      />
      {differing.map((claim) => (
        <AccountsDiffer key={claim.id} claim={claim} ctx={ctx} heading={headingTag(level + 1)} />
      ))}
      {settled.map((claim) => (
        <SettledClaim key={claim.id} claim={claim} ctx={ctx} heading={headingTag(level + 1)} />
      ))}
      {citations.length > 0 && (
        <ol className="pe-notes" aria-label="Notes">
          {citations.map((citation, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a note is its number; the body is frozen
            <li key={i} id={noteId(position, i + 1)}>
              <a href={`#${noteRefId(position, i + 1)}`} aria-label={`Note ${i + 1}, back to text`}>
                {i + 1}
              </a>
              <CitationText citation={citation} ctx={ctx} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

/** A citation as a short reference (linked to the sources list) with its quote. */
function CitationText({ citation, ctx }: { citation: Citation; ctx: EntryContext }) {
  const source = ctx.sources.get(citation.sourceId);
  const text = shortReference(source, citation);
  const outside = Boolean(ctx.sourcesHref && ctx.newTab);
  return (
    <span>
      {source ? (
        <a
          href={`${ctx.sourcesHref ?? ""}#${sourceAnchor(source.id)}`}
          className="pe-ref"
          target={outside ? "_blank" : undefined}
          rel={outside ? "noopener" : undefined}
        >
          {text}
        </a>
      ) : (
        text
      )}
      {citation.quote && <q className="pe-quote">{citation.quote}</q>}
    </span>
  );
}

function Citations({ citations, ctx }: { citations: Citation[]; ctx: EntryContext }) {
  if (citations.length === 0) return <p className="pe-cites pe-none">No source given.</p>;
  return (
    <ul className="pe-cites">
      {citations.map((citation) => (
        <li key={citation.id}>
          <CitationText citation={citation} ctx={ctx} />
        </li>
      ))}
    </ul>
  );
}

/** Every account of a disputed or unresolvable claim, side by side; none is picked. */
function AccountsDiffer({
  claim,
  ctx,
  heading: H,
}: {
  claim: Claim;
  ctx: EntryContext;
  heading: Heading;
}) {
  return (
    <div className="pe-box pe-differ" data-claim={claim.status}>
      <H>
        <b>
          <span aria-hidden="true">⚑ </span>Accounts differ:
        </b>{" "}
        {claim.label}
        {claim.status === "unresolvable" && <small>cannot be settled</small>}
      </H>
      <ul>
        {claim.variants.map((variant) => (
          <li key={variant.id} className="pe-variant">
            <strong>{variant.value}</strong>
            {variant.note && <p>{variant.note}</p>}
            <Citations citations={variant.citations} ctx={ctx} />
          </li>
        ))}
      </ul>
      {claim.reason && <p className="pe-reason">{claim.reason}</p>}
    </div>
  );
}

/** A settled claim: the accepted account and why; the others stay one click away. */
function SettledClaim({
  claim,
  ctx,
  heading: H,
}: {
  claim: Claim;
  ctx: EntryContext;
  heading: Heading;
}) {
  const accepted = claim.variants.find((variant) => variant.id === claim.acceptedVariantId);
  if (!accepted) return null;
  const others = claim.variants.filter((variant) => variant !== accepted);
  return (
    <div className="pe-box pe-settled">
      <H>
        <b>Settled:</b> {claim.label}
      </H>
      <div className="pe-variant">
        <strong>{accepted.value}</strong>
        {accepted.note && <p>{accepted.note}</p>}
        <Citations citations={accepted.citations} ctx={ctx} />
      </div>
      {claim.reason && <p className="pe-reason">{claim.reason}</p>}
      {others.length > 0 && (
        <details>
          <summary>
            {others.length === 1 ? "The other account" : `The ${others.length} other accounts`}
          </summary>
          <ul>
            {others.map((variant) => (
              <li key={variant.id} className="pe-variant">
                <strong>{variant.value}</strong>
                {variant.note && <p>{variant.note}</p>}
                <Citations citations={variant.citations} ctx={ctx} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
