/**
 * Builds a release from the live document and the stored reviews. Only
 * reviewed content is published: an entry goes in when its review is
 * approved, and then exactly as approved (the approval's content), even if
 * it was edited since. The live document supplies what review does not
 * cover: which entries still exist, their order, the lanes, the sources'
 * CSL-JSON and the timeline's title.
 */
import type * as Y from "yjs";
import { sortEntries } from "../dates";
import { listEntries, listLanes, readMeta, readSource, type Source } from "../document";
import { contentHash, entryHash } from "../review/hash";
import type { ApprovalDTO, ReviewDTO, ReviewState } from "../review/protocol";
import { citedSourceIds } from "./citations";
import { RELEASE_FORMAT, type Release, type ReleaseEntry, type ReleaseKind } from "./release";

/** Why a live entry is not in the release. */
export type LeftOutReason = Exclude<ReviewState, "approved"> | "approval_mismatch";

export interface LeftOut {
  entryId: string;
  /** The live title. */
  title: string;
  /**
   * Its review state, or `approval_mismatch` when it is marked approved but
   * its stored approval is missing or does not hash to its own hash.
   */
  reason: LeftOutReason;
}

export interface ReleaseMeta {
  timelineId: string;
  number: number;
  kind: ReleaseKind;
  note: string;
  publishedAt: string;
  publishedBy: string;
  /** Names to publish for approvers, by user id; otherwise the approval's `by.name`. */
  approverNames?: ReadonlyMap<string, string>;
}

export interface BuiltRelease {
  release: Release;
  /** Every live entry not in the release, in chronological order. */
  leftOut: LeftOut[];
  /** Released entries whose live content has changed since approval (they go in as approved). */
  changedSinceApproval: string[];
  /** Sources cited by released entries but gone from the library: dropped from `sources`. */
  missingSources: string[];
}

/** The approval that lets the entry in, or why there is none. */
function validApproval(review: ReviewDTO | undefined): ApprovalDTO | LeftOutReason {
  if (!review) return "draft";
  if (review.state !== "approved") return review.state;
  const approval = review.approval;
  // A stored approval that does not hash to its own hash was not what the reviewer saw.
  if (!approval || contentHash(approval.content) !== approval.hash) return "approval_mismatch";
  return approval;
}

/**
 * The release for `meta`, what was left out, and what to tell the publisher.
 * Entries are ordered as the editor lists them (`sortEntries`, by the
 * approved `when`, then the live `createdAt` and id). A released entry whose
 * lane has been deleted gets lane "" (no lane), as readers treat a
 * `laneId` that names no lane.
 */
export function buildRelease(
  doc: Y.Doc,
  reviews: ReadonlyMap<string, ReviewDTO>,
  meta: ReleaseMeta,
): BuiltRelease {
  const leftOut: LeftOut[] = [];
  const changedSinceApproval: string[] = [];
  const candidates: (ReleaseEntry & { createdAt: number })[] = [];
  for (const live of sortEntries(listEntries(doc))) {
    const approval = validApproval(reviews.get(live.id));
    if (typeof approval === "string") {
      leftOut.push({ entryId: live.id, title: live.title, reason: approval });
      continue;
    }
    if (entryHash(doc, live.id) !== approval.hash) changedSinceApproval.push(live.id);
    const { title, when, laneId, body, claims } = approval.content;
    candidates.push({
      id: live.id,
      title,
      when,
      laneId,
      body,
      claims,
      contentHash: approval.hash,
      approvedAt: approval.at,
      approvedBy: meta.approverNames?.get(approval.by.id) ?? approval.by.name,
      createdAt: live.createdAt,
    });
  }

  const lanes = listLanes(doc);
  const laneIds = new Set(lanes.map((lane) => lane.id));
  const entries: ReleaseEntry[] = sortEntries(candidates).map(({ createdAt: _, ...entry }) => ({
    ...entry,
    laneId: laneIds.has(entry.laneId) ? entry.laneId : "",
  }));
  const usedLanes = new Set(entries.map((entry) => entry.laneId));

  const sources: Source[] = [];
  const missingSources: string[] = [];
  for (const id of new Set(entries.flatMap(citedSourceIds))) {
    const source = readSource(doc, id);
    if (source) sources.push(source);
    else missingSources.push(id);
  }

  const { title, description } = readMeta(doc);
  return {
    release: {
      format: RELEASE_FORMAT,
      timeline: { id: meta.timelineId, title, description },
      number: meta.number,
      kind: meta.kind,
      note: meta.note,
      publishedAt: meta.publishedAt,
      publishedBy: meta.publishedBy,
      lanes: lanes.filter((lane) => usedLanes.has(lane.id)),
      entries,
      sources,
    },
    leftOut,
    changedSinceApproval,
    missingSources,
  };
}
