import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createEntry,
  createLane,
  deleteEntry,
  deleteLane,
  entryBody,
  entryPlainText,
  listEntries,
  listLanes,
  moveLane,
  readEntry,
  readMeta,
  renameLane,
  updateEntry,
  writeMeta,
} from "@/lib/document";

/**
 * Two users edit copies of one base document without seeing each other,
 * then exchange updates. Both must end in the same state, and that state
 * must keep both users' intent.
 */
function fixture() {
  const base = new Y.Doc();
  writeMeta(base, { title: "Normalization" });
  const talks = createLane(base, { name: "Talks" });
  const pows = createLane(base, { name: "Prisoners" });
  const entry = createEntry(base, {
    title: "London talks open",
    when: "1955-06",
    laneId: talks,
    tags: ["london"],
    body: [{ type: "paragraph", runs: [{ text: "The talks open." }] }],
  });
  const userA = new Y.Doc();
  const userB = new Y.Doc();
  Y.applyUpdate(userA, Y.encodeStateAsUpdate(base));
  Y.applyUpdate(userB, Y.encodeStateAsUpdate(base));
  const merge = () => {
    const fromA = Y.encodeStateAsUpdate(userA, Y.encodeStateVector(userB));
    const fromB = Y.encodeStateAsUpdate(userB, Y.encodeStateVector(userA));
    Y.applyUpdate(userA, fromB);
    Y.applyUpdate(userB, fromA);
    expect(Y.encodeStateVector(userA)).toEqual(Y.encodeStateVector(userB));
    const merged = new Y.Doc();
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(userA));
    return merged;
  };
  return { userA, userB, merge, talks, pows, entry };
}

/** Everything a client shows, to compare documents. */
function view(doc: Y.Doc) {
  return {
    meta: readMeta(doc),
    lanes: listLanes(doc),
    entries: listEntries(doc)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((entry) => ({ ...entry, body: entryBody(doc, entry.id).toString() })),
  };
}

describe("concurrent edits converge", () => {
  it("keeps edits to different fields of one entry", () => {
    const { userA, userB, merge, entry, pows } = fixture();
    updateEntry(userA, entry, { title: "London talks open (Lancaster House)" });
    updateEntry(userB, entry, { when: "1955-06-01", laneId: pows });
    const merged = merge();
    expect(readEntry(merged, entry)).toMatchObject({
      title: "London talks open (Lancaster House)",
      when: "1955-06-01",
      laneId: pows,
    });
    expect(view(userA)).toEqual(view(userB));
  });

  it("picks one value for the same field, the same on every side", () => {
    const { userA, userB, merge, entry } = fixture();
    updateEntry(userA, entry, { when: "1955-06-01" });
    updateEntry(userB, entry, { when: "1955-06-03" });
    const merged = merge();
    expect(["1955-06-01", "1955-06-03"]).toContain(readEntry(merged, entry)?.when);
    expect(view(userA)).toEqual(view(userB));
  });

  it("merges tags added and removed on both sides as a set", () => {
    const { userA, userB, merge, entry } = fixture();
    updateEntry(userA, entry, { tags: ["london", "soviet"] });
    updateEntry(userB, entry, { tags: ["japan"] });
    const merged = merge();
    expect(readEntry(merged, entry)?.tags).toEqual(["japan", "soviet"]);
    expect(view(userA)).toEqual(view(userB));
  });

  it("merges concurrent typing in one body", () => {
    const { userA, userB, merge, entry } = fixture();
    const textOf = (doc: Y.Doc) =>
      (entryBody(doc, entry).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    textOf(userA).insert(0, "A: ");
    textOf(userB).insert(textOf(userB).length, " B.");
    const merged = merge();
    expect(entryPlainText(merged, entry)).toBe("A: The talks open. B.");
    expect(view(userA)).toEqual(view(userB));
  });

  it("keeps entries created on both sides and both lane moves", () => {
    const { userA, userB, merge, talks, pows } = fixture();
    const third = createLane(userA, { name: "Territory", id: "lane-territory" });
    const a = createEntry(userA, { title: "from A", when: "1956-10-19", laneId: talks });
    const b = createEntry(userB, { title: "from B", when: "1956-22", laneId: pows });
    moveLane(userB, pows, 0);
    const merged = merge();
    expect(
      listEntries(merged)
        .map((e) => e.title)
        .sort(),
    ).toEqual(["London talks open", "from A", "from B"]);
    expect(listLanes(merged).map((lane) => lane.id)).toEqual([pows, talks, third]);
    expect(readEntry(merged, a)?.laneId).toBe(talks);
    expect(readEntry(merged, b)?.laneId).toBe(pows);
    expect(view(userA)).toEqual(view(userB));
  });

  it("lets a deletion win over a concurrent edit of the same entry", () => {
    const { userA, userB, merge, entry } = fixture();
    deleteEntry(userA, entry);
    updateEntry(userB, entry, { title: "edited meanwhile" });
    const merged = merge();
    expect(listEntries(merged)).toEqual([]);
    expect(view(userA)).toEqual(view(userB));
  });

  it("can leave an entry pointing at a lane deleted concurrently", () => {
    // deleteLane moves the entries it can see; one added at the same time
    // elsewhere keeps the old lane id. Readers must treat an unknown lane id
    // like "no lane" (docs/DOCUMENT.md).
    const { userA, userB, merge, talks } = fixture();
    deleteLane(userA, talks);
    const late = createEntry(userB, { title: "added meanwhile", laneId: talks });
    const merged = merge();
    expect(listLanes(merged).some((lane) => lane.id === talks)).toBe(false);
    expect(readEntry(merged, late)?.laneId).toBe(talks);
    expect(view(userA)).toEqual(view(userB));
  });

  it("converges whatever order updates arrive in", () => {
    const { userA, userB, entry } = fixture();
    const updates: Uint8Array[] = [];
    userA.on("update", (update: Uint8Array) => updates.push(update));
    userB.on("update", (update: Uint8Array) => updates.push(update));
    updateEntry(userA, entry, { title: "one" });
    renameLane(userB, listLanes(userB)[0].id, "Negotiations");
    createEntry(userA, { title: "two", when: "1956" });
    updateEntry(userB, entry, { tags: ["x"] });
    writeMeta(userA, { title: "Renamed" });
    const forward = new Y.Doc();
    const backward = new Y.Doc();
    Y.applyUpdate(forward, Y.encodeStateAsUpdate(userA));
    Y.applyUpdate(backward, Y.encodeStateAsUpdate(userA));
    for (const update of updates) Y.applyUpdate(forward, update);
    for (const update of [...updates].reverse()) Y.applyUpdate(backward, update);
    expect(view(forward)).toEqual(view(backward));
    expect(readMeta(forward).title).toBe("Renamed");
  });
});
