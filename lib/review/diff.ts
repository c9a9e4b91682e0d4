/**
 * What changed in an entry between two versions, for reviewers. It reports a
 * difference exactly where the content hash sees one (`contentHash`): comment
 * marks never show, and a change of formatting, links or block types alone
 * gives a body diff whose parts are all `same` (the text did not change, the
 * body did).
 */
import { diffWordsWithSpace } from "diff";
import {
  BODY,
  type BodyNodeJson,
  bodyTextLines,
  type Citation,
  type Claim,
  type ClaimVariant,
  type EntryContent,
} from "../document";
import { canonicalBody, canonicalJson } from "./hash";

export type TextPart = { kind: "same" | "added" | "removed"; text: string };

export interface ValueChange {
  before: string;
  after: string;
}

export interface ClaimDiff {
  claimId: string;
  label: string;
  change: "added" | "removed" | "changed";
  /** The verdict: status, accepted value and reason, e.g. "settled on 639,776: archive count". */
  status: ValueChange | null;
  labelChange: ValueChange | null;
  variants: {
    variantId: string;
    value: string;
    change: "added" | "removed" | "changed";
    /** Short phrases, e.g. "value: 575,000 → 639,776", "citation added: <sourceId> page 38". */
    details: string[];
  }[];
}

/** A citation marker of the body; `before` and `after` describe it, e.g. "section 4". */
export interface CitationDiff {
  change: "added" | "removed" | "changed";
  sourceId: string;
  before?: string;
  after?: string;
}

/** null or empty means unchanged. */
export interface EntryDiff {
  title: TextPart[] | null;
  body: TextPart[] | null;
  when: ValueChange | null;
  laneId: ValueChange | null;
  claims: ClaimDiff[];
  citations: CitationDiff[];
}

type VariantDiff = ClaimDiff["variants"][number];
type CitationFields = Omit<Citation, "label"> & { label: string };

function words(before: string, after: string): TextPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

function valueChange(before: string, after: string): ValueChange | null {
  return before === after ? null : { before, after };
}

// ---- body -----------------------------------------------------------------

/**
 * The body as plain text: one line per text block, each citation marker
 * shown as `[n]`, its footnote number (1-based, in reading order).
 */
export function bodyText(body: BodyNodeJson[]): string {
  let footnote = 0;
  return bodyTextLines(body, () => `[${++footnote}]`).join("\n");
}

function bodyCitations(body: BodyNodeJson[]): CitationFields[] {
  const out: CitationFields[] = [];
  const walk = (nodes: BodyNodeJson[]) => {
    for (const node of nodes) {
      const attrs = node.attrs ?? {};
      const text = (key: string) => (typeof attrs[key] === "string" ? (attrs[key] as string) : "");
      if (node.type === BODY.citationNode && text("id")) {
        out.push({
          id: text("id"),
          sourceId: text("sourceId"),
          label: text("label") || "page",
          locator: text("locator"),
          quote: text("quote"),
        });
      }
      walk(node.content ?? []);
    }
  };
  walk(body);
  return out;
}

// ---- citations ----------------------------------------------------------------

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "section 4", "whole source", with the quoted passage when there is one. */
function place(citation: CitationFields): string {
  const where = citation.locator ? `${citation.label} ${citation.locator}` : "whole source";
  return citation.quote ? `${where}, “${shorten(citation.quote)}”` : where;
}

function sameCitation(a: CitationFields, b: CitationFields): boolean {
  return (
    a.sourceId === b.sourceId &&
    a.label === b.label &&
    a.locator === b.locator &&
    a.quote === b.quote
  );
}

/** Added, removed and changed citations, matched by id; `reordered` when the kept ones moved. */
function matchCitations(before: CitationFields[], after: CitationFields[]) {
  const old = new Map(before.map((c) => [c.id, c]));
  const kept = new Set(after.filter((c) => old.has(c.id)).map((c) => c.id));
  const order = (list: CitationFields[]) => list.filter((c) => kept.has(c.id)).map((c) => c.id);
  return {
    added: after.filter((c) => !old.has(c.id)),
    removed: before.filter((c) => !kept.has(c.id)),
    changed: after.flatMap((c) => {
      const prev = old.get(c.id);
      return prev && !sameCitation(prev, c) ? [{ before: prev, after: c }] : [];
    }),
    reordered: order(before).join("\n") !== order(after).join("\n"),
  };
}

/** Both sides of a change, naming the source on each when it changed. */
function describePair(before: CitationFields, after: CitationFields): ValueChange {
  const moved = before.sourceId !== after.sourceId;
  return {
    before: moved ? `${before.sourceId} ${place(before)}` : place(before),
    after: moved ? `${after.sourceId} ${place(after)}` : place(after),
  };
}

function diffBodyCitations(before: BodyNodeJson[], after: BodyNodeJson[]): CitationDiff[] {
  const { added, removed, changed } = matchCitations(bodyCitations(before), bodyCitations(after));
  return [
    ...changed.map((c) => ({
      change: "changed" as const,
      sourceId: c.after.sourceId,
      ...describePair(c.before, c.after),
    })),
    ...added.map((c) => ({ change: "added" as const, sourceId: c.sourceId, after: place(c) })),
    ...removed.map((c) => ({ change: "removed" as const, sourceId: c.sourceId, before: place(c) })),
  ];
}

// ---- claims -------------------------------------------------------------------

function citationDetails(before: Citation[], after: Citation[]): string[] {
  const { added, removed, changed, reordered } = matchCitations(before, after);
  const details = [
    ...changed.map(({ before: b, after: a }) => {
      const pair = describePair(b, a);
      const source = b.sourceId === a.sourceId ? `${a.sourceId} ` : "";
      return `citation changed: ${source}${pair.before} → ${pair.after}`;
    }),
    ...added.map((c) => `citation added: ${c.sourceId} ${place(c)}`),
    ...removed.map((c) => `citation removed: ${c.sourceId} ${place(c)}`),
  ];
  return reordered ? [...details, "citations reordered"] : details;
}

/** Variants matched by id. Positions are compared among the variants both sides have. */
function diffVariants(before: ClaimVariant[], after: ClaimVariant[]): VariantDiff[] {
  const old = new Map(before.map((v) => [v.id, v]));
  const kept = after.filter((v) => old.has(v.id)).map((v) => v.id);
  const oldKept = before.filter((v) => kept.includes(v.id)).map((v) => v.id);
  const out: VariantDiff[] = [];
  for (const variant of after) {
    const prev = old.get(variant.id);
    const entry = { variantId: variant.id, value: variant.value };
    if (!prev) {
      out.push({ ...entry, change: "added", details: [] });
      continue;
    }
    const details: string[] = [];
    if (prev.value !== variant.value) details.push(`value: ${prev.value} → ${variant.value}`);
    if (prev.note !== variant.note) details.push("note changed");
    const from = oldKept.indexOf(variant.id);
    const to = kept.indexOf(variant.id);
    if (from !== to) details.push(`position: ${from + 1} → ${to + 1}`);
    details.push(...citationDetails(prev.citations, variant.citations));
    if (details.length) out.push({ ...entry, change: "changed", details });
  }
  for (const variant of before) {
    if (!kept.includes(variant.id)) {
      out.push({ variantId: variant.id, value: variant.value, change: "removed", details: [] });
    }
  }
  return out;
}

/** Status, with the accepted account and the reason: "settled on 639,776: archive count". */
function verdict(claim: Claim): string {
  const accepted = claim.variants.find((v) => v.id === claim.acceptedVariantId);
  const on = accepted ? ` on ${accepted.value}` : "";
  return `${claim.status}${on}${claim.reason ? `: ${claim.reason}` : ""}`;
}

function wholeClaim(claim: Claim, change: "added" | "removed"): ClaimDiff {
  return {
    claimId: claim.id,
    label: claim.label,
    change,
    status: null,
    labelChange: null,
    variants: claim.variants.map((v) => ({
      variantId: v.id,
      value: v.value,
      change,
      details: [],
    })),
  };
}

function changedClaim(before: Claim, after: Claim): ClaimDiff | null {
  const verdictChanged =
    before.status !== after.status ||
    before.acceptedVariantId !== after.acceptedVariantId ||
    before.reason !== after.reason;
  const diff: ClaimDiff = {
    claimId: after.id,
    label: after.label,
    change: "changed",
    status: verdictChanged ? { before: verdict(before), after: verdict(after) } : null,
    labelChange: valueChange(before.label, after.label),
    variants: diffVariants(before.variants, after.variants),
  };
  return diff.status || diff.labelChange || diff.variants.length ? diff : null;
}

function diffClaims(before: Claim[], after: Claim[]): ClaimDiff[] {
  const old = new Map(before.map((c) => [c.id, c]));
  const ids = new Set(after.map((c) => c.id));
  const out: ClaimDiff[] = [];
  for (const claim of after) {
    const prev = old.get(claim.id);
    const diff = prev ? changedClaim(prev, claim) : wholeClaim(claim, "added");
    if (diff) out.push(diff);
  }
  for (const claim of before) if (!ids.has(claim.id)) out.push(wholeClaim(claim, "removed"));
  return out;
}

// ---- the entry ----------------------------------------------------------------

export function diffEntryContent(before: EntryContent, after: EntryContent): EntryDiff {
  const bodyChanged =
    canonicalJson(canonicalBody(before.body)) !== canonicalJson(canonicalBody(after.body));
  return {
    title: before.title === after.title ? null : words(before.title, after.title),
    body: bodyChanged ? words(bodyText(before.body), bodyText(after.body)) : null,
    when: valueChange(before.when, after.when),
    laneId: valueChange(before.laneId, after.laneId),
    claims: diffClaims(before.claims, after.claims),
    citations: diffBodyCitations(before.body, after.body),
  };
}

export function isUnchanged(diff: EntryDiff): boolean {
  return (
    !diff.title &&
    !diff.body &&
    !diff.when &&
    !diff.laneId &&
    diff.claims.length === 0 &&
    diff.citations.length === 0
  );
}
