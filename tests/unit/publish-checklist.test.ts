import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { buildDemoTimeline } from "@/lib/demo";
import { createBodyAnchorAt, createTitleAnchor } from "@/lib/discussion/anchor";
import type { ThreadDTO } from "@/lib/discussion/protocol";
import {
  createClaim,
  deleteClaim,
  deleteSource,
  entryBody,
  listEntries,
  removeVariant,
  updateEntry,
} from "@/lib/document";
import { type ChecklistItem, hasBlocking, publishChecklist } from "@/lib/publish";
import {
  APPROVED_AT,
  approveAll,
  build,
  REVIEWER,
  reviewIn,
  smallTimeline,
} from "./publish-fixture";

let threadCount = 0;
function thread(entryId: string, fields: Partial<ThreadDTO> = {}): ThreadDTO {
  return {
    id: `thread-${++threadCount}`,
    timelineId: "timeline-1",
    entryId,
    claimId: null,
    variantId: null,
    anchor: null,
    kind: "dispute",
    status: "open",
    createdBy: REVIEWER,
    createdAt: APPROVED_AT,
    resolvedBy: null,
    resolvedAt: null,
    comments: [],
    revision: 1,
    ...fields,
  };
}

function checklist(doc: Y.Doc, ids: string[], threads: ThreadDTO[] = [], more = new Map()) {
  const built = build(doc, new Map([...approveAll(doc, ids), ...more]));
  return publishChecklist({ ...built, threads, doc });
}

const kinds = (items: ChecklistItem[]) => items.map((item) => [item.kind, item.blocking]);

/** The items about released entries (the fixture leaves most entries out). */
const released = (items: ChecklistItem[]) => items.filter((item) => item.kind !== "left_out");

describe("publishChecklist", () => {
  it("has nothing to say about the demo timeline, fully approved", () => {
    const doc = new Y.Doc();
    buildDemoTimeline(doc);
    const items = checklist(
      doc,
      listEntries(doc).map((e) => e.id),
    );
    expect(items).toEqual([]);
    expect(hasBlocking(items)).toBe(false);
  });

  it("lists entries left out, without blocking", () => {
    const { doc, entries } = smallTimeline();
    const items = checklist(
      doc,
      [entries.day],
      [],
      new Map([[entries.month, reviewIn(entries.month, "changes_requested")]]),
    );
    expect(items.every((item) => item.kind === "left_out" && !item.blocking)).toBe(true);
    expect(items.map((item) => item.entryId)).toContain(entries.month);
    expect(items.find((item) => item.entryId === entries.month)?.message).toBe(
      "“Talks stall” is left out: changes were requested.",
    );
    expect(hasBlocking(items)).toBe(false);
  });

  it("blocks on an account with no source, and on differing accounts with no public note", () => {
    const { doc, entries } = smallTimeline();
    createClaim(doc, entries.day, {
      id: "claim-delegates",
      label: "Delegates present",
      variants: [{ value: "12", citations: [{ sourceId: "src-saito" }] }, { value: "14" }],
    });
    createClaim(doc, entries.day, {
      id: "claim-venue",
      label: "Venue",
      status: "unresolvable",
      variants: [
        { value: "Lancaster House", citations: [{ sourceId: "src-saito" }] },
        { value: "Soviet embassy", citations: [{ sourceId: "src-pravda" }] },
      ],
    });
    const items = released(checklist(doc, [entries.day, entries.interval]));
    expect(kinds(items)).toEqual([
      ["dispute_without_note", true],
      ["dispute_without_note", true],
      ["uncited_variant", true],
    ]);
    expect(items[0]).toMatchObject({ entryId: entries.day, claimId: "claim-delegates" });
    expect(items[0].message).toBe(
      "“London talks open”, claim “Delegates present”: accounts differ (disputed) but there is no public note saying why.",
    );
    expect(items[1]).toMatchObject({ claimId: "claim-venue" });
    expect(items[2]).toMatchObject({ claimId: "claim-delegates", variantId: expect.any(String) });
    expect(items[2].message).toBe(
      "“London talks open”, claim “Delegates present”: the account “14” cites no source.",
    );
    expect(hasBlocking(items)).toBe(true);
  });

  it("blocks on a released entry citing a source gone from the library", () => {
    const { doc, entries, sources } = smallTimeline();
    const reviews = approveAll(doc, [entries.interval]);
    deleteSource(doc, sources.pravda);
    const built = build(doc, reviews);
    const items = released(publishChecklist({ ...built, threads: [], doc }));
    expect(items).toEqual([
      {
        kind: "missing_source",
        blocking: true,
        entryId: entries.interval,
        message:
          "“Moscow round” cites a source that is no longer in the library; restore it from a version or remove its citations.",
      },
    ]);
  });

  describe("orphaned disputes", () => {
    it("blocks on an open dispute whose body words are gone", () => {
      const { doc, entries } = smallTimeline();
      const fragment = entryBody(doc, entries.day);
      const anchor = createBodyAnchorAt(fragment, 0, 5);
      if (!anchor) throw new Error("no anchor");
      const reviews = approveAll(doc, [entries.day]);
      const disputed = thread(entries.day, { anchor });
      const built = () => build(doc, reviews);
      expect(released(publishChecklist({ ...built(), threads: [disputed], doc }))).toEqual([]);
      // The live body loses the words; the release still holds the approved text.
      const text = (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
      text.delete(0, text.length);
      const items = released(publishChecklist({ ...built(), threads: [disputed], doc }));
      expect(items).toEqual([
        {
          kind: "orphaned_dispute",
          blocking: true,
          entryId: entries.day,
          threadId: disputed.id,
          message:
            "“London talks open”: an open dispute about “Plain” no longer points at anything in the entry; resolve it or start it again.",
        },
      ]);
    });

    it("blocks on an open dispute whose title words are gone", () => {
      const { doc, entries } = smallTimeline();
      const anchor = createTitleAnchor("London talks open", 7, 12);
      if (!anchor) throw new Error("no anchor");
      const reviews = approveAll(doc, [entries.day]);
      updateEntry(doc, entries.day, { title: "London meetings open" });
      const items = publishChecklist({
        ...build(doc, reviews),
        threads: [thread(entries.day, { anchor })],
        doc,
      });
      expect(kinds(released(items))).toEqual([["orphaned_dispute", true]]);
    });

    it("blocks on a claim-only dispute whose claim or variant is gone", () => {
      const { doc, entries } = smallTimeline();
      const reviews = approveAll(doc, [entries.interval]);
      const onClaim = thread(entries.interval, { claimId: "claim-pows" });
      const claims = build(doc, reviews).release.entries[0].claims;
      const [first] = claims.find((claim) => claim.id === "claim-date")?.variants ?? [];
      const onVariant = thread(entries.interval, { claimId: "claim-date", variantId: first.id });
      const check = () =>
        released(publishChecklist({ ...build(doc, reviews), threads: [onClaim, onVariant], doc }));
      expect(check()).toEqual([]);
      deleteClaim(doc, entries.interval, "claim-pows");
      removeVariant(doc, entries.interval, "claim-date", first.id);
      const items = check();
      expect(items.map((item) => [item.kind, item.threadId, item.claimId])).toEqual([
        ["orphaned_dispute", onClaim.id, "claim-pows"],
        ["orphaned_dispute", onVariant.id, "claim-date"],
      ]);
      // Named by the released claim's label.
      expect(items[0].message).toContain("an open dispute about claim “Prisoners taken”");
      expect(items[1]).toMatchObject({ variantId: first.id });
    });

    it("ignores resolved threads, comments and questions, and entries left out", () => {
      const { doc, entries } = smallTimeline();
      const reviews = approveAll(doc, [entries.interval]);
      deleteClaim(doc, entries.interval, "claim-pows");
      const items = publishChecklist({
        ...build(doc, reviews),
        threads: [
          thread(entries.interval, { claimId: "claim-pows", status: "resolved" }),
          thread(entries.interval, { claimId: "claim-pows", kind: "comment" }),
          thread(entries.interval, { claimId: "claim-pows", kind: "question" }),
          thread(entries.day, { claimId: "claim-gone" }),
        ],
        doc,
      });
      expect(released(items)).toEqual([]);
    });
  });

  it("puts blocking items first, left-out entries last", () => {
    const { doc, entries } = smallTimeline();
    createClaim(doc, entries.month, { label: "Who walked out", variants: [{ value: "Malik" }] });
    const items = checklist(doc, [entries.month]);
    expect(items[0]).toMatchObject({ kind: "uncited_variant", blocking: true });
    expect(items.slice(1).every((item) => item.kind === "left_out")).toBe(true);
  });
});
