import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addVariantCitation,
  BODY,
  type BodyBlock,
  type Citation,
  CitationError,
  citingEntries,
  cleanCitation,
  createClaim,
  createEntry,
  deleteClaim,
  entryBody,
  entryCitations,
  entryFlags,
  entryPlainText,
  LOCATOR_LABELS,
  listClaims,
  MAX_LOCATOR_LENGTH,
  MAX_QUOTE_LENGTH,
  markedClaimIds,
  removeEntryCitation,
  removeVariantCitation,
  setClaimStatus,
  updateEntryCitation,
} from "@/lib/document";

/** The document's full state, to prove a refused change wrote nothing. */
const snapshot = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc);

function expectCitationError(fn: () => unknown, code: CitationError["code"]): CitationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CitationError);
    expect((error as CitationError).code).toBe(code);
    return error as CitationError;
  }
  throw new Error(`expected a CitationError ${code}`);
}

const cite = (id: string, sourceId = `s-${id}`, extra: Partial<Citation> = {}) => ({
  citation: { id, sourceId, ...extra },
});

/** A body with citations in a paragraph, a heading, list items and a quote. */
const BODY_BLOCKS: BodyBlock[] = [
  { type: "heading", level: 2, runs: [{ text: "Figures" }, cite("h1")] },
  {
    type: "paragraph",
    runs: [{ text: "The Soviets took " }, cite("p1"), { text: " prisoners" }, cite("p2")],
  },
  {
    type: "bulletList",
    items: [
      [{ text: "one" }, cite("l1", "s-list", { label: "chapter", locator: "3" })],
      [cite("l2"), { text: "two" }],
    ],
  },
  { type: "orderedList", items: [[{ text: "first" }, cite("o1")]] },
  { type: "blockquote", runs: [{ text: "quoted" }, cite("q1")] },
  { type: "paragraph", runs: [cite("p3", "s-last", { quote: "exact words" })] },
];

function withBody(blocks: BodyBlock[] = BODY_BLOCKS) {
  const doc = new Y.Doc();
  const entry = createEntry(doc, { title: "Prisoners", body: blocks });
  return { doc, entry };
}

/** The paragraph at `index` of a body, as Y types. */
function paragraphAt(doc: Y.Doc, entry: string, index: number): Y.XmlElement {
  return entryBody(doc, entry).get(index) as Y.XmlElement;
}

describe("cleanCitation", () => {
  it("fills defaults and an id", () => {
    const a = cleanCitation({ sourceId: "s1" });
    const b = cleanCitation({ sourceId: "s1" });
    expect(a).toEqual({ id: a.id, sourceId: "s1", label: "page", locator: "", quote: "" });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.id).not.toBe(a.id);
  });

  it("keeps a given id, label, locator and quote, trimmed", () => {
    expect(
      cleanCitation({
        id: "c1",
        sourceId: "s1",
        label: "sub verbo",
        locator: "  38–39 ",
        quote: "  The exact words. ",
      }),
    ).toEqual({
      id: "c1",
      sourceId: "s1",
      label: "sub verbo",
      locator: "38–39",
      quote: "The exact words.",
    });
    for (const label of LOCATOR_LABELS) {
      expect(cleanCitation({ sourceId: "s", label }).label).toBe(label);
    }
  });

  it("refuses a bad label, a missing source and overlong locators and quotes", () => {
    expectCitationError(
      () => cleanCitation({ sourceId: "s", label: "pages" as "page" }),
      "invalid_citation",
    );
    expectCitationError(() => cleanCitation({ sourceId: "" }), "invalid_citation");
    expectCitationError(
      () => cleanCitation({ sourceId: undefined as unknown as string }),
      "invalid_citation",
    );
    expectCitationError(() => cleanCitation({ sourceId: "x".repeat(65) }), "invalid_citation");
    const locator = expectCitationError(
      () => cleanCitation({ sourceId: "s", locator: "1".repeat(MAX_LOCATOR_LENGTH + 1) }),
      "invalid_citation",
    );
    expect(locator.message).toBe(`A locator has at most ${MAX_LOCATOR_LENGTH} characters.`);
    const quote = expectCitationError(
      () => cleanCitation({ sourceId: "s", quote: "q".repeat(MAX_QUOTE_LENGTH + 1) }),
      "invalid_citation",
    );
    expect(quote.message).toBe(`A quoted passage has at most ${MAX_QUOTE_LENGTH} characters.`);
  });

  it("accepts a locator and quote exactly at their limits, measured after trimming", () => {
    const citation = cleanCitation({
      sourceId: "s",
      locator: ` ${"1".repeat(MAX_LOCATOR_LENGTH)} `,
      quote: "q".repeat(MAX_QUOTE_LENGTH),
    });
    expect(citation.locator).toHaveLength(MAX_LOCATOR_LENGTH);
    expect(citation.quote).toHaveLength(MAX_QUOTE_LENGTH);
  });
});

describe("citations in a new entry's body", () => {
  it("refuses an entry whose body has a bad citation, writing nothing", () => {
    const doc = new Y.Doc();
    const before = snapshot(doc);
    const error = expectCitationError(
      () =>
        createEntry(doc, {
          title: "half",
          body: [{ type: "paragraph", runs: [{ text: "x" }, { citation: { sourceId: "" } }] }],
        }),
      "invalid_citation",
    );
    expect(error.message).toBe("A citation needs a source.");
    expect(snapshot(doc)).toEqual(before);
  });

  it("keeps a paragraph with a citation marker on one line of plain text", () => {
    const doc = new Y.Doc();
    const id = createEntry(doc, {
      body: [
        {
          type: "paragraph",
          runs: [
            { text: "Talks opened" },
            { citation: { sourceId: "s" } },
            { text: " in London." },
          ],
        },
      ],
    });
    expect(entryPlainText(doc, id)).toBe("Talks opened in London.");
  });
});

describe("citations in a body", () => {
  it("lists them in reading order across headings, paragraphs, lists and quotes", () => {
    const { doc, entry } = withBody();
    expect(entryCitations(doc, entry).map((c) => c.id)).toEqual([
      "h1",
      "p1",
      "p2",
      "l1",
      "l2",
      "o1",
      "q1",
      "p3",
    ]);
    expect(entryCitations(doc, entry)[3]).toEqual({
      id: "l1",
      sourceId: "s-list",
      label: "chapter",
      locator: "3",
      quote: "",
    });
    expect(entryCitations(doc, entry)[7].quote).toBe("exact words");
  });

  it("stores each citation as an element between the text nodes of its paragraph", () => {
    const { doc, entry } = withBody();
    const paragraph = paragraphAt(doc, entry, 1);
    const children = paragraph.toArray();
    expect(
      children.map((c) => (c instanceof Y.XmlText ? "text" : (c as Y.XmlElement).nodeName)),
    ).toEqual(["text", "citation", "text", "citation"]);
    expect((children[1] as Y.XmlElement).getAttributes()).toEqual({
      id: "p1",
      sourceId: "s-p1",
      label: "page",
      locator: "",
      quote: "",
    });
    expect((children[0] as Y.XmlText).toString()).toBe("The Soviets took ");
    expect((children[2] as Y.XmlText).toString()).toBe(" prisoners");
  });

  it("returns no citations for an entry without a body or an unknown entry", () => {
    const doc = new Y.Doc();
    const entry = createEntry(doc, { title: "empty" });
    expect(entryCitations(doc, entry)).toEqual([]);
    expect(entryCitations(doc, "missing")).toEqual([]);
  });

  it("updates a citation in place: same position, same neighbours", () => {
    const { doc, entry } = withBody();
    updateEntryCitation(doc, entry, "p1", {
      sourceId: "s-other",
      label: "section",
      locator: " 4 ",
      quote: "Quoted.",
    });
    const citations = entryCitations(doc, entry);
    expect(citations.map((c) => c.id)).toEqual(["h1", "p1", "p2", "l1", "l2", "o1", "q1", "p3"]);
    expect(citations[1]).toEqual({
      id: "p1",
      sourceId: "s-other",
      label: "section",
      locator: "4",
      quote: "Quoted.",
    });
    const children = paragraphAt(doc, entry, 1).toArray();
    expect(children).toHaveLength(4);
    expect((children[1] as Y.XmlElement).getAttribute("sourceId")).toBe("s-other");
    expect((children[0] as Y.XmlText).toString()).toBe("The Soviets took ");

    // Only the fields given change.
    updateEntryCitation(doc, entry, "p1", { locator: "5" });
    expect(entryCitations(doc, entry)[1]).toMatchObject({
      sourceId: "s-other",
      label: "section",
      locator: "5",
      quote: "Quoted.",
    });
  });

  it("refuses bad updates and unknown citations, writing nothing", () => {
    const { doc, entry } = withBody();
    const before = snapshot(doc);
    expectCitationError(
      () => updateEntryCitation(doc, entry, "p1", { locator: "x".repeat(MAX_LOCATOR_LENGTH + 1) }),
      "invalid_citation",
    );
    expectCitationError(
      () => updateEntryCitation(doc, entry, "p1", { label: "leaf" as "page" }),
      "invalid_citation",
    );
    expectCitationError(
      () => updateEntryCitation(doc, entry, "missing", { locator: "1" }),
      "citation_not_found",
    );
    expectCitationError(() => removeEntryCitation(doc, entry, "missing"), "citation_not_found");
    expect(() => updateEntryCitation(doc, "no-entry", "p1", { locator: "1" })).toThrow();
    expect(snapshot(doc)).toEqual(before);
  });

  it("removes a citation, keeping the text around it", () => {
    const { doc, entry } = withBody();
    removeEntryCitation(doc, entry, "p1");
    removeEntryCitation(doc, entry, "l1");
    expect(entryCitations(doc, entry).map((c) => c.id)).toEqual([
      "h1",
      "p2",
      "l2",
      "o1",
      "q1",
      "p3",
    ]);
    const children = paragraphAt(doc, entry, 1).toArray();
    expect(children.map((c) => (c instanceof Y.XmlText ? c.toString() : "[citation]"))).toEqual([
      "The Soviets took ",
      " prisoners",
      "[citation]",
    ]);
    expect(entryPlainText(doc, entry)).toContain("one");
  });

  it("skips citation nodes with unusable attributes", () => {
    const { doc, entry } = withBody([{ type: "paragraph", runs: [{ text: "a" }, cite("good")] }]);
    const paragraph = paragraphAt(doc, entry, 0);
    const bad = (attrs: Record<string, unknown>) => {
      const element = new Y.XmlElement(BODY.citationNode);
      paragraph.insert(paragraph.length, [element]);
      for (const [key, value] of Object.entries(attrs))
        element.setAttribute(key, value as unknown as string);
    };
    doc.transact(() => {
      bad({ sourceId: "s" }); // no id
      bad({ id: "no-source" });
      bad({ id: "number-source", sourceId: 7 });
      bad({ id: "long", sourceId: "s", locator: "x".repeat(MAX_LOCATOR_LENGTH + 1) });
      bad({ id: "lenient", sourceId: "s", label: "leaf", locator: 12, quote: { a: 1 } });
      // An element of another name is not a citation.
      const other = new Y.XmlElement("footnote");
      paragraph.insert(paragraph.length, [other]);
      other.setAttribute("id", "other");
      other.setAttribute("sourceId", "s");
    });
    expect(entryCitations(doc, entry)).toEqual([
      { id: "good", sourceId: "s-good", label: "page", locator: "", quote: "" },
      { id: "lenient", sourceId: "s", label: "page", locator: "", quote: "" },
    ]);
    expectCitationError(
      () => updateEntryCitation(doc, entry, "no-source", { sourceId: "s" }),
      "citation_not_found",
    );
    expect(entryFlags(doc, entry).citations).toBe(2);
  });
});

describe("entry flags", () => {
  it("calls an entry without any citation unsourced", () => {
    const doc = new Y.Doc();
    const entry = createEntry(doc, { body: [{ type: "paragraph", runs: [{ text: "plain" }] }] });
    createClaim(doc, entry, { label: "Figure", variants: [{ value: "1" }] });
    expect(entryFlags(doc, entry)).toEqual({
      citations: 0,
      claims: 1,
      disputed: 0,
      unsourced: true,
    });
  });

  it("is sourced by a citation in the body", () => {
    const { doc, entry } = withBody([{ type: "paragraph", runs: [{ text: "x" }, cite("c")] }]);
    expect(entryFlags(doc, entry)).toEqual({
      citations: 1,
      claims: 0,
      disputed: 0,
      unsourced: false,
    });
    removeEntryCitation(doc, entry, "c");
    expect(entryFlags(doc, entry).unsourced).toBe(true);
  });

  it("is sourced by a citation in a claim variant only", () => {
    const doc = new Y.Doc();
    const entry = createEntry(doc, { title: "x" });
    const claim = createClaim(doc, entry, { label: "Figure", variants: [{ value: "1" }] });
    const variant = listClaims(doc, entry)[0].variants[0].id;
    expect(entryFlags(doc, entry).unsourced).toBe(true);
    const citation = addVariantCitation(doc, entry, claim, variant, { sourceId: "s" });
    expect(entryFlags(doc, entry)).toEqual({
      citations: 0,
      claims: 1,
      disputed: 0,
      unsourced: false,
    });
    removeVariantCitation(doc, entry, claim, variant, citation);
    expect(entryFlags(doc, entry).unsourced).toBe(true);
  });

  it("counts the claims whose accounts differ", () => {
    const doc = new Y.Doc();
    const entry = createEntry(doc, { title: "x" });
    createClaim(doc, entry, { label: "open", variants: [{ value: "1" }] });
    createClaim(doc, entry, { label: "disputed", variants: [{ value: "1" }, { value: "2" }] });
    const third = createClaim(doc, entry, {
      label: "unresolvable",
      status: "unresolvable",
      variants: [{ value: "1" }],
    });
    const fourth = createClaim(doc, entry, {
      label: "settled",
      variants: [{ value: "1" }, { value: "2" }],
    });
    const accepted = listClaims(doc, entry).find((c) => c.id === fourth)?.variants[0].id;
    expect(entryFlags(doc, entry)).toMatchObject({ claims: 4, disputed: 3 });
    setClaimStatus(doc, entry, fourth, {
      status: "settled",
      acceptedVariantId: accepted,
      reason: "r",
    });
    expect(entryFlags(doc, entry)).toMatchObject({ claims: 4, disputed: 2 });
    deleteClaim(doc, entry, third);
    expect(entryFlags(doc, entry)).toMatchObject({ claims: 3, disputed: 1 });
  });
});

describe("which entries cite a source", () => {
  it("finds citations in bodies and in claim variants, and no others", () => {
    const doc = new Y.Doc();
    const inBody = createEntry(doc, {
      body: [{ type: "paragraph", runs: [{ text: "x" }, { citation: { sourceId: "target" } }] }],
    });
    const inNestedBody = createEntry(doc, {
      body: [{ type: "bulletList", items: [[{ citation: { sourceId: "target" } }]] }],
    });
    const inVariant = createEntry(doc, { title: "variant" });
    createClaim(doc, inVariant, {
      label: "Figure",
      variants: [{ value: "1" }, { value: "2", citations: [{ sourceId: "target" }] }],
    });
    const other = createEntry(doc, {
      body: [{ type: "paragraph", runs: [{ citation: { sourceId: "other" } }] }],
    });
    createClaim(doc, other, {
      label: "Figure",
      variants: [{ value: "1", citations: [{ sourceId: "other" }] }],
    });
    createEntry(doc, { title: "uncited" });

    expect(citingEntries(doc, "target").sort()).toEqual([inBody, inNestedBody, inVariant].sort());
    expect(citingEntries(doc, "other")).toEqual([other]);
    expect(citingEntries(doc, "nobody")).toEqual([]);
  });
});

describe("claim marks", () => {
  it("finds the claims whose words are marked in the body", () => {
    const doc = new Y.Doc();
    const entry = createEntry(doc, {
      body: [
        {
          type: "paragraph",
          runs: [
            { text: "About " },
            { text: "594,000", claimId: "c-figure", bold: true },
            { text: " prisoners, " },
            cite("c1"),
            { text: "in August", claimId: "c-date" },
          ],
        },
        {
          type: "bulletList",
          items: [[{ text: "Manchuria", claimId: "c-place" }]],
        },
        { type: "heading", level: 3, runs: [{ text: "again", claimId: "c-figure" }] },
      ],
    });
    expect([...markedClaimIds(doc, entry)].sort()).toEqual(["c-date", "c-figure", "c-place"]);
    const text = paragraphAt(doc, entry, 0).get(0) as Y.XmlText;
    expect(text.toDelta()[1]).toEqual({
      insert: "594,000",
      attributes: { claim: { claimId: "c-figure" }, bold: {} },
    });
  });

  it("ignores marks without a string claim id, and unknown entries", () => {
    const doc = new Y.Doc();
    const entry = createEntry(doc, {
      body: [{ type: "paragraph", runs: [{ text: "plain " }, { text: "ok", claimId: "c-ok" }] }],
    });
    const text = paragraphAt(doc, entry, 0).get(0) as Y.XmlText;
    text.insert(text.length, " bad", { claim: { claimId: 5 } });
    text.insert(text.length, " empty", { claim: {} });
    text.insert(text.length, " null", { claim: null as unknown as object });
    expect([...markedClaimIds(doc, entry)]).toEqual(["c-ok"]);
    expect(markedClaimIds(doc, "missing").size).toBe(0);
  });
});
