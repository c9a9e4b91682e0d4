import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addVariantCitation,
  type BodyBlock,
  createClaim,
  createEntry,
  createLane,
  createSource,
  type EntryContent,
  entryBody,
  listClaims,
  readEntryContent,
  removeVariantCitation,
  renameClaim,
  setClaimStatus,
  updateEntry,
  updateEntryCitation,
  updateVariant,
  updateVariantCitation,
} from "@/lib/document";
import {
  canonicalContent,
  canonicalJson,
  contentHash,
  entryHash,
  IGNORED_MARKS,
} from "@/lib/review/hash";
import { withoutNul } from "../../db/queries/jsonSafe";

const LINK = {
  href: "https://example.org",
  target: "_blank",
  rel: "noopener noreferrer nofollow",
  class: null,
};

const BODY: BodyBlock[] = [
  {
    type: "paragraph",
    runs: [
      { text: "Prisoners: " },
      { text: "594,000", claimId: "claim-1" },
      { citation: { id: "cit-1", sourceId: "src-1", label: "page", locator: "12" } },
      { text: "." },
    ],
  },
  { type: "heading", level: 2, runs: [{ text: "Talks", bold: true, italic: true }] },
  { type: "bulletList", items: [[{ text: "one", link: LINK.href }]] },
];

/** Client A: the typed functions, in their usual order. */
function buildWithApi(doc: Y.Doc): void {
  createLane(doc, { id: "lane-1", name: "Negotiations" });
  createLane(doc, { id: "lane-2", name: "Battles" });
  createSource(doc, { id: "src-1", type: "book", title: "Krivosheev" });
  createSource(doc, { id: "src-2", type: "book", title: "TASS" });
  createEntry(doc, {
    id: "e1",
    title: "Prisoners taken",
    when: "1945-08",
    laneId: "lane-1",
    tags: ["x"],
    body: BODY,
    createdAt: 1,
  });
  createClaim(doc, "e1", {
    id: "claim-1",
    label: "594,000",
    createdAt: 10,
    variants: [
      {
        value: "594,000",
        note: "TASS",
        citations: [{ id: "vc-1", sourceId: "src-2", locator: "3" }],
      },
      {
        value: "639,776",
        citations: [
          { id: "vc-2", sourceId: "src-1", locator: "277" },
          { id: "vc-3", sourceId: "src-1", label: "chapter", locator: "4", quote: "q" },
        ],
      },
    ],
  });
  createClaim(doc, "e1", { id: "claim-2", label: "Place", createdAt: 11 });
}

/**
 * Client B: the same content written by a foreign program, by key, with every
 * map's keys in another order, marks applied in another order, other variant
 * order numbers (same relative order), and other tags and creation times.
 */
function buildByHand(doc: Y.Doc, variantIds: string[]): void {
  doc.transact(() => {
    const source = new Y.Map<unknown>();
    doc.getMap("sources").set("src-1", source);
    source.set("title", "Krivosheev");
    source.set("type", "book");
    const lane = new Y.Map<unknown>();
    doc.getMap("lanes").set("lane-1", lane);
    lane.set("order", 0);
    lane.set("name", "Negotiations");

    const entry = new Y.Map<unknown>();
    doc.getMap("entries").set("e1", entry);
    const claims = new Y.Map<unknown>();
    entry.set("claims", claims);
    const body = new Y.XmlFragment();
    entry.set("body", body);
    const tags = new Y.Map<unknown>();
    entry.set("tags", tags);
    tags.set("y", true);
    entry.set("createdAt", 999);
    entry.set("laneId", "lane-1");
    entry.set("when", "1945-08");
    entry.set("title", "Prisoners taken");

    const paragraph = new Y.XmlElement("paragraph");
    const before = new Y.XmlText();
    const citation = new Y.XmlElement("citation");
    const after = new Y.XmlText();
    const heading = new Y.XmlElement("heading");
    const talks = new Y.XmlText();
    const list = new Y.XmlElement("bulletList");
    const item = new Y.XmlElement("listItem");
    const itemParagraph = new Y.XmlElement("paragraph");
    const one = new Y.XmlText();
    body.insert(0, [paragraph, heading, list]);
    paragraph.insert(0, [before, citation, after]);
    before.insert(0, "594,000", { claim: { claimId: "claim-1" } });
    before.insert(0, "Prisoners: ");
    for (const [key, value] of [
      ["quote", ""],
      ["locator", "12"],
      ["label", "page"],
      ["sourceId", "src-1"],
      ["id", "cit-1"],
    ])
      citation.setAttribute(key, value);
    after.insert(0, ".");
    heading.setAttribute("level", 2 as unknown as string);
    heading.insert(0, [talks]);
    talks.insert(0, "Talks", { italic: {}, bold: {} });
    list.insert(0, [item]);
    item.insert(0, [itemParagraph]);
    itemParagraph.insert(0, [one]);
    one.insert(0, "one", {
      link: { class: null, rel: LINK.rel, target: LINK.target, href: LINK.href },
    });

    const place = new Y.Map<unknown>();
    claims.set("claim-2", place);
    place.set("variants", new Y.Map());
    place.set("createdAt", 5);
    place.set("reason", "");
    place.set("acceptedVariantId", "");
    place.set("status", "open");
    place.set("label", "Place");

    const claim = new Y.Map<unknown>();
    claims.set("claim-1", claim);
    const variants = new Y.Map<unknown>();
    claim.set("variants", variants);
    claim.set("createdAt", 6);
    claim.set("reason", "");
    claim.set("acceptedVariantId", "");
    claim.set("status", "disputed");
    claim.set("label", "594,000");
    const accounts = [
      {
        value: "639,776",
        note: "",
        order: 20,
        citations: {
          "vc-3": { order: 1, quote: "q", locator: "4", label: "chapter", sourceId: "src-1" },
          "vc-2": { order: 0, quote: "", locator: "277", label: "page", sourceId: "src-1" },
        },
      },
      {
        value: "594,000",
        note: "TASS",
        order: 10,
        citations: {
          "vc-1": { quote: "", order: 0, sourceId: "src-2", label: "page", locator: "3" },
        },
      },
    ];
    accounts.forEach((account, i) => {
      const variant = new Y.Map<unknown>();
      variants.set(variantIds[1 - i], variant);
      const citations = new Y.Map<unknown>();
      variant.set("citations", citations);
      for (const [id, value] of Object.entries(account.citations)) citations.set(id, value);
      variant.set("order", account.order);
      variant.set("note", account.note);
      variant.set("value", account.value);
    });
  });
}

function built() {
  const doc = new Y.Doc();
  buildWithApi(doc);
  return doc;
}

const copy = (doc: Y.Doc) => {
  const out = new Y.Doc();
  Y.applyUpdate(out, Y.encodeStateAsUpdate(doc));
  return out;
};

/** Records every update a document emits from now on, as one merged update. */
function record(doc: Y.Doc) {
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  return () => Y.mergeUpdates(updates);
}

/** The first text of the entry's first paragraph. */
function firstText(doc: Y.Doc): Y.XmlText {
  return (entryBody(doc, "e1").get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

function variantIds(doc: Y.Doc, claimId = "claim-1"): string[] {
  const claim = listClaims(doc, "e1").find((c) => c.id === claimId);
  return claim?.variants.map((v) => v.id) ?? [];
}

function rawVariant(doc: Y.Doc, variantId: string): Y.Map<unknown> {
  const entry = doc.getMap<Y.Map<unknown>>("entries").get("e1") as Y.Map<unknown>;
  const claim = (entry.get("claims") as Y.Map<Y.Map<unknown>>).get("claim-1") as Y.Map<unknown>;
  return (claim.get("variants") as Y.Map<Y.Map<unknown>>).get(variantId) as Y.Map<unknown>;
}

describe("canonicalJson", () => {
  it("sorts keys at every depth, drops undefined properties, keeps arrays in order", () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: "x" }, null], e: undefined })).toBe(
      '{"a":[{"c":"x"},null],"b":1}',
    );
    expect(canonicalJson([undefined, "é"])).toBe('[null,"é"]');
  });
});

describe("contentHash", () => {
  it("is 64 lowercase hex characters, and pinned for a fixed content", () => {
    const content: EntryContent = {
      title: "T",
      when: "1955",
      laneId: "L",
      body: [
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "a",
              marks: [{ type: "bold" }, { type: "comment", attrs: { id: "t" } }],
            },
            { type: "text", text: "b", marks: [{ type: "bold", attrs: {} }] },
          ],
        },
      ],
      claims: [
        {
          id: "c1",
          label: "X",
          status: "open",
          acceptedVariantId: "",
          reason: "",
          createdAt: 5,
          variants: [
            {
              id: "v1",
              value: "1",
              note: "",
              order: 3,
              citations: [{ id: "k1", sourceId: "s1", label: "page", locator: "2", quote: "" }],
            },
          ],
        },
      ],
    };
    const expected =
      '{"body":[{"content":[{"marks":[{"type":"bold"}],"text":"ab","type":"text"}],"type":"paragraph"}],' +
      '"claims":[{"acceptedVariantId":"","id":"c1","label":"X","reason":"","status":"open",' +
      '"variants":[{"citations":[{"id":"k1","label":"page","locator":"2","quote":"","sourceId":"s1"}],' +
      '"id":"v1","note":"","value":"1"}]}],"laneId":"L","title":"T","when":"1955"}';
    const hash = contentHash(content);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash("sha256").update(expected, "utf8").digest("hex"));
    expect(canonicalJson(canonicalContent(content))).toBe(expected);
  });

  it("ignores comment marks", () => {
    expect(IGNORED_MARKS.has("comment")).toBe(true);
  });
});

describe("stable across clients", () => {
  it("is the same for an entry written by the typed functions and by hand in another order", () => {
    const a = built();
    const b = new Y.Doc();
    buildByHand(b, variantIds(a));
    expect(readEntryContent(b, "e1")?.claims.map((c) => c.id)).toEqual(["claim-2", "claim-1"]);
    expect(entryHash(b, "e1")).toBe(entryHash(a, "e1"));
  });

  it("is the same on two clients that wrote concurrently and exchanged updates", () => {
    const base = new Y.Doc();
    createLane(base, { id: "lane-1", name: "Negotiations" });
    createEntry(base, {
      id: "e1",
      title: "Talks",
      body: [{ type: "paragraph", runs: [{ text: "Hello" }] }],
    });
    const a = copy(base);
    const b = copy(base);
    const fromA = record(a);
    const fromB = record(b);
    createClaim(a, "e1", { id: "claim-a", label: "A", createdAt: 1, variants: [{ value: "1" }] });
    updateEntry(a, "e1", { tags: ["a"], when: "1955" });
    createClaim(b, "e1", { id: "claim-b", label: "B", createdAt: 1, variants: [{ value: "2" }] });
    updateEntry(b, "e1", { tags: ["b"], laneId: "lane-1" });
    firstText(b).insert(5, " world", { bold: {} });
    const ua = fromA();
    const ub = fromB();
    Y.applyUpdate(a, ub);
    Y.applyUpdate(b, ua);
    const c = copy(base);
    Y.applyUpdate(c, ub);
    Y.applyUpdate(c, ua);
    const hash = entryHash(a, "e1");
    expect(entryHash(b, "e1")).toBe(hash);
    expect(entryHash(c, "e1")).toBe(hash);
    expect(hash).not.toBe(entryHash(base, "e1"));
  });

  it("is undefined for an entry that does not exist", () => {
    expect(entryHash(new Y.Doc(), "nope")).toBeUndefined();
  });
});

describe("comment marks", () => {
  it("do not change the hash, whether they span a whole run or split one", () => {
    const doc = built();
    const hash = entryHash(doc, "e1");
    firstText(doc).format(2, 4, { comment: { threadId: "t1" } });
    expect(entryHash(doc, "e1")).toBe(hash);
    firstText(doc).format(0, 11, { "comment--abcd1234": { threadId: "t2" } });
    expect(entryHash(doc, "e1")).toBe(hash);
  });

  it("do not hide a real change inside the commented words", () => {
    const doc = built();
    const hash = entryHash(doc, "e1");
    firstText(doc).format(2, 4, { comment: { threadId: "t1" } });
    firstText(doc).format(3, 1, { bold: {} });
    expect(entryHash(doc, "e1")).not.toBe(hash);
  });
});

/** Each change that must alter the hash, applied to a fresh copy of the built entry. */
const CHANGES: [string, (doc: Y.Doc) => void][] = [
  ["title", (doc) => updateEntry(doc, "e1", { title: "Prisoners counted" })],
  ["when", (doc) => updateEntry(doc, "e1", { when: "1945-09" })],
  ["lane", (doc) => updateEntry(doc, "e1", { laneId: "lane-2" })],
  ["body text", (doc) => firstText(doc).insert(0, "All ")],
  ["body deletion", (doc) => firstText(doc).delete(0, 1)],
  ["bold mark", (doc) => firstText(doc).format(0, 9, { bold: {} })],
  ["link", (doc) => firstText(doc).format(0, 9, { link: LINK })],
  [
    "link target",
    (doc) => {
      const list = entryBody(doc, "e1").get(2) as Y.XmlElement;
      const text = ((list.get(0) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText;
      text.format(0, 3, { link: { ...LINK, href: "https://example.com" } });
    },
  ],
  [
    "block type",
    (doc) => {
      const body = entryBody(doc, "e1");
      const heading = body.get(1) as Y.XmlElement;
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [heading.get(0).clone() as Y.XmlText]);
      doc.transact(() => {
        body.delete(1, 1);
        body.insert(1, [paragraph]);
      });
    },
  ],
  [
    "heading level",
    (doc) =>
      (entryBody(doc, "e1").get(1) as Y.XmlElement).setAttribute("level", 3 as unknown as string),
  ],
  ["body citation locator", (doc) => updateEntryCitation(doc, "e1", "cit-1", { locator: "13" })],
  ["body citation source", (doc) => updateEntryCitation(doc, "e1", "cit-1", { sourceId: "src-2" })],
  ["body citation quote", (doc) => updateEntryCitation(doc, "e1", "cit-1", { quote: "they said" })],
  ["claim label", (doc) => renameClaim(doc, "e1", "claim-1", "Prisoners")],
  ["claim status", (doc) => setClaimStatus(doc, "e1", "claim-1", { status: "unresolvable" })],
  [
    "accepted variant",
    (doc) => {
      const [, second] = variantIds(doc);
      setClaimStatus(doc, "e1", "claim-1", {
        status: "settled",
        acceptedVariantId: second,
        reason: "r",
      });
    },
  ],
  ["reason", (doc) => setClaimStatus(doc, "e1", "claim-1", { status: "disputed", reason: "why" })],
  [
    "variant value",
    (doc) => updateVariant(doc, "e1", "claim-1", variantIds(doc)[0], { value: "575,000" }),
  ],
  [
    "variant note",
    (doc) => updateVariant(doc, "e1", "claim-1", variantIds(doc)[0], { note: "Pravda" }),
  ],
  [
    "variant order",
    (doc) => {
      const [first, second] = variantIds(doc);
      doc.transact(() => {
        rawVariant(doc, first).set("order", 1);
        rawVariant(doc, second).set("order", 0);
      });
    },
  ],
  [
    "variant citation added",
    (doc) => addVariantCitation(doc, "e1", "claim-1", variantIds(doc)[0], { sourceId: "src-1" }),
  ],
  [
    "variant citation changed",
    (doc) =>
      updateVariantCitation(doc, "e1", "claim-1", variantIds(doc)[0], "vc-1", { locator: "4" }),
  ],
  [
    "variant citation removed",
    (doc) => removeVariantCitation(doc, "e1", "claim-1", variantIds(doc)[0], "vc-1"),
  ],
  [
    "variant citations reordered",
    (doc) => {
      const citations = rawVariant(doc, variantIds(doc)[1]).get("citations") as Y.Map<{
        order: number;
      }>;
      doc.transact(() => {
        citations.set("vc-2", { ...(citations.get("vc-2") as { order: number }), order: 5 });
      });
    },
  ],
  ["claim added", (doc) => createClaim(doc, "e1", { label: "Date" })],
];

describe("what changes the hash", () => {
  const base = built();
  const hash = entryHash(base, "e1");

  it.each(CHANGES)("%s", (_, change) => {
    const doc = copy(base);
    change(doc);
    expect(entryHash(doc, "e1")).not.toBe(hash);
  });

  it("gives every change its own hash", () => {
    const hashes = CHANGES.map(([, change]) => {
      const doc = copy(base);
      change(doc);
      return entryHash(doc, "e1");
    });
    expect(new Set(hashes).size).toBe(CHANGES.length);
  });
});

describe("what does not change the hash", () => {
  const base = built();
  const hash = entryHash(base, "e1");
  const entry = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>("entries").get("e1") as Y.Map<unknown>;

  it.each<[string, (doc: Y.Doc) => void]>([
    ["tags", (doc) => updateEntry(doc, "e1", { tags: ["other", "more"] })],
    ["the entry's createdAt", (doc) => entry(doc).set("createdAt", 12345)],
    [
      "a claim's createdAt",
      (doc) =>
        ((entry(doc).get("claims") as Y.Map<Y.Map<unknown>>).get("claim-1") as Y.Map<unknown>).set(
          "createdAt",
          1,
        ),
    ],
    [
      "renumbered variants in the same order",
      (doc) => {
        const [first, second] = variantIds(doc);
        doc.transact(() => {
          rawVariant(doc, first).set("order", 7);
          rawVariant(doc, second).set("order", 70);
        });
      },
    ],
    [
      "a text split into two Y.XmlText siblings",
      (doc) => {
        const paragraph = entryBody(doc, "e1").get(0) as Y.XmlElement;
        const text = new Y.XmlText();
        doc.transact(() => {
          firstText(doc).delete(0, 3);
          paragraph.insert(0, [text]);
          text.insert(0, "Pri");
        });
      },
    ],
    ["an empty edit", (doc) => updateEntry(doc, "e1", { title: "Prisoners taken" })],
  ])("%s", (_, change) => {
    const doc = copy(base);
    change(doc);
    expect(entryHash(doc, "e1")).toBe(hash);
  });
});

describe("NUL characters", () => {
  it("do not count: a stored copy without them hashes like the live content", () => {
    const doc = new Y.Doc();
    const id = createEntry(doc, { title: "London\u0000 talks", when: "1955-06-01" });
    const content = readEntryContent(doc, id);
    if (!content) throw new Error("no content");
    const stored = withoutNul(content);
    expect(stored.title).toBe("London talks");
    expect(contentHash(stored)).toBe(contentHash(content));
    expect(contentHash(stored)).not.toBe(contentHash({ ...stored, title: "London  talks" }));
  });
});
