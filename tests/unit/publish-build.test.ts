import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { sortEntries } from "@/lib/dates";
import { buildDemoTimeline } from "@/lib/demo";
import {
  appendBody,
  deleteLane,
  deleteSource,
  entryBody,
  listEntries,
  readEntryContent,
  setClaimStatus,
  updateEntry,
} from "@/lib/document";
import { RELEASE_FORMAT } from "@/lib/publish";
import { contentHash } from "@/lib/review/hash";
import {
  APPROVED_AT,
  approve,
  approveAll,
  build,
  META,
  REVIEWER,
  reviewIn,
  smallTimeline,
} from "./publish-fixture";

describe("buildRelease: which entries go in", () => {
  it("takes only approved entries and lists every other live entry with its reason", () => {
    const { doc, entries } = smallTimeline();
    const reviews = new Map([
      [entries.day, approve(doc, entries.day)],
      [entries.month, reviewIn(entries.month, "in_review")],
      [entries.year, reviewIn(entries.year, "changes_requested")],
      [entries.interval, reviewIn(entries.interval, "draft")],
    ]);
    const { release, leftOut } = build(doc, reviews);
    expect(release.entries.map((e) => e.id)).toEqual([entries.day]);
    expect(leftOut).toEqual([
      // Chronological, like the editor's list; entries without a review are drafts.
      { entryId: entries.month, title: "Talks stall", reason: "in_review" },
      { entryId: entries.approximate, title: "About December", reason: "draft" },
      { entryId: entries.year, title: "A year of notes", reason: "changes_requested" },
      { entryId: entries.interval, title: "Moscow round", reason: "draft" },
      { entryId: entries.undated, title: "Background", reason: "draft" },
    ]);
  });

  it("publishes an entry edited after approval exactly as approved, and flags it", () => {
    const { doc, entries } = smallTimeline();
    const reviews = approveAll(doc, [entries.day, entries.month]);
    const approved = readEntryContent(doc, entries.day);
    updateEntry(doc, entries.day, { title: "Edited later", when: "1957" });
    doc.transact(() =>
      appendBody(entryBody(doc, entries.day), [
        { type: "paragraph", runs: [{ text: "Unreviewed." }] },
      ]),
    );
    const { release, changedSinceApproval } = build(doc, reviews);
    const entry = release.entries.find((e) => e.id === entries.day);
    expect(entry).toMatchObject({
      title: "London talks open",
      when: "1955-06-01",
      body: approved?.body,
      contentHash: contentHash(approved as NonNullable<typeof approved>),
      approvedAt: APPROVED_AT,
      approvedBy: REVIEWER.name,
    });
    expect(JSON.stringify(entry)).not.toContain("Unreviewed");
    // Still ordered by the approved `when` (1955-06-01), not the live one (1957).
    expect(release.entries.map((e) => e.id)).toEqual([entries.day, entries.month]);
    expect(changedSinceApproval).toEqual([entries.day]);
  });

  it("leaves out an approval whose stored content does not hash to its hash", () => {
    const { doc, entries } = smallTimeline();
    const tampered = approve(doc, entries.day);
    if (tampered.approval) tampered.approval.content.title = "Not what was approved";
    const missing = { ...approve(doc, entries.month), approval: null };
    const { release, leftOut } = build(
      doc,
      new Map([
        [entries.day, tampered],
        [entries.month, missing],
      ]),
    );
    expect(release.entries).toEqual([]);
    expect(leftOut.filter((item) => item.reason === "approval_mismatch")).toEqual([
      { entryId: entries.day, title: "London talks open", reason: "approval_mismatch" },
      { entryId: entries.month, title: "Talks stall", reason: "approval_mismatch" },
    ]);
  });

  it("leaves out an entry sent back with changes requested, though its last approval is kept", () => {
    const { doc, entries } = smallTimeline();
    const review = { ...approve(doc, entries.day), state: "changes_requested" as const };
    expect(review.approval).not.toBeNull();
    const { release, leftOut } = build(doc, new Map([[entries.day, review]]));
    expect(release.entries).toEqual([]);
    expect(leftOut[0]).toEqual({
      entryId: entries.day,
      title: "London talks open",
      reason: "changes_requested",
    });
  });

  it("ignores reviews of entries deleted from the live document", () => {
    const { doc, entries } = smallTimeline();
    const reviews = approveAll(doc, [entries.day]);
    reviews.set("gone", { ...approve(doc, entries.month), entryId: "gone" });
    expect(build(doc, reviews).release.entries.map((e) => e.id)).toEqual([entries.day]);
  });
});

describe("buildRelease: what comes with the entries", () => {
  it("carries the timeline, the release meta and the approver's name", () => {
    const { doc, entries } = smallTimeline();
    const reviews = approveAll(doc, [entries.day]);
    const { release } = build(doc, reviews, {
      approverNames: new Map([[REVIEWER.id, "R. Reviewer"]]),
    });
    expect(release).toMatchObject({
      format: RELEASE_FORMAT,
      timeline: {
        id: META.timelineId,
        title: "Talks <and> islands",
        description: "A test timeline.",
      },
      number: 1,
      kind: "first",
      note: "",
      publishedAt: META.publishedAt,
      publishedBy: META.publishedBy,
    });
    expect(release.entries[0].approvedBy).toBe("R. Reviewer");
  });

  it("pulls only the lanes the released entries use, in display order", () => {
    const { doc, entries, lanes } = smallTimeline();
    const { release } = build(doc, approveAll(doc, [entries.year, entries.day, entries.undated]));
    expect(release.lanes.map((lane) => lane.id)).toEqual([lanes.talks, lanes.islands]);
    expect(release.lanes[0]).toMatchObject({ name: "Negotiations", order: 0 });
  });

  it("gives an entry whose lane was deleted no lane", () => {
    const { doc, entries, lanes } = smallTimeline();
    const reviews = approveAll(doc, [entries.year]);
    // Deleting a lane moves its entries (a live change); the approval still names the old lane.
    deleteLane(doc, lanes.islands, lanes.talks);
    const { release } = build(doc, reviews);
    expect(release.entries[0].laneId).toBe("");
    expect(release.lanes).toEqual([]);
  });

  it("pulls every cited source, body and variants, in order of first citation", () => {
    const { doc, entries, sources } = smallTimeline();
    const { release, missingSources } = build(doc, approveAll(doc, [entries.interval]));
    expect(release.sources.map((s) => s.id)).toEqual([
      sources.saito,
      sources.pravda,
      sources.ministry,
    ]);
    expect(release.sources[0]).toMatchObject({
      id: sources.saito,
      type: "chapter",
      author: [{ family: "Saito", given: "Motohide" }],
    });
    expect(missingSources).toEqual([]);
  });

  it("drops and reports a cited source gone from the library", () => {
    const { doc, entries, sources } = smallTimeline();
    const reviews = approveAll(doc, [entries.interval]);
    deleteSource(doc, sources.pravda);
    const { release, missingSources } = build(doc, reviews);
    expect(release.sources.map((s) => s.id)).toEqual([sources.saito, sources.ministry]);
    expect(missingSources).toEqual([sources.pravda]);
  });

  it("keeps claims as approved, whatever their live status", () => {
    const { doc, entries } = smallTimeline();
    const reviews = approveAll(doc, [entries.interval]);
    setClaimStatus(doc, entries.interval, "claim-pows", { status: "disputed" });
    const claim = build(doc, reviews).release.entries[0].claims.find((c) => c.id === "claim-pows");
    expect(claim?.status).toBe("unresolvable");
  });
});

describe("buildRelease: order", () => {
  it("orders entries as the editor does: earliest date, then latest, undated last", () => {
    const { doc, entries } = smallTimeline();
    const { release } = build(doc, approveAll(doc, Object.values(entries)));
    expect(release.entries.map((e) => e.id)).toEqual([
      entries.day,
      entries.month,
      entries.approximate,
      entries.year,
      entries.interval,
      entries.undated,
    ]);
  });

  it("gives the demo timeline, fully approved, in the editor's order with all its sources", () => {
    const doc = new Y.Doc();
    buildDemoTimeline(doc);
    const live = sortEntries(listEntries(doc));
    const { release, leftOut, changedSinceApproval, missingSources } = build(
      doc,
      approveAll(
        doc,
        live.map((e) => e.id),
      ),
    );
    expect(release.entries.map((e) => e.id)).toEqual(live.map((e) => e.id));
    expect(leftOut).toEqual([]);
    expect(changedSinceApproval).toEqual([]);
    expect(missingSources).toEqual([]);
    expect(release.lanes).toHaveLength(5);
    expect(new Set(release.sources.map((s) => s.id)).size).toBe(release.sources.length);
  });
});
