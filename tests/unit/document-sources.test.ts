import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  CSL_FIELDS,
  type CslItem,
  citingEntries,
  createClaim,
  createEntry,
  createSource,
  deleteSource,
  entryCitations,
  hasSource,
  listClaims,
  listSources,
  readSource,
  SourceError,
  updateSource,
} from "@/lib/document";

/** The document's full state, to prove a refused change wrote nothing. */
const snapshot = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc);

function expectSourceError(
  fn: () => unknown,
  code: SourceError["code"],
  field?: string,
): SourceError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).code).toBe(code);
    if (field) expect((error as SourceError).field).toBe(field);
    return error as SourceError;
  }
  throw new Error(`expected a SourceError ${code}`);
}

const KRIVOSHEEV: CslItem = {
  type: "book",
  title: "  Soviet Casualties and Combat Losses in the Twentieth Century ",
  author: [{ family: "Krivosheev", given: "G. F." }],
  issued: { "date-parts": [[1997]] },
  publisher: "Greenhill",
  "publisher-place": "London",
  ISBN: "1-85367-280-7",
  URL: "https://example.org/krivosheev",
};

/** The stored map of a source, reached by key as a foreign program would. */
const rawSource = (doc: Y.Doc, id: string) =>
  doc.getMap<Y.Map<unknown>>("sources").get(id) as Y.Map<unknown>;

describe("creating sources", () => {
  it("stores a valid CSL item, one field per key, trimmed", () => {
    const doc = new Y.Doc();
    const id = createSource(doc, KRIVOSHEEV);
    expect(readSource(doc, id)).toEqual({
      ...KRIVOSHEEV,
      id,
      title: "Soviet Casualties and Combat Losses in the Twentieth Century",
    });
    expect(hasSource(doc, id)).toBe(true);
    const map = rawSource(doc, id);
    expect(map).toBeInstanceOf(Y.Map);
    expect([...map.keys()].sort()).toEqual(
      ["type", "title", "author", "issued", "publisher", "publisher-place", "ISBN", "URL"].sort(),
    );
    expect(map.get("author")).toEqual([{ family: "Krivosheev", given: "G. F." }]);
    expect(map.has("id")).toBe(false);
  });

  it("keeps a given id, normalises date parts and drops empty and unknown fields", () => {
    const doc = new Y.Doc();
    const id = createSource(doc, {
      id: "src-1",
      type: "article-journal",
      title: "Repatriation",
      issued: { "date-parts": [["1956", "10", "19"]] as unknown as number[][] },
      URL: "",
      note: "",
      publisher: undefined,
      bogus: "dropped",
    } as CslItem & { id: string });
    expect(id).toBe("src-1");
    expect(readSource(doc, id)).toEqual({
      id: "src-1",
      type: "article-journal",
      title: "Repatriation",
      issued: { "date-parts": [[1956, 10, 19]] },
    });
    expect([...rawSource(doc, id).keys()].sort()).toEqual(["issued", "title", "type"]);
  });

  it("refuses an invalid item, naming the field, and writes nothing", () => {
    const doc = new Y.Doc();
    createSource(doc, { type: "book", title: "Existing" });
    const before = snapshot(doc);
    const cases: [unknown, string][] = [
      [{ type: "book" }, "title"],
      [{ type: "book", title: "   " }, "title"],
      [{ type: "novel", title: "x" }, "type"],
      [{ title: "x" }, "type"],
      [{ type: "webpage", title: "x", URL: "javascript:alert(1)" }, "URL"],
      [{ type: "webpage", title: "x", URL: "ftp://example.org" }, "URL"],
      [{ type: "book", title: "x", author: [{ given: "Only a given name" }] }, "author"],
      [{ type: "book", title: "x", issued: { circa: true } }, "issued"],
      [{ type: "book", title: "x", publisher: "p".repeat(501) }, "publisher"],
      [{ type: "book", title: "x", note: 5 }, "note"],
    ];
    for (const [item, field] of cases) {
      const error = expectSourceError(
        () => createSource(doc, item as CslItem),
        "invalid_source",
        field,
      );
      expect(error.message.startsWith(`${field}: `)).toBe(true);
    }
    expect(snapshot(doc)).toEqual(before);
    expect(listSources(doc).map((s) => s.title)).toEqual(["Existing"]);
  });

  it("accepts http and https URLs whatever their case", () => {
    const doc = new Y.Doc();
    const a = createSource(doc, { type: "webpage", title: "a", URL: "HTTPS://example.org" });
    const b = createSource(doc, { type: "webpage", title: "b", URL: "http://example.org/x" });
    expect(readSource(doc, a)?.URL).toBe("HTTPS://example.org");
    expect(readSource(doc, b)?.URL).toBe("http://example.org/x");
  });
});

describe("updating sources", () => {
  it("merges the fields given and leaves the others", () => {
    const doc = new Y.Doc();
    const id = createSource(doc, KRIVOSHEEV);
    updateSource(doc, id, { title: " Soviet Casualties ", page: "38–39" });
    expect(readSource(doc, id)).toMatchObject({
      title: "Soviet Casualties",
      page: "38–39",
      publisher: "Greenhill",
      author: [{ family: "Krivosheev", given: "G. F." }],
    });
  });

  it("deletes fields set to an empty string or undefined", () => {
    const doc = new Y.Doc();
    const id = createSource(doc, KRIVOSHEEV);
    updateSource(doc, id, { publisher: "", URL: undefined, ISBN: "" });
    const source = readSource(doc, id);
    expect(source).not.toHaveProperty("publisher");
    expect(source).not.toHaveProperty("URL");
    expect(source).not.toHaveProperty("ISBN");
    expect(source?.["publisher-place"]).toBe("London");
    const map = rawSource(doc, id);
    expect(map.has("publisher")).toBe(false);
    expect(map.has("URL")).toBe(false);
    expect(map.has("ISBN")).toBe(false);
  });

  it("refuses a patch that would make the source invalid, writing nothing", () => {
    const doc = new Y.Doc();
    const id = createSource(doc, KRIVOSHEEV);
    const before = snapshot(doc);
    expectSourceError(() => updateSource(doc, id, { title: "" }), "invalid_source", "title");
    expectSourceError(
      () => updateSource(doc, id, { URL: "javascript:alert(1)" }),
      "invalid_source",
      "URL",
    );
    expectSourceError(
      () => updateSource(doc, id, { type: "scroll" as CslItem["type"] }),
      "invalid_source",
      "type",
    );
    expectSourceError(() => updateSource(doc, "missing", { title: "x" }), "source_not_found");
    expect(snapshot(doc)).toEqual(before);
  });

  it("writes nothing when the values do not change", () => {
    const doc = new Y.Doc();
    const id = createSource(doc, KRIVOSHEEV);
    let updates = 0;
    doc.on("update", () => updates++);
    updateSource(doc, id, {
      publisher: " Greenhill ",
      author: [{ family: "Krivosheev", given: "G. F." }],
    });
    expect(updates).toBe(0);
  });

  it("keeps concurrent edits of different fields of one source", () => {
    const base = new Y.Doc();
    const id = createSource(base, KRIVOSHEEV);
    const userA = new Y.Doc();
    const userB = new Y.Doc();
    Y.applyUpdate(userA, Y.encodeStateAsUpdate(base));
    Y.applyUpdate(userB, Y.encodeStateAsUpdate(base));
    updateSource(userA, id, { title: "Soviet Casualties (revised)", publisher: "" });
    updateSource(userB, id, { page: "12", edition: "2" });
    Y.applyUpdate(userA, Y.encodeStateAsUpdate(userB, Y.encodeStateVector(userA)));
    Y.applyUpdate(userB, Y.encodeStateAsUpdate(userA, Y.encodeStateVector(userB)));
    for (const doc of [userA, userB]) {
      const source = readSource(doc, id);
      expect(source).toMatchObject({
        title: "Soviet Casualties (revised)",
        page: "12",
        edition: "2",
        ISBN: "1-85367-280-7",
      });
      expect(source).not.toHaveProperty("publisher");
    }
    expect(readSource(userA, id)).toEqual(readSource(userB, id));
  });
});

describe("listing and deleting sources", () => {
  it("lists sources by first author's family name, then title, ties by id", () => {
    const doc = new Y.Doc();
    createSource(doc, {
      id: "s-zhukov",
      type: "book",
      title: "Memoirs",
      author: [{ family: "Zhukov" }],
    });
    createSource(doc, {
      id: "s-institution",
      type: "report",
      title: "Report",
      author: [{ literal: "Ministry of Foreign Affairs" }],
    });
    createSource(doc, {
      id: "s-b",
      type: "book",
      title: "b second",
      author: [{ family: "adams" }, { family: "Aaron" }],
    });
    createSource(doc, {
      id: "s-a",
      type: "book",
      title: "A first",
      author: [{ family: "Adams" }],
    });
    createSource(doc, { id: "s-tie-2", type: "book", title: "Same", author: [{ family: "Kim" }] });
    createSource(doc, { id: "s-tie-1", type: "book", title: "Same", author: [{ family: "Kim" }] });
    expect(listSources(doc).map((s) => s.id)).toEqual([
      "s-a",
      "s-b",
      "s-tie-1",
      "s-tie-2",
      "s-institution",
      "s-zhukov",
    ]);
  });

  it("deletes a source and leaves the citations of it readable", () => {
    const doc = new Y.Doc();
    const source = createSource(doc, KRIVOSHEEV);
    const keep = createSource(doc, { type: "book", title: "Kept" });
    const entry = createEntry(doc, {
      body: [
        {
          type: "paragraph",
          runs: [{ text: "594,000" }, { citation: { sourceId: source, locator: "12" } }],
        },
      ],
    });
    createClaim(doc, entry, {
      label: "Figure",
      variants: [{ value: "594,000", citations: [{ sourceId: source, label: "chapter" }] }],
    });
    expect(citingEntries(doc, source)).toEqual([entry]);

    deleteSource(doc, source);
    expect(hasSource(doc, source)).toBe(false);
    expect(readSource(doc, source)).toBeUndefined();
    expect(listSources(doc).map((s) => s.id)).toEqual([keep]);
    expect(entryCitations(doc, entry)).toEqual([
      expect.objectContaining({ sourceId: source, locator: "12" }),
    ]);
    expect(listClaims(doc, entry)[0].variants[0].citations).toEqual([
      expect.objectContaining({ sourceId: source, label: "chapter" }),
    ]);
    expect(citingEntries(doc, source)).toEqual([entry]);

    const before = snapshot(doc);
    expectSourceError(() => deleteSource(doc, source), "source_not_found");
    expect(snapshot(doc)).toEqual(before);
  });
});

describe("sources a hostile peer wrote directly", () => {
  it("drops fields that do not validate and fills type and title", () => {
    const doc = new Y.Doc();
    const good = createSource(doc, KRIVOSHEEV);
    const foreign = new Y.Doc();
    Y.applyUpdate(foreign, Y.encodeStateAsUpdate(doc));
    foreign.transact(() => {
      const sources = foreign.getMap<unknown>("sources");
      sources.set("a-string", "not a source");
      sources.set("a-number", 12);
      const bad = new Y.Map<unknown>();
      sources.set("bad", bad);
      bad.set("type", "scroll");
      bad.set("title", 42);
      bad.set("URL", "javascript:alert(document.cookie)");
      bad.set("author", "Krivosheev");
      bad.set("editor", [{ given: "no family" }]);
      bad.set("issued", { "date-parts": "1997" });
      bad.set("publisher", "p".repeat(600));
      bad.set("page", 12);
      bad.set("unknown-field", "kept in the document, never read");
      bad.set("volume", "3");
      bad.set("accessed", { literal: "spring 2020" });
      // A good source's field overwritten with garbage.
      (sources.get(good) as Y.Map<unknown>).set("URL", "data:text/html,<script>");
      (sources.get(good) as Y.Map<unknown>).set("author", [{ family: 5 }]);
    });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(foreign, Y.encodeStateVector(doc)));

    expect(readSource(doc, "bad")).toEqual({
      id: "bad",
      type: "document",
      title: "Untitled source",
      volume: "3",
      accessed: { literal: "spring 2020" },
    });
    const repaired = readSource(doc, good);
    expect(repaired).not.toHaveProperty("URL");
    expect(repaired).not.toHaveProperty("author");
    expect(repaired?.publisher).toBe("Greenhill");
    expect(readSource(doc, "a-string")).toBeUndefined();
    expect(hasSource(doc, "a-number")).toBe(false);
    expect(
      listSources(doc)
        .map((s) => s.id)
        .sort(),
    ).toEqual(["bad", good].sort());
    for (const source of listSources(doc))
      for (const key of Object.keys(source))
        expect(["id", ...CSL_FIELDS]).toContain(key as (typeof CSL_FIELDS)[number]);
    // The garbage stays in the document, untouched.
    expect(rawSource(doc, "bad").get("unknown-field")).toBe("kept in the document, never read");
  });

  it("lets an update repair a source a peer broke", () => {
    const doc = new Y.Doc();
    const id = createSource(doc, KRIVOSHEEV);
    rawSource(doc, id).set("URL", "javascript:alert(1)");
    expect(readSource(doc, id)).not.toHaveProperty("URL");
    updateSource(doc, id, { URL: "https://example.org/fixed" });
    expect(readSource(doc, id)?.URL).toBe("https://example.org/fixed");
  });
});
