import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createEntry,
  createLane,
  deleteEntry,
  entryBody,
  entryPlainText,
  listEntries,
  observeTimeline,
  readEntry,
  readMeta,
  renameLane,
  type TimelineChange,
  undoScope,
  updateEntry,
  writeMeta,
} from "@/lib/document";

function record(doc: Y.Doc) {
  const changes: TimelineChange[] = [];
  const stop = observeTimeline(doc, (change) => changes.push(change));
  return { changes, stop };
}

describe("observeTimeline", () => {
  it("says which parts changed and which entries", () => {
    const doc = new Y.Doc();
    const lane = createLane(doc, { name: "Talks" });
    const a = createEntry(doc, { title: "a" });
    const b = createEntry(doc, {
      title: "b",
      body: [{ type: "paragraph", runs: [{ text: "body" }] }],
    });
    const { changes, stop } = record(doc);

    updateEntry(doc, a, { title: "a2", tags: ["x"] });
    expect(changes.at(-1)).toEqual({
      meta: false,
      lanes: false,
      entries: true,
      sources: false,
      entryIds: new Set([a]),
    });

    ((entryBody(doc, b).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, "typed ");
    expect(changes.at(-1)?.entryIds).toEqual(new Set([b]));

    const c = createEntry(doc, { title: "c" });
    expect(changes.at(-1)?.entryIds).toEqual(new Set([c]));

    deleteEntry(doc, a);
    expect(changes.at(-1)?.entryIds).toEqual(new Set([a]));

    renameLane(doc, lane, "Negotiations");
    expect(changes.at(-1)).toEqual({
      meta: false,
      lanes: true,
      entries: false,
      sources: false,
      entryIds: new Set(),
    });

    writeMeta(doc, { title: "New title" });
    expect(changes.at(-1)).toMatchObject({ meta: true, lanes: false, entries: false });

    const count = changes.length;
    doc.getMap("elsewhere").set("x", 1);
    expect(changes.length).toBe(count);
    stop();
    updateEntry(doc, b, { title: "after stop" });
    expect(changes.length).toBe(count);
  });

  it("reports entries changed by a remote update", () => {
    const local = new Y.Doc();
    const remote = new Y.Doc();
    const id = createEntry(remote, { title: "remote" });
    const { changes } = record(local);
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
    expect(changes.at(-1)?.entryIds).toEqual(new Set([id]));
  });
});

describe("undo over undoScope", () => {
  const LOCAL = { user: "A" };

  function setup() {
    const doc = new Y.Doc();
    const lane = createLane(doc, { name: "Talks" });
    const undo = new Y.UndoManager(undoScope(doc), {
      trackedOrigins: new Set([LOCAL]),
      captureTimeout: 0,
    });
    return { doc, lane, undo };
  }

  it("undoes and redoes the user's own field changes", () => {
    const { doc, undo } = setup();
    const id = createEntry(doc, { title: "Talks", when: "1955-06" }, LOCAL);
    updateEntry(doc, id, { when: "1955-06-01" }, LOCAL);
    undo.undo();
    expect(readEntry(doc, id)?.when).toBe("1955-06");
    undo.redo();
    expect(readEntry(doc, id)?.when).toBe("1955-06-01");
  });

  it("leaves other users' changes alone", () => {
    const { doc, undo } = setup();
    const id = createEntry(doc, { title: "Talks", when: "1955" }, LOCAL);
    updateEntry(doc, id, { title: "Talks (edited by A)" }, LOCAL);
    // Another user's change arrives through the provider, untracked.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    updateEntry(other, id, { when: "1955-06-01" });
    writeMeta(other, { title: "Their title" });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), "provider");
    undo.undo();
    expect(readEntry(doc, id)).toMatchObject({ title: "Talks", when: "1955-06-01" });
    expect(readMeta(doc).title).toBe("Their title");
  });

  it("restores a deleted entry with its body", () => {
    const { doc, lane, undo } = setup();
    const id = createEntry(
      doc,
      {
        title: "London talks open",
        when: "1955-06-01",
        laneId: lane,
        tags: ["london"],
        body: [
          { type: "paragraph", runs: [{ text: "Opened on " }, { text: "1 June", bold: true }] },
          { type: "bulletList", items: [[{ text: "Saito, ch. 3" }]] },
        ],
      },
      "setup",
    );
    const before = { entry: readEntry(doc, id), body: entryBody(doc, id).toString() };
    deleteEntry(doc, id, LOCAL);
    expect(listEntries(doc)).toEqual([]);
    undo.undo();
    expect(readEntry(doc, id)).toEqual(before.entry);
    expect(entryBody(doc, id).toString()).toBe(before.body);
    expect(entryPlainText(doc, id)).toBe("Opened on 1 June\nSaito, ch. 3");
  });
});
