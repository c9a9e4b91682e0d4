import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addVariant,
  addVariantCitation,
  type BodyNodeJson,
  type Claim,
  createClaim,
  createEntry,
  deleteClaim,
  type EntryContent,
  entryBody,
  listClaims,
  readEntryContent,
  removeEntryCitation,
  removeVariant,
  renameClaim,
  setClaimStatus,
  updateEntry,
  updateEntryCitation,
  updateVariant,
  updateVariantCitation,
} from "@/lib/document";
import { bodyText, diffEntryContent, type EntryDiff, isUnchanged } from "@/lib/review/diff";
import { contentHash } from "@/lib/review/hash";

const text = (value: string, marks?: BodyNodeJson["marks"]): BodyNodeJson =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
const cite = (id: string, locator = "12"): BodyNodeJson => ({
  type: "citation",
  attrs: { id, sourceId: "src-1", label: "page", locator, quote: "" },
});

function content(patch: Partial<EntryContent> = {}): EntryContent {
  return { title: "", when: "", laneId: "", body: [], claims: [], ...patch };
}

function claim(patch: Partial<Claim> = {}): Claim {
  return {
    id: "c1",
    label: "Prisoners",
    status: "disputed",
    acceptedVariantId: "",
    reason: "",
    createdAt: 1,
    variants: [
      { id: "v1", value: "575,000", note: "", order: 0, citations: [] },
      { id: "v2", value: "594,000", note: "TASS", order: 1, citations: [] },
    ],
    ...patch,
  };
}

/** An entry with a body citation and a claim of two accounts, and a fresh copy of it to edit. */
function versions() {
  const before = new Y.Doc();
  createEntry(before, {
    id: "e1",
    title: "London talks open",
    when: "1955-06-01",
    body: [
      {
        type: "paragraph",
        runs: [
          { text: "Talks open at Lancaster House" },
          { citation: { id: "cit-1", sourceId: "src-1", label: "section", locator: "4" } },
          { text: "." },
        ],
      },
    ],
  });
  createClaim(before, "e1", {
    id: "c1",
    label: "Prisoners",
    variants: [
      { value: "575,000", citations: [{ id: "vc-1", sourceId: "src-1", locator: "37" }] },
      { value: "594,000" },
    ],
  });
  const after = new Y.Doc();
  Y.applyUpdate(after, Y.encodeStateAsUpdate(before));
  const variants = listClaims(before, "e1")[0].variants.map((v) => v.id);
  return { before, after, variants };
}

const diffOf = (before: Y.Doc, after: Y.Doc): EntryDiff =>
  diffEntryContent(
    readEntryContent(before, "e1") as EntryContent,
    readEntryContent(after, "e1") as EntryContent,
  );

const firstText = (doc: Y.Doc) => (entryBody(doc, "e1").get(0) as Y.XmlElement).get(0) as Y.XmlText;

describe("bodyText", () => {
  it("gives one line per block and numbers citations in reading order", () => {
    const body: BodyNodeJson[] = [
      { type: "paragraph", content: [text("Prisoners: 594,000"), cite("a"), text(".")] },
      { type: "paragraph" },
      { type: "heading", attrs: { level: 2 }, content: [text("Talks", [{ type: "bold" }])] },
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [{ type: "paragraph", content: [text("one"), cite("b")] }] },
          { type: "listItem", content: [{ type: "paragraph", content: [text("two")] }] },
        ],
      },
      {
        type: "paragraph",
        content: [cite("c"), text("line"), { type: "hardBreak" }, text("break")],
      },
    ];
    expect(bodyText(body)).toBe("Prisoners: 594,000[1].\nTalks\none[2]\ntwo\n[3]line\nbreak");
  });
});

describe("diffEntryContent", () => {
  it("finds nothing between equal contents", () => {
    const diff = diffEntryContent(content({ claims: [claim()] }), content({ claims: [claim()] }));
    expect(diff).toEqual({
      title: null,
      body: null,
      when: null,
      laneId: null,
      claims: [],
      citations: [],
    });
    expect(isUnchanged(diff)).toBe(true);
  });

  it("diffs titles word by word, keeping the spaces", () => {
    const diff = diffEntryContent(
      content({ title: "London talks open" }),
      content({ title: "London  talks close" }),
    );
    expect(diff.title).toEqual([
      { kind: "same", text: "London" },
      { kind: "removed", text: " " },
      { kind: "added", text: "  " },
      { kind: "same", text: "talks " },
      { kind: "removed", text: "open" },
      { kind: "added", text: "close" },
    ]);
    expect(isUnchanged(diff)).toBe(false);
  });

  it("diffs the body's text with citations as [n], and lists changed dates and lanes", () => {
    const { before, after } = versions();
    firstText(after).insert(11, "formally ");
    updateEntry(after, "e1", { when: "1955-06-02", laneId: "" });
    const diff = diffOf(before, after);
    expect(diff.body).toEqual([
      { kind: "same", text: "Talks open " },
      { kind: "added", text: "formally " },
      { kind: "same", text: "at Lancaster House[1]." },
    ]);
    expect(diff.when).toEqual({ before: "1955-06-01", after: "1955-06-02" });
    expect(diff.laneId).toBeNull();
    expect(diff.title).toBeNull();
  });

  it("reports a changed lane", () => {
    const diff = diffEntryContent(content({ laneId: "a" }), content({ laneId: "b" }));
    expect(diff.laneId).toEqual({ before: "a", after: "b" });
  });

  it("never reports comment marks", () => {
    const { before, after } = versions();
    firstText(after).format(0, 5, { comment: { threadId: "t" } });
    expect(isUnchanged(diffOf(before, after))).toBe(true);
  });

  it("reports a formatting-only change as a changed body whose text is all the same", () => {
    const { before, after } = versions();
    firstText(after).format(0, 5, { bold: {} });
    const diff = diffOf(before, after);
    expect(diff.body).toEqual([{ kind: "same", text: "Talks open at Lancaster House[1]." }]);
    expect(isUnchanged(diff)).toBe(false);
  });

  it("lists body citations changed, added and removed", () => {
    const { before, after } = versions();
    updateEntryCitation(after, "e1", "cit-1", { locator: "5", quote: "the talks" });
    let diff = diffOf(before, after);
    expect(diff.citations).toEqual([
      {
        change: "changed",
        sourceId: "src-1",
        before: "section 4",
        after: "section 5, “the talks”",
      },
    ]);

    updateEntryCitation(after, "e1", "cit-1", { sourceId: "src-2" });
    expect(diffOf(before, after).citations[0]).toEqual({
      change: "changed",
      sourceId: "src-2",
      before: "src-1 section 4",
      after: "src-2 section 5, “the talks”",
    });

    removeEntryCitation(after, "e1", "cit-1");
    diff = diffEntryContent(
      readEntryContent(after, "e1") as EntryContent,
      readEntryContent(before, "e1") as EntryContent,
    );
    expect(diff.citations).toEqual([{ change: "added", sourceId: "src-1", after: "section 4" }]);
    expect(diff.body?.find((part) => part.kind === "added")?.text).toBe("[1]");
    expect(diffOf(before, after).citations).toEqual([
      { change: "removed", sourceId: "src-1", before: "section 4" },
    ]);
  });

  it("describes a citation of the whole source", () => {
    const diff = diffEntryContent(
      content({ body: [{ type: "paragraph", content: [text("a")] }] }),
      content({ body: [{ type: "paragraph", content: [text("a"), cite("x", "")] }] }),
    );
    expect(diff.citations).toEqual([{ change: "added", sourceId: "src-1", after: "whole source" }]);
    expect(diff.body).toEqual([
      { kind: "same", text: "a" },
      { kind: "added", text: "[1]" },
    ]);
  });
});

describe("claims", () => {
  it("lists added and removed claims with their variants", () => {
    const one = claim();
    const other = claim({ id: "c2", label: "Date", variants: [] });
    const diff = diffEntryContent(content({ claims: [one] }), content({ claims: [other] }));
    expect(diff.claims).toEqual([
      {
        claimId: "c2",
        label: "Date",
        change: "added",
        status: null,
        labelChange: null,
        variants: [],
      },
      {
        claimId: "c1",
        label: "Prisoners",
        change: "removed",
        status: null,
        labelChange: null,
        variants: [
          { variantId: "v1", value: "575,000", change: "removed", details: [] },
          { variantId: "v2", value: "594,000", change: "removed", details: [] },
        ],
      },
    ]);
  });

  it("ignores createdAt and renumbering that keeps the order", () => {
    const renumbered = claim({ createdAt: 99 });
    renumbered.variants = renumbered.variants.map((v, i) => ({ ...v, order: i * 10 + 3 }));
    const diff = diffEntryContent(
      content({ claims: [claim()] }),
      content({ claims: [renumbered] }),
    );
    expect(isUnchanged(diff)).toBe(true);
  });

  it("gives label, verdict, values, notes, positions and citations of a changed claim", () => {
    const { before, after, variants } = versions();
    const [first, second] = variants;
    renameClaim(after, "e1", "c1", "Japanese prisoners");
    updateVariant(after, "e1", "c1", first, { value: "639,776", note: "Archive count" });
    addVariantCitation(after, "e1", "c1", first, { sourceId: "src-2", locator: "38" });
    updateVariantCitation(after, "e1", "c1", first, "vc-1", { label: "chapter" });
    setClaimStatus(after, "e1", "c1", {
      status: "settled",
      acceptedVariantId: first,
      reason: "primary source",
    });
    const third = addVariant(after, "e1", "c1", { value: "600,000" });
    const diff = diffOf(before, after);
    expect(diff.claims).toEqual([
      {
        claimId: "c1",
        label: "Japanese prisoners",
        change: "changed",
        status: { before: "disputed", after: "settled on 639,776: primary source" },
        labelChange: { before: "Prisoners", after: "Japanese prisoners" },
        variants: [
          {
            variantId: first,
            value: "639,776",
            change: "changed",
            details: [
              "value: 575,000 → 639,776",
              "note changed",
              "citation changed: src-1 page 37 → chapter 37",
              "citation added: src-2 page 38",
            ],
          },
          { variantId: third, value: "600,000", change: "added", details: [] },
        ],
      },
    ]);

    removeVariant(after, "e1", "c1", second);
    expect(diffOf(before, after).claims[0].variants.at(-1)).toEqual({
      variantId: second,
      value: "594,000",
      change: "removed",
      details: [],
    });
  });

  it("reports moved variants and reordered or removed citations", () => {
    const before = claim({
      variants: [
        {
          id: "v1",
          value: "1",
          note: "",
          order: 0,
          citations: [
            { id: "k1", sourceId: "s", label: "page", locator: "1", quote: "" },
            { id: "k2", sourceId: "s", label: "page", locator: "2", quote: "" },
          ],
        },
        { id: "v2", value: "2", note: "", order: 1, citations: [] },
      ],
    });
    const after = claim({
      variants: [
        { id: "v2", value: "2", note: "", order: 0, citations: [] },
        {
          id: "v1",
          value: "1",
          note: "",
          order: 1,
          citations: [{ id: "k2", sourceId: "s", label: "page", locator: "2", quote: "" }],
        },
      ],
    });
    const diff = diffEntryContent(content({ claims: [before] }), content({ claims: [after] }));
    expect(diff.claims[0].variants).toEqual([
      { variantId: "v2", value: "2", change: "changed", details: ["position: 2 → 1"] },
      {
        variantId: "v1",
        value: "1",
        change: "changed",
        details: ["position: 1 → 2", "citation removed: s page 1"],
      },
    ]);

    const swapped = structuredClone(before);
    swapped.variants[0].citations.reverse();
    expect(
      diffEntryContent(content({ claims: [before] }), content({ claims: [swapped] })).claims[0]
        .variants[0].details,
    ).toEqual(["citations reordered"]);
  });

  it("reports an unresolvable verdict with its reason", () => {
    const diff = diffEntryContent(
      content({ claims: [claim()] }),
      content({ claims: [claim({ status: "unresolvable", reason: "no archive" })] }),
    );
    expect(diff.claims[0].status).toEqual({
      before: "disputed",
      after: "unresolvable: no archive",
    });
  });
});

describe("agrees with the content hash", () => {
  const edits: [string, (doc: Y.Doc, variants: string[]) => void][] = [
    ["title", (doc) => updateEntry(doc, "e1", { title: "Talks" })],
    ["when", (doc) => updateEntry(doc, "e1", { when: "1956" })],
    ["tags", (doc) => updateEntry(doc, "e1", { tags: ["a"] })],
    ["text", (doc) => firstText(doc).insert(0, "The ")],
    ["italic", (doc) => firstText(doc).format(0, 3, { italic: {} })],
    ["comment", (doc) => firstText(doc).format(0, 3, { comment: { threadId: "t" } })],
    ["citation quote", (doc) => updateEntryCitation(doc, "e1", "cit-1", { quote: "q" })],
    ["claim deleted", (doc) => deleteClaim(doc, "e1", "c1")],
    ["claim added", (doc) => createClaim(doc, "e1", { label: "Place" })],
    [
      "accepted",
      (doc, [v]) =>
        setClaimStatus(doc, "e1", "c1", { status: "settled", acceptedVariantId: v, reason: "r" }),
    ],
    ["note", (doc, [v]) => updateVariant(doc, "e1", "c1", v, { note: "n" })],
    ["variant citation", (doc, [, v]) => addVariantCitation(doc, "e1", "c1", v, { sourceId: "s" })],
  ];

  it.each(edits)("%s: a diff exactly when the hash changes", (_, edit) => {
    const { before, after, variants } = versions();
    edit(after, variants);
    const was = readEntryContent(before, "e1") as EntryContent;
    const is = readEntryContent(after, "e1") as EntryContent;
    expect(isUnchanged(diffEntryContent(was, is))).toBe(contentHash(was) === contentHash(is));
  });
});
