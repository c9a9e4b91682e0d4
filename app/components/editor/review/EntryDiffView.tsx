import { describeWhen } from "@/lib/dates";
import type { Lane, Source } from "@/lib/document";
import type { ClaimDiff, EntryDiff, TextPart, ValueChange } from "@/lib/review/diff";
import { shortReference } from "@/lib/sources";
import { cx } from "../../ui/cx";

export interface EntryDiffViewProps {
  diff: EntryDiff;
  lanes: readonly Lane[];
  sourcesById: ReadonlyMap<string, Source>;
  /** Long unchanged stretches of text are shortened to their edges. */
  compact?: boolean;
  className?: string;
  testId?: string;
}

/** Unchanged text longer than this is cut down to what surrounds the changes. */
const KEEP = 90;

const CHANGE_WORDS = { added: "added", removed: "removed", changed: "changed" } as const;

export function Inserted({ children }: { children: React.ReactNode }) {
  return (
    <ins
      data-diff="added"
      className="rounded-sm bg-success-soft text-success underline decoration-success/70 decoration-2 underline-offset-2"
    >
      <span className="sr-only">[added: </span>
      {children}
      <span className="sr-only">]</span>
    </ins>
  );
}

export function Deleted({ children }: { children: React.ReactNode }) {
  return (
    <del
      data-diff="removed"
      className="mr-0.5 rounded-sm bg-danger-soft text-danger line-through decoration-danger/70"
    >
      <span className="sr-only">[removed: </span>
      {children}
      <span className="sr-only">]</span>
    </del>
  );
}

/** Shortens a long unchanged part, keeping the text next to the changes around it. */
function trimSame(text: string, first: boolean, last: boolean): string {
  if (text.length <= KEEP * 2 + 20) return text;
  if (first && last) return `${text.slice(0, KEEP)} … ${text.slice(-KEEP)}`;
  if (first) return `… ${text.slice(-KEEP)}`;
  if (last) return `${text.slice(0, KEEP)} …`;
  return `${text.slice(0, KEEP)} … ${text.slice(-KEEP)}`;
}

/** Words as they read now, with insertions underlined in green and deletions struck through in red. */
export function TextDiff({ parts, compact }: { parts: TextPart[]; compact?: boolean }) {
  if (parts.every((part) => part.kind === "same")) {
    return <span className="text-muted italic">Only the formatting changed.</span>;
  }
  return (
    <>
      {parts.map((part, index) => {
        const key = `${index}:${part.kind}`;
        if (part.kind === "added") return <Inserted key={key}>{part.text}</Inserted>;
        if (part.kind === "removed") return <Deleted key={key}>{part.text}</Deleted>;
        const text = compact
          ? trimSame(part.text, index === 0, index === parts.length - 1)
          : part.text;
        return <span key={key}>{text}</span>;
      })}
    </>
  );
}

function Change({ change, show }: { change: ValueChange; show?: (value: string) => string }) {
  const read = show ?? ((value: string) => value);
  return (
    <>
      {change.before ? (
        <Deleted>{read(change.before)}</Deleted>
      ) : (
        <span className="text-faint">none</span>
      )}
      <span aria-hidden className="mx-1.5 text-faint">
        →
      </span>
      <span className="sr-only"> became </span>
      {change.after ? (
        <Inserted>{read(change.after)}</Inserted>
      ) : (
        <span className="text-faint">none</span>
      )}
    </>
  );
}

function Row({
  label,
  children,
  testId,
}: {
  label: string;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <div className="grid grid-cols-[4.5rem_minmax(0,1fr)] gap-x-2 py-1" data-testid={testId}>
      <dt className="pt-px text-xs font-medium tracking-wide text-muted uppercase">{label}</dt>
      <dd className="min-w-0 text-sm text-ink-soft">{children}</dd>
    </div>
  );
}

/** Source ids inside the diff's phrases, replaced by short references people can read. */
function withSourceNames(text: string, sourcesById: ReadonlyMap<string, Source>): string {
  let out = text;
  for (const [id, source] of sourcesById) {
    if (out.includes(id)) out = out.split(id).join(shortReference(source));
  }
  return out;
}

function ClaimLine({
  claim,
  sourcesById,
}: {
  claim: ClaimDiff;
  sourcesById: ReadonlyMap<string, Source>;
}) {
  return (
    <li className="py-0.5" data-testid="diff-claim" data-change={claim.change}>
      <span className="font-medium text-ink">
        {claim.change === "added" ? (
          <Inserted>“{claim.label}”</Inserted>
        ) : claim.change === "removed" ? (
          <Deleted>“{claim.label}”</Deleted>
        ) : (
          <>“{claim.label}”</>
        )}
      </span>{" "}
      <span className="text-muted">{CHANGE_WORDS[claim.change]}</span>
      {(claim.labelChange || claim.status || claim.variants.length > 0) && (
        <ul className="mt-0.5 ml-3 flex flex-col gap-0.5 border-l border-line pl-2.5 text-xs">
          {claim.labelChange && (
            <li>
              Label: <Change change={claim.labelChange} />
            </li>
          )}
          {claim.status && (
            <li>
              Verdict: <Change change={claim.status} />
            </li>
          )}
          {claim.change === "changed" &&
            claim.variants.map((variant) => (
              <li key={variant.variantId}>
                Account{" "}
                {variant.change === "added" ? (
                  <Inserted>{variant.value}</Inserted>
                ) : variant.change === "removed" ? (
                  <Deleted>{variant.value}</Deleted>
                ) : (
                  <span className="font-medium text-ink">{variant.value}</span>
                )}{" "}
                <span className="text-muted">{CHANGE_WORDS[variant.change]}</span>
                {variant.details.length > 0 && (
                  <span className="text-muted">
                    : {variant.details.map((d) => withSourceNames(d, sourcesById)).join("; ")}
                  </span>
                )}
              </li>
            ))}
          {claim.change !== "changed" && claim.variants.length > 0 && (
            <li className="text-muted">
              Accounts: {claim.variants.map((variant) => variant.value).join(" · ")}
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

/**
 * What changed in one entry between two versions: the title and the text
 * word by word (insertions underlined in green, deletions struck through in
 * red), and the date, lane, claims and citations that changed. Used for the
 * diff since approval and for comparing versions.
 */
export function EntryDiffView({
  diff,
  lanes,
  sourcesById,
  compact,
  className,
  testId = "entry-diff",
}: EntryDiffViewProps) {
  const laneName = (id: string) => lanes.find((lane) => lane.id === id)?.name ?? "a deleted lane";
  const unchanged =
    !diff.title &&
    !diff.body &&
    !diff.when &&
    !diff.laneId &&
    diff.claims.length === 0 &&
    diff.citations.length === 0;
  return (
    <dl
      data-testid={testId}
      className={cx("flex flex-col divide-y divide-line/70 leading-relaxed", className)}
    >
      {unchanged && (
        <p className="py-1 text-sm text-muted italic">The content is the same in both.</p>
      )}
      {diff.title && (
        <Row label="Title" testId="diff-title">
          <span className="font-medium text-ink">
            <TextDiff parts={diff.title} />
          </span>
        </Row>
      )}
      {diff.when && (
        <Row label="Date" testId="diff-when">
          <Change change={diff.when} show={(value) => describeWhen(value)} />
        </Row>
      )}
      {diff.laneId && (
        <Row label="Lane" testId="diff-lane">
          <Change change={diff.laneId} show={laneName} />
        </Row>
      )}
      {diff.body && (
        <Row label="Text" testId="diff-body">
          <span className="whitespace-pre-wrap">
            <TextDiff parts={diff.body} compact={compact} />
          </span>
        </Row>
      )}
      {diff.claims.length > 0 && (
        <Row label="Claims" testId="diff-claims">
          <ul>
            {diff.claims.map((claim) => (
              <ClaimLine key={claim.claimId} claim={claim} sourcesById={sourcesById} />
            ))}
          </ul>
        </Row>
      )}
      {diff.citations.length > 0 && (
        <Row label="Citations" testId="diff-citations">
          <ul>
            {diff.citations.map((citation, index) => {
              const source = sourcesById.get(citation.sourceId);
              const name = source ? shortReference(source) : "A deleted source";
              return (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: citation diffs have no id of their own.
                  key={index}
                  className="py-0.5"
                  data-testid="diff-citation"
                  data-change={citation.change}
                >
                  <span className="text-ink">{withSourceNames(name, sourcesById)}</span>{" "}
                  {citation.change === "added" && citation.after && (
                    <Inserted>{withSourceNames(citation.after, sourcesById)}</Inserted>
                  )}
                  {citation.change === "removed" && citation.before && (
                    <Deleted>{withSourceNames(citation.before, sourcesById)}</Deleted>
                  )}
                  {citation.change === "changed" && (
                    <Change
                      change={{ before: citation.before ?? "", after: citation.after ?? "" }}
                      show={(value) => withSourceNames(value, sourcesById)}
                    />
                  )}{" "}
                  <span className="text-muted">{CHANGE_WORDS[citation.change]}</span>
                </li>
              );
            })}
          </ul>
        </Row>
      )}
    </dl>
  );
}
