import { describe, expect, it } from "vitest";
import { deleteEntry, setClaimStatus, updateEntry } from "@/lib/document";
import { releaseChanges } from "@/lib/publish";
import { isUnchanged } from "@/lib/review/diff";
import { approveAll, build, smallTimeline } from "./publish-fixture";

describe("releaseChanges", () => {
  it("lists every entry as added in a first release", () => {
    const { doc, entries } = smallTimeline();
    const first = build(doc, approveAll(doc, [entries.day, entries.month])).release;
    expect(releaseChanges(undefined, first)).toEqual({
      added: [
        { id: entries.day, title: "London talks open" },
        { id: entries.month, title: "Talks stall" },
      ],
      removed: [],
      changed: [],
    });
  });

  it("finds entries added, removed and changed, with review's diff", () => {
    const { doc, entries } = smallTimeline();
    const first = build(
      doc,
      approveAll(doc, [entries.day, entries.month, entries.interval]),
    ).release;
    updateEntry(doc, entries.day, { title: "London talks begin" });
    setClaimStatus(doc, entries.interval, "claim-pows", { status: "disputed" });
    deleteEntry(doc, entries.month);
    const second = build(doc, approveAll(doc, [entries.day, entries.interval, entries.year]), {
      number: 2,
      kind: "update",
    }).release;

    const changes = releaseChanges(first, second);
    expect(changes.added).toEqual([{ id: entries.year, title: "A year of notes" }]);
    expect(changes.removed).toEqual([{ id: entries.month, title: "Talks stall" }]);
    expect(changes.changed.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: entries.day, title: "London talks begin" },
      { id: entries.interval, title: "Moscow round" },
    ]);
    const [day, interval] = changes.changed;
    expect(day.diff.title).toEqual([
      { kind: "same", text: "London talks " },
      { kind: "removed", text: "open" },
      { kind: "added", text: "begin" },
    ]);
    expect(day.diff.body).toBeNull();
    expect(interval.diff.claims).toMatchObject([
      {
        claimId: "claim-pows",
        change: "changed",
        status: { after: "disputed: The counts cover different people." },
      },
    ]);
    expect(changes.changed.every((change) => !isUnchanged(change.diff))).toBe(true);
  });

  it("reports nothing between a release and an identical one", () => {
    const { doc, entries } = smallTimeline();
    const reviews = approveAll(doc, Object.values(entries));
    const a = build(doc, reviews).release;
    const b = build(doc, reviews, { number: 2, kind: "update" }).release;
    expect(releaseChanges(a, b)).toEqual({ added: [], removed: [], changed: [] });
  });
});
