import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createClaim,
  createEntry,
  createLane,
  deleteEntry,
  entryBody,
  listClaims,
  updateEntry,
  updateEntryCitation,
  updateVariant,
} from "@/lib/document";
import { compareTimelines } from "@/lib/versions/compare";

const copy = (doc: Y.Doc) => {
  const out = new Y.Doc();
  Y.applyUpdate(out, Y.encodeStateAsUpdate(doc));
  return out;
};

/** Four entries, created out of chronological order. */
function timeline() {
  const doc = new Y.Doc();
  createLane(doc, { id: "lane-1", name: "Negotiations" });
  createLane(doc, { id: "lane-2", name: "Battles" });
  createEntry(doc, { id: "late", title: "Agreement signed", when: "1956-10-19", createdAt: 1 });
  createEntry(doc, {
    id: "early",
    title: "London talks open",
    when: "1955-06-01",
    laneId: "lane-1",
    createdAt: 2,
    body: [
      {
        type: "paragraph",
        runs: [
          { text: "Talks open at Lancaster House" },
          { citation: { id: "cit-1", sourceId: "src-1", locator: "4" } },
        ],
      },
    ],
  });
  createEntry(doc, { id: "undated", title: "Undated note", createdAt: 3 });
  createEntry(doc, { id: "mid", title: "Talks suspended", when: "1956", createdAt: 4 });
  createClaim(doc, "mid", { id: "c1", label: "Prisoners", variants: [{ value: "575,000" }] });
  return doc;
}

describe("compareTimelines", () => {
  it("finds nothing between a timeline and its copy", () => {
    const before = timeline();
    expect(compareTimelines(before, copy(before))).toEqual({
      added: [],
      removed: [],
      changed: [],
      unchanged: 4,
    });
  });

  it("lists added, removed and changed entries in chronological order", () => {
    const before = timeline();
    const after = copy(before);
    createEntry(after, { id: "new-late", title: "Ratified", when: "1956-12", createdAt: 9 });
    createEntry(after, { id: "new-early", title: "Soundings", when: "1954", createdAt: 8 });
    deleteEntry(after, "late");
    deleteEntry(after, "undated");
    updateEntry(after, "mid", { title: "Talks broken off", when: "1956-03" });
    updateEntry(after, "early", { laneId: "lane-2" });

    const comparison = compareTimelines(before, after);
    expect(comparison.added).toEqual([
      { id: "new-early", title: "Soundings", when: "1954", laneId: "" },
      { id: "new-late", title: "Ratified", when: "1956-12", laneId: "" },
    ]);
    expect(comparison.removed).toEqual([
      { id: "late", title: "Agreement signed", when: "1956-10-19", laneId: "" },
      { id: "undated", title: "Undated note", when: "", laneId: "" },
    ]);
    expect(
      comparison.changed.map(({ id, title, when, laneId }) => ({ id, title, when, laneId })),
    ).toEqual([
      { id: "early", title: "London talks open", when: "1955-06-01", laneId: "lane-2" },
      { id: "mid", title: "Talks broken off", when: "1956-03", laneId: "" },
    ]);
    expect(comparison.unchanged).toBe(0);

    const [early, mid] = comparison.changed;
    expect(early.diff.laneId).toEqual({ before: "lane-1", after: "lane-2" });
    expect(early.diff.title).toBeNull();
    expect(mid.diff.when).toEqual({ before: "1956", after: "1956-03" });
    expect(mid.diff.title).toEqual([
      { kind: "same", text: "Talks " },
      { kind: "removed", text: "suspended" },
      { kind: "added", text: "broken off" },
    ]);
  });

  it("gives the body, citation and claim changes of a changed entry", () => {
    const before = timeline();
    const after = copy(before);
    const paragraph = entryBody(after, "early").get(0) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(0, "Formal ");
    updateEntryCitation(after, "early", "cit-1", { label: "section" });
    const variant = listClaims(after, "mid")[0].variants[0].id;
    updateVariant(after, "mid", "c1", variant, { value: "639,776" });

    const { changed, unchanged } = compareTimelines(before, after);
    expect(unchanged).toBe(2);
    const [early, mid] = changed;
    expect(early.diff.body).toEqual([
      { kind: "added", text: "Formal " },
      { kind: "same", text: "Talks open at Lancaster House[1]" },
    ]);
    expect(early.diff.citations).toEqual([
      { change: "changed", sourceId: "src-1", before: "page 4", after: "section 4" },
    ]);
    expect(mid.diff.claims[0].variants[0].details).toEqual(["value: 575,000 → 639,776"]);
  });

  it("does not call an entry changed for its tags or creation time", () => {
    const before = timeline();
    const after = copy(before);
    updateEntry(after, "mid", { tags: ["treaty"] });
    after.getMap<Y.Map<unknown>>("entries").get("late")?.set("createdAt", 99);
    expect(compareTimelines(before, after)).toEqual({
      added: [],
      removed: [],
      changed: [],
      unchanged: 4,
    });
  });
});
