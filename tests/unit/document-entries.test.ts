import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  countEntries,
  createEntry,
  createLane,
  deleteEntry,
  EntryError,
  entryBody,
  entryPlainText,
  hasEntry,
  listEntries,
  listLanes,
  MAX_TAG_LENGTH,
  MAX_TITLE_LENGTH,
  readEntry,
  updateEntry,
} from "@/lib/document";

function timeline() {
  const doc = new Y.Doc();
  const lane = createLane(doc, { name: "Negotiations" });
  return { doc, lane };
}

/** The document's full state, to prove a refused change wrote nothing. */
const snapshot = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc);

function expectEntryError(fn: () => unknown, code: EntryError["code"], field?: string) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(EntryError);
    expect((error as EntryError).code).toBe(code);
    if (field) expect((error as EntryError).field).toBe(field);
    return error as EntryError;
  }
  throw new Error(`expected an EntryError ${code}`);
}

describe("entries", () => {
  it("creates an entry with every field and a rich body", () => {
    const { doc, lane } = timeline();
    const id = createEntry(doc, {
      title: "  London   talks open ",
      when: " 1955-06-01 ",
      laneId: lane,
      tags: ["talks", " London ", "talks"],
      createdAt: 42,
      body: [
        { type: "heading", level: 2, runs: [{ text: "Opening" }] },
        {
          type: "paragraph",
          runs: [
            { text: "Malik and " },
            { text: "Matsumoto", bold: true },
            { text: " meet.", italic: true },
          ],
        },
        {
          type: "bulletList",
          items: [[{ text: "one" }], [{ text: "two", link: "https://example.org" }]],
        },
        { type: "blockquote", runs: [{ text: "quoted" }] },
      ],
    });
    expect(readEntry(doc, id)).toEqual({
      id,
      title: "London talks open",
      when: "1955-06-01",
      laneId: lane,
      tags: ["London", "talks"],
      createdAt: 42,
    });
    expect(hasEntry(doc, id)).toBe(true);
    expect(countEntries(doc)).toBe(1);
    expect(entryPlainText(doc, id)).toBe("Opening\nMalik and Matsumoto meet.\none\ntwo\nquoted");
    const body = entryBody(doc, id);
    expect(body.toArray().map((node) => (node as Y.XmlElement).nodeName)).toEqual([
      "heading",
      "paragraph",
      "bulletList",
      "blockquote",
    ]);
    expect((body.get(0) as Y.XmlElement).getAttribute("level")).toBe(2);
    const runs = ((body.get(1) as Y.XmlElement).get(0) as Y.XmlText).toDelta();
    expect(runs[1]).toEqual({ insert: "Matsumoto", attributes: { bold: {} } });
    const link = (
      ((body.get(2) as Y.XmlElement).get(1) as Y.XmlElement).get(0) as Y.XmlElement
    ).get(0) as Y.XmlText;
    expect(link.toDelta()[0].attributes.link.href).toBe("https://example.org");
  });

  it("creates an undated entry with defaults and a fresh id", () => {
    const { doc } = timeline();
    const before = Date.now();
    const a = createEntry(doc);
    const b = createEntry(doc);
    expect(a).not.toBe(b);
    const entry = readEntry(doc, a);
    expect(entry).toMatchObject({ title: "", when: "", laneId: "", tags: [] });
    expect(entry?.createdAt).toBeGreaterThanOrEqual(before);
    expect(
      listEntries(doc)
        .map((e) => e.id)
        .sort(),
    ).toEqual([a, b].sort());
  });

  it("updates only the fields given", () => {
    const { doc, lane } = timeline();
    const other = createLane(doc, { name: "Territory" });
    const id = createEntry(doc, { title: "Talks", when: "1955-06", laneId: lane, tags: ["a"] });
    updateEntry(doc, id, { when: "1955-06-03" });
    expect(readEntry(doc, id)).toMatchObject({
      title: "Talks",
      when: "1955-06-03",
      laneId: lane,
      tags: ["a"],
    });
    updateEntry(doc, id, { title: "Talks resume", laneId: other, when: "" });
    expect(readEntry(doc, id)).toMatchObject({
      title: "Talks resume",
      when: "",
      laneId: other,
      tags: ["a"],
    });
  });

  it("writes nothing when the value does not change", () => {
    const { doc, lane } = timeline();
    const id = createEntry(doc, { title: "Talks", when: "1955", laneId: lane, tags: ["a", "b"] });
    let transactions = 0;
    doc.on("update", () => transactions++);
    updateEntry(doc, id, { title: "Talks", when: "1955", laneId: lane, tags: ["b", "a"] });
    expect(transactions).toBe(0);
  });

  it("never saves an invalid when: the document is unchanged", () => {
    const { doc, lane } = timeline();
    const id = createEntry(doc, { title: "Talks", when: "1955-06-01", laneId: lane });
    const before = snapshot(doc);
    const error = expectEntryError(
      () => updateEntry(doc, id, { title: "Changed", when: "1955-13" }),
      "invalid_when",
      "when",
    );
    expect(error.message).toContain("Month 13 does not exist");
    expect(snapshot(doc)).toEqual(before);
    expect(readEntry(doc, id)).toMatchObject({ title: "Talks", when: "1955-06-01" });
    expectEntryError(
      () => createEntry(doc, { title: "New", when: "June 1955" }),
      "invalid_when",
      "when",
    );
    expect(countEntries(doc)).toBe(1);
    expect(snapshot(doc)).toEqual(before);
  });

  it("stores the normalised EDTF string", () => {
    const { doc } = timeline();
    const id = createEntry(doc, { when: "[1955, 1956]" });
    expect(readEntry(doc, id)?.when).toBe("[1955,1956]");
  });

  it("refuses bad titles, tags, lanes and unknown entries", () => {
    const { doc } = timeline();
    const id = createEntry(doc, { title: "ok" });
    const before = snapshot(doc);
    expectEntryError(
      () => updateEntry(doc, id, { title: "x".repeat(MAX_TITLE_LENGTH + 1) }),
      "invalid_title",
      "title",
    );
    expectEntryError(
      () => updateEntry(doc, id, { tags: ["y".repeat(MAX_TAG_LENGTH + 1)] }),
      "invalid_tag",
      "tags",
    );
    expectEntryError(() => updateEntry(doc, id, { laneId: "nope" }), "lane_not_found", "laneId");
    expectEntryError(() => createEntry(doc, { laneId: "nope" }), "lane_not_found", "laneId");
    expectEntryError(() => updateEntry(doc, "missing", { title: "x" }), "entry_not_found");
    expectEntryError(() => deleteEntry(doc, "missing"), "entry_not_found");
    expectEntryError(() => entryBody(doc, "missing"), "entry_not_found");
    expect(snapshot(doc)).toEqual(before);
    expect(readEntry(doc, "missing")).toBeUndefined();
  });

  it("treats tags as a set: trimmed, deduplicated, blank ones dropped", () => {
    const { doc } = timeline();
    const id = createEntry(doc, { tags: ["POW", "pow", "  POW ", "", "   "] });
    expect(readEntry(doc, id)?.tags).toEqual(["POW", "pow"]);
    updateEntry(doc, id, { tags: ["pow", "Moscow"] });
    expect(readEntry(doc, id)?.tags).toEqual(["Moscow", "pow"]);
    updateEntry(doc, id, { tags: [] });
    expect(readEntry(doc, id)?.tags).toEqual([]);
  });

  it("deletes an entry", () => {
    const { doc } = timeline();
    const keep = createEntry(doc, { title: "keep" });
    const gone = createEntry(doc, { title: "gone" });
    deleteEntry(doc, gone);
    expect(hasEntry(doc, gone)).toBe(false);
    expect(listEntries(doc).map((entry) => entry.id)).toEqual([keep]);
  });
});

describe("values a foreign peer wrote under entries or lanes", () => {
  it("are not entries or lanes, and stay in the document untouched", () => {
    const { doc } = timeline();
    const good = createEntry(doc, { title: "well formed" });
    const foreign = new Y.Doc();
    const entries = foreign.getMap<unknown>("entries");
    entries.set("a-string", "not a map");
    const noBody = new Y.Map<unknown>();
    noBody.set("title", "no body");
    entries.set("no-body", noBody);
    foreign.getMap<unknown>("lanes").set("a-number", 7);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(foreign));

    expect(listEntries(doc).map((entry) => entry.id)).toEqual([good]);
    expect(countEntries(doc)).toBe(1);
    expect(hasEntry(doc, "no-body")).toBe(false);
    expect(readEntry(doc, "no-body")).toBeUndefined();
    expect(() => entryBody(doc, "no-body")).toThrow(EntryError);
    expect(listLanes(doc).some((lane) => lane.id === "a-number")).toBe(false);
    expect(doc.getMap("entries").has("no-body")).toBe(true);
  });
});
