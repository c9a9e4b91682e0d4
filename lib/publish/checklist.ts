/**
 * The pre-publish checklist: what a publisher should know about a release
 * before it goes out. Blocking items are the ones that would mislead a
 * reader: an account with no source, accounts that differ with no public
 * note saying why, an open dispute that lost its place in the text, a
 * citation of a source that is gone. The server refuses to publish while
 * any remain, unless the owner overrides with a recorded reason.
 */
import type * as Y from "yjs";
import { resolveBodyAnchor, resolveTitleAnchor } from "../discussion/anchor";
import type { ThreadDTO } from "../discussion/protocol";
import { accountsDiffer, type Claim, entryBody, listClaims, readEntry } from "../document";
import type { LeftOut, LeftOutReason } from "./build";
import { citedSourceIds } from "./citations";
import type { Release, ReleaseEntry } from "./release";

export const CHECKLIST_KINDS = [
  "left_out",
  "uncited_variant",
  "dispute_without_note",
  "orphaned_dispute",
  "missing_source",
] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

export interface ChecklistItem {
  kind: ChecklistKind;
  blocking: boolean;
  entryId: string;
  claimId?: string;
  variantId?: string;
  threadId?: string;
  /** A sentence naming the entry (and claim), for the publisher. */
  message: string;
}

export interface ChecklistInput {
  release: Release;
  leftOut: LeftOut[];
  /** The timeline's threads; only open disputes on released entries are checked. */
  threads: ThreadDTO[];
  /** The live document, which thread anchors are resolved against. */
  doc: Y.Doc;
}

const LEFT_OUT_WHY: Record<LeftOutReason, string> = {
  draft: "it has not been sent for review",
  in_review: "it is still in review",
  changes_requested: "changes were requested",
  approval_mismatch: "its stored approval does not match the content approved",
};

const named = (title: string) => `“${title || "Untitled entry"}”`;

const shorten = (text: string, max = 60) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

function leftOutItem(item: LeftOut): ChecklistItem {
  return {
    kind: "left_out",
    blocking: false,
    entryId: item.entryId,
    message: `${named(item.title)} is left out: ${LEFT_OUT_WHY[item.reason]}.`,
  };
}

/** Uncited variants and undecided disputes without a public note, claim by claim. */
function claimItems(entry: ReleaseEntry, claim: Claim): ChecklistItem[] {
  const where = `${named(entry.title)}, claim “${claim.label}”`;
  const items: ChecklistItem[] = claim.variants
    .filter((variant) => variant.citations.length === 0)
    .map((variant) => ({
      kind: "uncited_variant",
      blocking: true,
      entryId: entry.id,
      claimId: claim.id,
      variantId: variant.id,
      message: `${where}: the account “${variant.value}” cites no source.`,
    }));
  if (accountsDiffer(claim) && !claim.reason.trim()) {
    items.push({
      kind: "dispute_without_note",
      blocking: true,
      entryId: entry.id,
      claimId: claim.id,
      message: `${where}: accounts differ (${claim.status}) but there is no public note saying why.`,
    });
  }
  return items;
}

function missingSourceItem(entry: ReleaseEntry, known: ReadonlySet<string>): ChecklistItem[] {
  const missing = citedSourceIds(entry).filter((id) => !known.has(id)).length;
  if (!missing) return [];
  const [what, fix] =
    missing === 1
      ? ["a source that is", "restore it from a version or remove its citations"]
      : [`${missing} sources that are`, "restore them from a version or remove their citations"];
  return [
    {
      kind: "missing_source",
      blocking: true,
      entryId: entry.id,
      message: `${named(entry.title)} cites ${what} no longer in the library; ${fix}.`,
    },
  ];
}

/**
 * Whether a thread has lost what it was about in the live document: its
 * anchored words (body or title), or the claim or variant it names.
 */
function isOrphaned(doc: Y.Doc, thread: ThreadDTO): boolean {
  const live = readEntry(doc, thread.entryId);
  if (!live) return true;
  const anchor = thread.anchor;
  if (anchor?.field === "body") {
    if (resolveBodyAnchor(doc, entryBody(doc, live.id), anchor).status === "orphan") return true;
  } else if (anchor?.field === "title") {
    if (resolveTitleAnchor(live.title, anchor).status === "orphan") return true;
  }
  if (!thread.claimId) return false;
  const claim = listClaims(doc, live.id).find((c) => c.id === thread.claimId);
  return !claim || (!!thread.variantId && !claim.variants.some((v) => v.id === thread.variantId));
}

function orphanItem(entry: ReleaseEntry, thread: ThreadDTO): ChecklistItem {
  const claim = entry.claims.find((c) => c.id === thread.claimId);
  const about = claim
    ? ` about claim “${claim.label}”`
    : thread.anchor
      ? ` about “${shorten(thread.anchor.quote)}”`
      : "";
  return {
    kind: "orphaned_dispute",
    blocking: true,
    entryId: entry.id,
    ...(thread.claimId ? { claimId: thread.claimId } : {}),
    ...(thread.variantId ? { variantId: thread.variantId } : {}),
    threadId: thread.id,
    message: `${named(entry.title)}: an open dispute${about} no longer points at anything in the entry; resolve it or start it again.`,
  };
}

/**
 * The checklist for a release: blocking items first (orphaned disputes,
 * disputes without a note, uncited variants, missing sources), each kind in
 * the release's entry order, then the entries left out.
 */
export function publishChecklist(input: ChecklistInput): ChecklistItem[] {
  const { release, leftOut, threads, doc } = input;
  const entries = new Map(release.entries.map((entry) => [entry.id, entry]));
  const known = new Set(release.sources.map((source) => source.id));
  const order = new Map(release.entries.map((entry, i) => [entry.id, i]));

  const orphans = threads
    .filter((t) => t.kind === "dispute" && t.status === "open" && entries.has(t.entryId))
    .filter((t) => isOrphaned(doc, t))
    .sort((a, b) => (order.get(a.entryId) ?? 0) - (order.get(b.entryId) ?? 0))
    .map((t) => orphanItem(entries.get(t.entryId) as ReleaseEntry, t));
  const claims = release.entries.flatMap((entry) =>
    entry.claims.flatMap((claim) => claimItems(entry, claim)),
  );
  const byKind = (kind: ChecklistKind) => claims.filter((item) => item.kind === kind);
  return [
    ...orphans,
    ...byKind("dispute_without_note"),
    ...byKind("uncited_variant"),
    ...release.entries.flatMap((entry) => missingSourceItem(entry, known)),
    ...leftOut.map(leftOutItem),
  ];
}

export function hasBlocking(items: readonly ChecklistItem[]): boolean {
  return items.some((item) => item.blocking);
}
