import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addVariant,
  type BodyNodeJson,
  bodyJson,
  createClaim,
  createEntry,
  createLane,
  createSource,
  deleteEntry,
  deleteLane,
  deleteSource,
  entryBody,
  entryPlainText,
  hasEntry,
  hasSource,
  listClaims,
  listEntries,
  listLanes,
  listSources,
  readEntry,
  readEntryContent,
  readMeta,
  readSource,
  recolorLane,
  renameLane,
  restoreEntry,
  restoreTimeline,
  setClaimStatus,
  updateEntry,
  updateSource,
  writeMeta,
} from "@/lib/document";
import { entryHash } from "@/lib/review/hash";

const copy = (doc: Y.Doc) => {
  const out = new Y.Doc();
  Y.applyUpdate(out, Y.encodeStateAsUpdate(doc));
  return out;
};

/** Counts the updates a document emits from now on, and gives them merged. */
function record(doc: Y.Doc) {
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  return { count: () => updates.length, merged: () => Y.mergeUpdates(updates) };
}

/** The text of the body's paragraph `index` (its first Y.XmlText). */
const paragraphText = (doc: Y.Doc, id: string, index: number) =>
  (entryBody(doc, id).get(index) as Y.XmlElement).get(0) as Y.XmlText;

/** A text's characters, without its formatting. */
const plain = (text: Y.XmlText) =>
  (text.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === "string" ? op.insert : ""))
    .join("");

/** A timeline with one rich entry, and a version of it taken before anything else happens. */
function setup() {
  const live = new Y.Doc();
  writeMeta(live, { title: "Soviet–Japanese talks", description: "1955–1956" });
  const lane = createLane(live, { id: "lane-1", name: "Negotiations" });
  createLane(live, { id: "lane-2", name: "Battles" });
  createSource(live, { id: "src-1", type: "book", title: "Krivosheev" });
  createSource(live, { id: "src-2", type: "article-newspaper", title: "TASS" });
  const id = createEntry(live, {
    id: "e1",
    title: "London talks open",
    when: "1955-06-01",
    laneId: lane,
    tags: ["london"],
    createdAt: 7,
    body: [
      { type: "paragraph", runs: [{ text: "Talks open at Lancaster House." }] },
      {
        type: "paragraph",
        runs: [
          { text: "Prisoners: " },
          { text: "594,000", claimId: "c1" },
          { citation: { id: "cit-1", sourceId: "src-1", locator: "12" } },
        ],
      },
      { type: "heading", level: 2, runs: [{ text: "Aftermath", bold: true }] },
    ],
  });
  createClaim(live, id, {
    id: "c1",
    label: "594,000",
    createdAt: 3,
    variants: [
      { value: "594,000", citations: [{ sourceId: "src-2", locator: "1" }] },
      { value: "639,776" },
    ],
  });
  createEntry(live, { id: "e2", title: "Second entry", laneId: "lane-2", createdAt: 8 });
  return { live, version: copy(live), id };
}

/** Changes every part of entry e1 that a restore puts back. */
function editEverything(live: Y.Doc) {
  updateEntry(live, "e1", { title: "Talks open in London", when: "1955-06", tags: ["x", "y"] });
  paragraphText(live, "e1", 1).insert(0, "Japanese ");
  paragraphText(live, "e1", 2).format(0, 3, { italic: {} });
  entryBody(live, "e1").push([new Y.XmlElement("paragraph")]);
  const [first] = listClaims(live, "e1")[0].variants;
  setClaimStatus(live, "e1", "c1", { status: "settled", acceptedVariantId: first.id, reason: "r" });
  addVariant(live, "e1", "c1", { value: "600,000" });
  createClaim(live, "e1", { label: "Place" });
}

function expectSameEntry(a: Y.Doc, b: Y.Doc, id: string) {
  expect(readEntryContent(a, id)).toEqual(readEntryContent(b, id));
  expect(entryHash(a, id)).toBe(entryHash(b, id));
  expect(readEntry(a, id)).toEqual(readEntry(b, id));
}

describe("bodyJson", () => {
  it("reads a body as y-prosemirror does, without empty attrs", () => {
    const { live } = setup();
    paragraphText(live, "e1", 0).format(0, 5, { "comment--abcd1234": { threadId: "t" } });
    const withoutEmptyAttrs = (nodes: BodyNodeJson[]): BodyNodeJson[] =>
      nodes.map(({ marks, content, ...node }) => ({
        ...node,
        ...(marks && {
          marks: marks.map((m) => (Object.keys(m.attrs ?? {}).length ? m : { type: m.type })),
        }),
        ...(content && { content: withoutEmptyAttrs(content) }),
      }));
    const fragment = entryBody(live, "e1");
    const reference = yXmlFragmentToProsemirrorJSON(fragment).content as BodyNodeJson[];
    expect(bodyJson(fragment)).toEqual(withoutEmptyAttrs(reference));
    expect(bodyJson(fragment)[0].content?.[0]).toEqual({
      type: "text",
      text: "Talks",
      marks: [{ type: "comment", attrs: { threadId: "t" } }],
    });
  });

  it("gives no content for an entry that does not exist", () => {
    expect(readEntryContent(new Y.Doc(), "nope")).toBeUndefined();
  });
});

describe("restoreEntry", () => {
  it("puts back every field of the version, in place", () => {
    const { live, version, id } = setup();
    const body = entryBody(live, id);
    const untouched = body.get(0);
    editEverything(live);
    expect(entryHash(live, id)).not.toBe(entryHash(version, id));

    const updates = record(live);
    restoreEntry(live, version, id, "restore");
    expect(updates.count()).toBe(1);
    expectSameEntry(live, version, id);
    expect(entryBody(live, id)).toBe(body);
    expect(body.get(0)).toBe(untouched);
  });

  it("runs in one transaction with the given origin", () => {
    const { live, version, id } = setup();
    editEverything(live);
    const origins: unknown[] = [];
    live.on("afterTransaction", (tr: Y.Transaction) => origins.push(tr.origin));
    restoreEntry(live, version, id, "restore");
    expect(origins).toEqual(["restore"]);
  });

  it("writes nothing when the entry did not change", () => {
    const { live, version, id } = setup();
    updateEntry(live, "e2", { title: "Another entry changed" });
    const updates = record(live);
    restoreEntry(live, version, id);
    restoreEntry(live, copy(live), "e2");
    expect(updates.count()).toBe(0);
  });

  it("recreates a deleted entry with its id and createdAt, and its deleted lane and sources", () => {
    const { live, version, id } = setup();
    deleteEntry(live, id);
    deleteLane(live, "lane-1");
    deleteSource(live, "src-1");
    deleteSource(live, "src-2");
    restoreEntry(live, version, id);
    expect(hasEntry(live, id)).toBe(true);
    expect(readEntry(live, id)?.createdAt).toBe(7);
    expectSameEntry(live, version, id);
    expect(listLanes(live).find((lane) => lane.id === "lane-1")?.name).toBe("Negotiations");
    expect(readSource(live, "src-1")).toEqual(readSource(version, "src-1"));
    expect(readSource(live, "src-2")).toEqual(readSource(version, "src-2"));
  });

  it("copies a lane or source that is gone even when the entry stayed", () => {
    const { live, version, id } = setup();
    updateEntry(live, id, { laneId: "lane-2" });
    deleteLane(live, "lane-1");
    deleteSource(live, "src-2");
    restoreEntry(live, version, id);
    expect(readEntry(live, id)?.laneId).toBe("lane-1");
    expect(listLanes(live).map((lane) => lane.id)).toEqual(["lane-1", "lane-2"]);
    expect(hasSource(live, "src-2")).toBe(true);
  });

  it("deletes an entry the version does not have", () => {
    const { live, version } = setup();
    const added = createEntry(live, { title: "Added since" });
    restoreEntry(live, version, added);
    expect(hasEntry(live, added)).toBe(false);
  });

  it("empties the claims when the version's entry had no claims map", () => {
    const { live, version, id } = setup();
    version.getMap<Y.Map<unknown>>("entries").get(id)?.delete("claims");
    const claims = live.getMap<Y.Map<unknown>>("entries").get(id)?.get("claims");
    restoreEntry(live, version, id);
    expect(listClaims(live, id)).toEqual([]);
    expect(live.getMap<Y.Map<unknown>>("entries").get(id)?.get("claims")).toBe(claims);
  });
});

describe("restoring while someone else edits", () => {
  /** One user restores the version while another edits the same entry; both orders of delivery. */
  function concurrently() {
    const { live, version, id } = setup();
    editEverything(live);
    const restorer = copy(live);
    const editor = copy(live);
    const fromRestorer = record(restorer);
    const fromEditor = record(editor);
    restoreEntry(restorer, version, id);
    paragraphText(editor, id, 0).insert(0, "Formal ");
    updateEntry(editor, id, { tags: ["x", "y", "z"] });
    return {
      live,
      version,
      id,
      restorer,
      editor,
      restored: fromRestorer.merged(),
      edited: fromEditor.merged(),
    };
  }

  it("converges, keeping the concurrent edit", () => {
    const { live, version, id, restorer, editor, restored, edited } = concurrently();
    Y.applyUpdate(restorer, edited);
    Y.applyUpdate(editor, restored);
    const first = copy(live);
    Y.applyUpdate(first, restored);
    Y.applyUpdate(first, edited);
    const second = copy(live);
    Y.applyUpdate(second, edited);
    Y.applyUpdate(second, restored);

    for (const doc of [editor, first, second]) {
      expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(restorer));
      expect(doc.getMap("entries").toJSON()).toEqual(restorer.getMap("entries").toJSON());
      expectSameEntry(doc, restorer, id);
    }
    expect(entryPlainText(restorer, id).split("\n")[0]).toBe(
      "Formal Talks open at Lancaster House.",
    );
    expect(readEntry(restorer, id)?.tags).toEqual(["london", "z"]);
    const merged = readEntryContent(restorer, id);
    const wanted = readEntryContent(version, id);
    expect(merged?.body.slice(1)).toEqual(wanted?.body.slice(1));
    expect(merged?.claims).toEqual(wanted?.claims);
    expect(merged?.title).toBe(wanted?.title);
  });
});

describe("restoring inside a changed paragraph", () => {
  it("keeps typing elsewhere in the same paragraph, in either order of delivery", () => {
    const { live, version, id } = setup();
    editEverything(live); // paragraph 1 now starts with "Japanese "
    const restorer = copy(live);
    const editor = copy(live);
    const restored = record(restorer);
    const edited = record(editor);
    restoreEntry(restorer, version, id);
    const text = paragraphText(editor, id, 1);
    text.insert(text.length, " (est.)", {});

    const first = copy(live);
    Y.applyUpdate(first, restored.merged());
    Y.applyUpdate(first, edited.merged());
    const second = copy(live);
    Y.applyUpdate(second, edited.merged());
    Y.applyUpdate(second, restored.merged());
    expect(readEntryContent(second, id)).toEqual(readEntryContent(first, id));
    expect(plain(paragraphText(first, id, 1))).toBe("Prisoners: 594,000 (est.)");
    // The rest of the paragraph is the version's: the claim mark and the citation are back.
    const wanted = readEntryContent(version, id)?.body[1].content ?? [];
    const merged = readEntryContent(first, id)?.body[1].content ?? [];
    expect(merged.slice(0, 2)).toEqual(wanted.slice(0, 2));
    expect(merged.at(-1)).toEqual(wanted.at(-1));
  });

  it("leaves a comment anchor on unchanged words where it was", () => {
    const { live, version, id } = setup();
    editEverything(live);
    const text = paragraphText(live, id, 1);
    const at = plain(text).indexOf("594,000");
    const start = Y.createRelativePositionFromTypeIndex(text, at);
    const end = Y.createRelativePositionFromTypeIndex(text, at + "594,000".length, -1);
    restoreEntry(live, version, id);
    expectSameEntry(live, version, id);
    const from = Y.createAbsolutePositionFromRelativePosition(start, live);
    const to = Y.createAbsolutePositionFromRelativePosition(end, live);
    expect(from?.type).toBe(paragraphText(live, id, 1));
    expect(plain(paragraphText(live, id, 1)).slice(from?.index, to?.index)).toBe("594,000");
  });

  it("changes formatting alone without rewriting the words", () => {
    const { live, version, id } = setup();
    const heading = paragraphText(live, id, 2);
    heading.format(0, 3, { italic: {} });
    // An anchor on "math", in the word whose start is reformatted.
    const start = Y.createRelativePositionFromTypeIndex(heading, 5);
    const end = Y.createRelativePositionFromTypeIndex(heading, 9, -1);
    restoreEntry(live, version, id);
    expectSameEntry(live, version, id);
    expect(paragraphText(live, id, 2)).toBe(heading);
    const from = Y.createAbsolutePositionFromRelativePosition(start, live);
    const to = Y.createAbsolutePositionFromRelativePosition(end, live);
    expect(plain(heading).slice(from?.index, to?.index)).toBe("math");
  });

  it("never splits a character made of two UTF-16 units", () => {
    const { live, version, id } = setup();
    const text = paragraphText(version, id, 0);
    text.insert(6, "🇯🇵 ");
    const older = copy(version);
    const replaced = paragraphText(live, id, 0);
    Y.applyUpdate(live, Y.encodeStateAsUpdate(version));
    replaced.delete(6, 5);
    replaced.insert(6, "🇷🇺 ");
    const updates = record(live);
    restoreEntry(live, older, id);
    expect(plain(paragraphText(live, id, 0))).toBe("Talks 🇯🇵 open at Lancaster House.");
    // What goes over the wire decodes to the same text (a lone half would not survive encoding).
    const peer = copy(version);
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(live));
    Y.applyUpdate(peer, updates.merged());
    expect(plain(paragraphText(peer, id, 0))).toBe("Talks 🇯🇵 open at Lancaster House.");
  });
});

describe("restoreTimeline", () => {
  it("puts back the title, lanes, sources and every entry", () => {
    const { live, version, id } = setup();
    editEverything(live);
    writeMeta(live, { title: "Renamed", description: "" });
    renameLane(live, "lane-2", "Fighting");
    recolorLane(live, "lane-1", "#000000");
    createLane(live, { name: "New lane" });
    deleteSource(live, "src-1");
    updateSource(live, "src-2", { title: "Pravda", publisher: "Moscow" });
    createSource(live, { type: "book", title: "New source" });
    deleteEntry(live, "e2");
    createEntry(live, { title: "Added since" });
    const body = entryBody(live, id);

    restoreTimeline(live, version, "restore");
    expect(readMeta(live)).toEqual(readMeta(version));
    expect(listLanes(live)).toEqual(listLanes(version));
    expect(listSources(live)).toEqual(listSources(version));
    expect(listEntries(live).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      listEntries(version).sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    for (const entry of listEntries(version)) expectSameEntry(live, version, entry.id);
    expect(entryBody(live, id)).toBe(body);
  });

  it("writes nothing when nothing changed, and one update otherwise", () => {
    const { live, version } = setup();
    const updates = record(live);
    restoreTimeline(live, version);
    expect(updates.count()).toBe(0);
    renameLane(live, "lane-2", "Fighting");
    updateEntry(live, "e2", { when: "1956" });
    const before = updates.count();
    restoreTimeline(live, version);
    expect(updates.count()).toBe(before + 1);
    restoreTimeline(live, version);
    expect(updates.count()).toBe(before + 1);
  });

  it("leaves values that are not lanes, sources or entries alone", () => {
    const { live, version } = setup();
    live.getMap("lanes").set("junk", 42);
    live.getMap("entries").set("junk", "text");
    restoreTimeline(live, version);
    expect(live.getMap("lanes").get("junk")).toBe(42);
    expect(live.getMap("entries").get("junk")).toBe("text");
  });
});
