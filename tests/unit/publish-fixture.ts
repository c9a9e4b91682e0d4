/**
 * Shared fixtures for the publish tests: reviews as the server hands them
 * out, and a small timeline with one entry of each kind the exports care
 * about (day, month, year, interval, approximate, undated), lanes, sources,
 * citations and claims in every status.
 */
import * as Y from "yjs";
import type { PersonDTO } from "@/lib/discussion/protocol";
import {
  createClaim,
  createEntry,
  createLane,
  createSource,
  readEntryContent,
  writeMeta,
} from "@/lib/document";
import { type BuiltRelease, buildRelease, type ReleaseMeta } from "@/lib/publish";
import { contentHash } from "@/lib/review/hash";
import type { ReviewDTO, ReviewState } from "@/lib/review/protocol";

export const REVIEWER: PersonDTO = { id: "user-rita", name: "Rita Reviewer", color: "#2563eb" };
export const APPROVED_AT = "2024-05-01T09:00:00.000Z";

export const META: ReleaseMeta = {
  timelineId: "timeline-1",
  number: 1,
  kind: "first",
  note: "",
  publishedAt: "2024-05-02T10:00:00.000Z",
  publishedBy: "Olga Owner",
};

/** A review in `state` with no approval (an entry never approved). */
export function reviewIn(entryId: string, state: ReviewState): ReviewDTO {
  return {
    entryId,
    state,
    assignee: null,
    note: "",
    updatedBy: REVIEWER,
    updatedAt: APPROVED_AT,
    approval: null,
  };
}

/** An approval of the entry's content as it is now, as the server stores it. */
export function approve(doc: Y.Doc, entryId: string): ReviewDTO {
  const content = readEntryContent(doc, entryId);
  if (!content) throw new Error(`no entry ${entryId}`);
  // Through JSON, as the stored approval comes back from the database.
  const stored = JSON.parse(JSON.stringify(content));
  return {
    ...reviewIn(entryId, "approved"),
    approval: { hash: contentHash(content), content: stored, by: REVIEWER, at: APPROVED_AT },
  };
}

/** Approves every entry in `ids`. */
export function approveAll(doc: Y.Doc, ids: Iterable<string>): Map<string, ReviewDTO> {
  return new Map([...ids].map((id) => [id, approve(doc, id)]));
}

export function build(
  doc: Y.Doc,
  reviews: ReadonlyMap<string, ReviewDTO>,
  meta: Partial<ReleaseMeta> = {},
): BuiltRelease {
  return buildRelease(doc, reviews, { ...META, ...meta });
}

/** A small timeline; every id is fixed so tests can name them. */
export function smallTimeline() {
  const doc = new Y.Doc();
  writeMeta(doc, { title: "Talks <and> islands", description: "A test timeline." });
  const talks = createLane(doc, { name: "Negotiations", id: "lane-talks" });
  const islands = createLane(doc, { name: "Territory", id: "lane-islands" });
  const unused = createLane(doc, { name: "Unused", id: "lane-unused" });
  const saito = createSource(doc, {
    id: "src-saito",
    type: "chapter",
    title: "Negotiations to Normalize Japan-Soviet Diplomatic Relations",
    author: [{ family: "Saito", given: "Motohide" }],
    issued: { "date-parts": [[2019]] },
  });
  const pravda = createSource(doc, {
    id: "src-pravda",
    type: "article-newspaper",
    title: "Prisoners taken",
    "container-title": "Pravda",
    issued: { "date-parts": [[1945, 9, 12]] },
  });
  const ministry = createSource(doc, {
    id: "src-ministry",
    type: "report",
    title: "Statement on repatriation",
    author: [{ literal: "Interior Ministry" }],
  });
  let createdAt = Date.UTC(2024, 0, 1);
  const entry = (id: string, title: string, when: string, laneId = "", body = "Plain text.") =>
    createEntry(doc, {
      id,
      title,
      when,
      laneId,
      createdAt: createdAt++,
      body: [
        {
          type: "paragraph",
          runs: [{ text: body }, { citation: { sourceId: saito, label: "section", locator: "4" } }],
        },
      ],
    });
  const day = entry("e-day", "London talks open", "1955-06-01", talks);
  const month = entry("e-month", "Talks stall", "1955-09", talks);
  const year = entry("e-year", "A year of notes", "1956", islands);
  const interval = entry("e-interval", "Moscow round", "1956-07-31/1956-08-13", talks);
  const approximate = entry("e-about", "About December", "1955-12~", islands);
  const undated = entry("e-undated", "Background", "");
  createClaim(doc, interval, {
    id: "claim-pows",
    label: "Prisoners taken",
    createdAt: 1,
    status: "unresolvable",
    reason: "The counts cover different people.",
    variants: [
      { value: "594,000", citations: [{ sourceId: pravda }] },
      { value: "639,776", citations: [{ sourceId: ministry, label: "folio", locator: "9" }] },
    ],
  });
  createClaim(doc, interval, {
    id: "claim-date",
    label: "Date of the declaration",
    createdAt: 2,
    status: "settled",
    reason: "The signed text is dated.",
    acceptedVariant: 0,
    variants: [
      { value: "19 October 1956", citations: [{ sourceId: ministry }] },
      { value: "20 October 1956", citations: [{ sourceId: pravda }] },
    ],
  });
  return {
    doc,
    lanes: { talks, islands, unused },
    sources: { saito, pravda, ministry },
    entries: { day, month, year, interval, approximate, undated },
  };
}
