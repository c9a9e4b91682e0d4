import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  accountsDiffer,
  addVariant,
  addVariantCitation,
  CitationError,
  ClaimError,
  createClaim,
  createEntry,
  deleteClaim,
  listClaims,
  MAX_CLAIM_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_VARIANT_VALUE_LENGTH,
  readClaimById,
  removeVariant,
  removeVariantCitation,
  renameClaim,
  setClaimStatus,
  updateVariant,
  updateVariantCitation,
} from "@/lib/document";

function timeline() {
  const doc = new Y.Doc();
  const entry = createEntry(doc, { title: "Prisoners taken", when: "1945-08" });
  return { doc, entry };
}

/** The document's full state, to prove a refused change wrote nothing. */
const snapshot = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc);

function expectClaimError(fn: () => unknown, code: ClaimError["code"]): ClaimError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimError);
    expect((error as ClaimError).code).toBe(code);
    return error as ClaimError;
  }
  throw new Error(`expected a ClaimError ${code}`);
}

/** Two copies of one document, and a function exchanging their updates. */
function pair(base: Y.Doc) {
  const userA = new Y.Doc();
  const userB = new Y.Doc();
  Y.applyUpdate(userA, Y.encodeStateAsUpdate(base));
  Y.applyUpdate(userB, Y.encodeStateAsUpdate(base));
  const merge = () => {
    const fromA = Y.encodeStateAsUpdate(userA, Y.encodeStateVector(userB));
    const fromB = Y.encodeStateAsUpdate(userB, Y.encodeStateVector(userA));
    Y.applyUpdate(userA, fromB);
    Y.applyUpdate(userB, fromA);
  };
  return { userA, userB, merge };
}

/** The entry's claims map, reached by key as a foreign program would. */
function rawClaims(doc: Y.Doc, entryId: string): Y.Map<unknown> {
  const entry = doc.getMap<Y.Map<unknown>>("entries").get(entryId);
  return entry?.get("claims") as Y.Map<unknown>;
}

describe("creating claims", () => {
  it("creates a claim with its variants, notes and citations", () => {
    const { doc, entry } = timeline();
    const id = createClaim(doc, entry, {
      label: "  Japanese   prisoners taken ",
      createdAt: 7,
      variants: [
        {
          value: " 594,000 ",
          note: "  Soviet figure  ",
          citations: [
            { sourceId: "s-soviet", locator: "12" },
            { sourceId: "s-krivosheev", label: "chapter", locator: "3", quote: " a quote " },
          ],
        },
      ],
    });
    const claims = listClaims(doc, entry);
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    expect(claim).toMatchObject({
      id,
      label: "Japanese prisoners taken",
      status: "open",
      acceptedVariantId: "",
      reason: "",
      createdAt: 7,
    });
    expect(claim.variants).toHaveLength(1);
    const [variant] = claim.variants;
    expect(variant).toMatchObject({ value: "594,000", note: "Soviet figure", order: 0 });
    expect(variant.citations.map(({ id: _id, ...rest }) => rest)).toEqual([
      { sourceId: "s-soviet", label: "page", locator: "12", quote: "" },
      { sourceId: "s-krivosheev", label: "chapter", locator: "3", quote: "a quote" },
    ]);
    expect(readClaimById(doc, entry, id)).toEqual(claim);
    expect(readClaimById(doc, entry, "nope")).toBeUndefined();
  });

  it("keeps a given id, so a mark written first can name the claim", () => {
    const { doc, entry } = timeline();
    expect(createClaim(doc, entry, { id: "claim-1", label: "Date" })).toBe("claim-1");
    expect(listClaims(doc, entry).map((c) => c.id)).toEqual(["claim-1"]);
    expect(listClaims(doc, entry)[0].variants).toEqual([]);
  });

  it("refuses empty or overlong labels, values and notes, writing nothing", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, { label: "Figure", variants: [{ value: "1" }] });
    const variant = listClaims(doc, entry)[0].variants[0].id;
    const before = snapshot(doc);
    const refused: [() => unknown, string][] = [
      [() => createClaim(doc, entry, { label: "   " }), "cannot be empty"],
      [
        () => createClaim(doc, entry, { label: "x".repeat(MAX_CLAIM_LABEL_LENGTH + 1) }),
        `${MAX_CLAIM_LABEL_LENGTH}`,
      ],
      [() => createClaim(doc, entry, { label: "ok", variants: [{ value: "" }] }), "empty"],
      [
        () =>
          createClaim(doc, entry, {
            label: "ok",
            variants: [{ value: "1" }, { value: "y".repeat(MAX_VARIANT_VALUE_LENGTH + 1) }],
          }),
        `${MAX_VARIANT_VALUE_LENGTH}`,
      ],
      [
        () =>
          createClaim(doc, entry, {
            label: "ok",
            variants: [{ value: "1", note: "n".repeat(MAX_NOTE_LENGTH + 1) }],
          }),
        `${MAX_NOTE_LENGTH}`,
      ],
      [
        () => createClaim(doc, entry, { label: "ok", reason: "r".repeat(MAX_NOTE_LENGTH + 1) }),
        `${MAX_NOTE_LENGTH}`,
      ],
      [() => renameClaim(doc, entry, claim, " \n "), "empty"],
      [() => renameClaim(doc, entry, claim, "x".repeat(MAX_CLAIM_LABEL_LENGTH + 1)), "at most"],
      [() => addVariant(doc, entry, claim, { value: "  " }), "empty"],
      [
        () => addVariant(doc, entry, claim, { value: "y".repeat(MAX_VARIANT_VALUE_LENGTH + 1) }),
        "at most",
      ],
      [
        () => addVariant(doc, entry, claim, { value: "2", note: "n".repeat(MAX_NOTE_LENGTH + 1) }),
        "at most",
      ],
      [() => updateVariant(doc, entry, claim, variant, { value: "" }), "empty"],
      [
        () =>
          updateVariant(doc, entry, claim, variant, {
            value: "2",
            note: "n".repeat(MAX_NOTE_LENGTH + 1),
          }),
        "at most",
      ],
    ];
    for (const [fn, message] of refused) {
      const error = expectClaimError(fn, "invalid_claim");
      expect(error.message).toContain(message);
    }
    expect(snapshot(doc)).toEqual(before);
    expect(listClaims(doc, entry)).toHaveLength(1);
    expect(listClaims(doc, entry)[0].variants.map((v) => v.value)).toEqual(["1"]);
  });

  it("accepts values and labels exactly at their limits", () => {
    const { doc, entry } = timeline();
    const id = createClaim(doc, entry, {
      label: "x".repeat(MAX_CLAIM_LABEL_LENGTH),
      variants: [
        { value: "y".repeat(MAX_VARIANT_VALUE_LENGTH), note: "n".repeat(MAX_NOTE_LENGTH) },
      ],
    });
    const claim = readClaimById(doc, entry, id);
    expect(claim?.label).toHaveLength(MAX_CLAIM_LABEL_LENGTH);
    expect(claim?.variants[0].value).toHaveLength(MAX_VARIANT_VALUE_LENGTH);
    expect(claim?.variants[0].note).toHaveLength(MAX_NOTE_LENGTH);
  });

  it("refuses a bad citation in a variant, writing nothing", () => {
    const { doc, entry } = timeline();
    const before = snapshot(doc);
    expect(() =>
      createClaim(doc, entry, {
        label: "Figure",
        variants: [{ value: "1", citations: [{ sourceId: "" }] }],
      }),
    ).toThrow(CitationError);
    expect(snapshot(doc)).toEqual(before);
    expect(listClaims(doc, entry)).toEqual([]);
  });

  it("refuses unknown entries, claims and variants", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, { label: "Figure", variants: [{ value: "1" }] });
    const before = snapshot(doc);
    expectClaimError(() => createClaim(doc, "missing", { label: "x" }), "entry_not_found");
    expectClaimError(() => addVariant(doc, entry, "missing", { value: "1" }), "claim_not_found");
    expectClaimError(() => renameClaim(doc, entry, "missing", "x"), "claim_not_found");
    expectClaimError(() => deleteClaim(doc, entry, "missing"), "claim_not_found");
    expectClaimError(
      () => updateVariant(doc, entry, claim, "missing", { value: "2" }),
      "variant_not_found",
    );
    expectClaimError(() => removeVariant(doc, entry, claim, "missing"), "variant_not_found");
    expectClaimError(
      () => addVariantCitation(doc, entry, claim, "missing", { sourceId: "s" }),
      "variant_not_found",
    );
    expect(snapshot(doc)).toEqual(before);
    expect(listClaims(doc, "missing")).toEqual([]);
  });

  it("renames and deletes a claim", () => {
    const { doc, entry } = timeline();
    const keep = createClaim(doc, entry, { label: "Keep", createdAt: 1 });
    const gone = createClaim(doc, entry, { label: "Gone", createdAt: 2 });
    renameClaim(doc, entry, keep, "  Kept   label ");
    deleteClaim(doc, entry, gone);
    expect(listClaims(doc, entry).map((c) => [c.id, c.label])).toEqual([[keep, "Kept label"]]);
  });

  it("writes nothing when a rename or variant edit changes nothing", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, {
      label: "Figure",
      variants: [{ value: "1", note: "n" }],
    });
    const variant = listClaims(doc, entry)[0].variants[0].id;
    let updates = 0;
    doc.on("update", () => updates++);
    renameClaim(doc, entry, claim, " Figure ");
    updateVariant(doc, entry, claim, variant, { value: "1 ", note: " n" });
    expect(updates).toBe(0);
  });
});

describe("concurrent first claims", () => {
  it("keeps both when two people add an entry's first claim at the same time", () => {
    const { doc, entry } = timeline();
    const { userA, userB, merge } = pair(doc);
    createClaim(userA, entry, { label: "from A", variants: [{ value: "575,000" }] });
    createClaim(userB, entry, { label: "from B", variants: [{ value: "639,776" }] });
    merge();
    const labels = (d: Y.Doc) =>
      listClaims(d, entry)
        .map((claim) => claim.label)
        .sort();
    expect(labels(userA)).toEqual(["from A", "from B"]);
    expect(labels(userB)).toEqual(labels(userA));
  });
});

describe("claim status", () => {
  it("turns an open claim disputed when a second variant is added", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, { label: "Figure", variants: [{ value: "594,000" }] });
    expect(readClaimById(doc, entry, claim)?.status).toBe("open");
    addVariant(doc, entry, claim, { value: "639,776" });
    expect(readClaimById(doc, entry, claim)?.status).toBe("disputed");
  });

  it("turns an open claim disputed when it is created with two variants", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, {
      label: "Figure",
      variants: [{ value: "594,000" }, { value: "639,776" }],
    });
    expect(readClaimById(doc, entry, claim)?.status).toBe("disputed");
  });

  it("keeps a status given explicitly", () => {
    const { doc, entry } = timeline();
    const open = createClaim(doc, entry, {
      label: "Open on purpose",
      status: "open",
      variants: [{ value: "1" }, { value: "2" }],
    });
    expect(readClaimById(doc, entry, open)?.status).toBe("open");

    const unresolvable = createClaim(doc, entry, {
      label: "Unresolvable",
      status: "unresolvable",
      reason: "The archive burned.",
      variants: [{ value: "1" }],
    });
    addVariant(doc, entry, unresolvable, { value: "2" });
    expect(readClaimById(doc, entry, unresolvable)).toMatchObject({
      status: "unresolvable",
      reason: "The archive burned.",
    });

    const settled = createClaim(doc, entry, {
      label: "Settled",
      status: "settled",
      reason: "Archive record.",
      acceptedVariant: 0,
      variants: [{ value: "1" }],
    });
    const accepted = readClaimById(doc, entry, settled)?.variants[0].id;
    addVariant(doc, entry, settled, { value: "2" });
    expect(readClaimById(doc, entry, settled)).toMatchObject({
      status: "settled",
      acceptedVariantId: accepted,
    });
  });

  it("creates a settled claim only with an accepted variant and a reason", () => {
    const { doc, entry } = timeline();
    const before = snapshot(doc);
    const variants = [{ value: "1" }, { value: "2" }];
    expectClaimError(
      () => createClaim(doc, entry, { label: "x", status: "settled", reason: "why", variants }),
      "invalid_claim",
    );
    expectClaimError(
      () =>
        createClaim(doc, entry, { label: "x", status: "settled", acceptedVariant: 1, variants }),
      "invalid_claim",
    );
    expectClaimError(
      () =>
        createClaim(doc, entry, {
          label: "x",
          status: "settled",
          acceptedVariant: 2,
          reason: "why",
          variants,
        }),
      "invalid_claim",
    );
    expect(snapshot(doc)).toEqual(before);
    const id = createClaim(doc, entry, {
      label: "x",
      status: "settled",
      acceptedVariant: 1,
      reason: " why ",
      variants,
    });
    const claim = readClaimById(doc, entry, id);
    expect(claim).toMatchObject({ status: "settled", reason: "why" });
    expect(claim?.acceptedVariantId).toBe(claim?.variants[1].id);
  });

  it("settles a claim only with an existing variant and a reason", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, {
      label: "Figure",
      variants: [{ value: "594,000" }, { value: "639,776" }],
    });
    const [v1, v2] = listClaims(doc, entry)[0].variants;
    const before = snapshot(doc);
    expectClaimError(
      () => setClaimStatus(doc, entry, claim, { status: "settled", reason: "why" }),
      "variant_not_found",
    );
    expectClaimError(
      () =>
        setClaimStatus(doc, entry, claim, {
          status: "settled",
          acceptedVariantId: "missing",
          reason: "why",
        }),
      "variant_not_found",
    );
    expectClaimError(
      () => setClaimStatus(doc, entry, claim, { status: "settled", acceptedVariantId: v1.id }),
      "invalid_claim",
    );
    expectClaimError(
      () =>
        setClaimStatus(doc, entry, claim, {
          status: "settled",
          acceptedVariantId: v1.id,
          reason: "   ",
        }),
      "invalid_claim",
    );
    expectClaimError(
      () =>
        setClaimStatus(doc, entry, claim, {
          status: "bogus" as "open",
        }),
      "invalid_claim",
    );
    expectClaimError(
      () => setClaimStatus(doc, "missing", claim, { status: "open" }),
      "entry_not_found",
    );
    expect(snapshot(doc)).toEqual(before);
    expect(readClaimById(doc, entry, claim)?.status).toBe("disputed");

    setClaimStatus(doc, entry, claim, {
      status: "settled",
      acceptedVariantId: v2.id,
      reason: "Archive record",
    });
    expect(readClaimById(doc, entry, claim)).toMatchObject({
      status: "settled",
      acceptedVariantId: v2.id,
      reason: "Archive record",
    });

    // Other statuses clear the accepted variant and keep the reason unless given.
    setClaimStatus(doc, entry, claim, { status: "unresolvable" });
    expect(readClaimById(doc, entry, claim)).toMatchObject({
      status: "unresolvable",
      acceptedVariantId: "",
      reason: "Archive record",
    });
    setClaimStatus(doc, entry, claim, { status: "disputed", reason: "" });
    expect(readClaimById(doc, entry, claim)).toMatchObject({
      status: "disputed",
      acceptedVariantId: "",
      reason: "",
    });
  });

  it("un-settles a claim whose accepted variant is removed: disputed with two left", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, {
      label: "Figure",
      variants: [{ value: "1" }, { value: "2" }, { value: "3" }],
    });
    const [v1, v2, v3] = listClaims(doc, entry)[0].variants;
    setClaimStatus(doc, entry, claim, { status: "settled", acceptedVariantId: v1.id, reason: "r" });
    removeVariant(doc, entry, claim, v1.id);
    expect(readClaimById(doc, entry, claim)).toMatchObject({
      status: "disputed",
      acceptedVariantId: "",
    });
    expect(readClaimById(doc, entry, claim)?.variants.map((v) => v.id)).toEqual([v2.id, v3.id]);
  });

  it("un-settles a claim whose accepted variant is removed: open with one left", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, {
      label: "Figure",
      variants: [{ value: "1" }, { value: "2" }],
    });
    const [v1, v2] = listClaims(doc, entry)[0].variants;
    setClaimStatus(doc, entry, claim, { status: "settled", acceptedVariantId: v2.id, reason: "r" });
    removeVariant(doc, entry, claim, v2.id);
    expect(readClaimById(doc, entry, claim)).toMatchObject({
      status: "open",
      acceptedVariantId: "",
    });
    expect(readClaimById(doc, entry, claim)?.variants.map((v) => v.id)).toEqual([v1.id]);
  });

  it("keeps a settled claim settled when another variant is removed", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, {
      label: "Figure",
      variants: [{ value: "1" }, { value: "2" }],
    });
    const [v1, v2] = listClaims(doc, entry)[0].variants;
    setClaimStatus(doc, entry, claim, { status: "settled", acceptedVariantId: v1.id, reason: "r" });
    removeVariant(doc, entry, claim, v2.id);
    expect(readClaimById(doc, entry, claim)).toMatchObject({
      status: "settled",
      acceptedVariantId: v1.id,
    });
  });

  it("reads a settled claim as disputed when its accepted variant was deleted concurrently", () => {
    const { doc: base, entry } = timeline();
    const claim = createClaim(base, entry, {
      label: "Figure",
      variants: [{ value: "1" }, { value: "2" }, { value: "3" }],
    });
    const [v1] = listClaims(base, entry)[0].variants;
    const { userA, userB, merge } = pair(base);
    setClaimStatus(userA, entry, claim, {
      status: "settled",
      acceptedVariantId: v1.id,
      reason: "r",
    });
    removeVariant(userB, entry, claim, v1.id);
    merge();
    for (const doc of [userA, userB]) {
      const read = readClaimById(doc, entry, claim);
      expect(read?.status).toBe("disputed");
      expect(read?.acceptedVariantId).toBe("");
      expect(read?.variants.map((v) => v.value)).toEqual(["2", "3"]);
    }
    expect(listClaims(userA, entry)).toEqual(listClaims(userB, entry));
  });

  it("says accounts differ for disputed and unresolvable claims only", () => {
    expect(accountsDiffer({ status: "disputed" })).toBe(true);
    expect(accountsDiffer({ status: "unresolvable" })).toBe(true);
    expect(accountsDiffer({ status: "open" })).toBe(false);
    expect(accountsDiffer({ status: "settled" })).toBe(false);
  });
});

describe("variants and their citations", () => {
  it("orders variants by when they were added", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, {
      label: "Figure",
      variants: [{ value: "a" }, { value: "b" }],
    });
    const c = addVariant(doc, entry, claim, { value: "c", note: "third" });
    const variants = readClaimById(doc, entry, claim)?.variants ?? [];
    expect(variants.map((v) => [v.value, v.order])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 2],
    ]);
    expect(variants[2]).toMatchObject({ id: c, note: "third", citations: [] });
    removeVariant(doc, entry, claim, variants[1].id);
    addVariant(doc, entry, claim, { value: "d" });
    expect(readClaimById(doc, entry, claim)?.variants.map((v) => [v.value, v.order])).toEqual([
      ["a", 0],
      ["c", 2],
      ["d", 3],
    ]);
  });

  it("updates a variant's value and note separately", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, {
      label: "Figure",
      variants: [{ value: "1", note: "n" }],
    });
    const variant = listClaims(doc, entry)[0].variants[0].id;
    updateVariant(doc, entry, claim, variant, { value: "  2  " });
    expect(listClaims(doc, entry)[0].variants[0]).toMatchObject({ value: "2", note: "n" });
    updateVariant(doc, entry, claim, variant, { note: "" });
    expect(listClaims(doc, entry)[0].variants[0]).toMatchObject({ value: "2", note: "" });
  });

  it("adds, updates and removes citations, keeping their order", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, {
      label: "Figure",
      variants: [{ value: "1", citations: [{ sourceId: "s1", locator: "1" }] }],
    });
    const variant = listClaims(doc, entry)[0].variants[0].id;
    const first = listClaims(doc, entry)[0].variants[0].citations[0].id;
    const second = addVariantCitation(doc, entry, claim, variant, {
      sourceId: "s2",
      label: "section",
      locator: " 4 ",
    });
    const third = addVariantCitation(doc, entry, claim, variant, { sourceId: "s3" });
    const citations = () => readClaimById(doc, entry, claim)?.variants[0].citations ?? [];
    expect(citations().map((c) => c.id)).toEqual([first, second, third]);
    expect(citations()[1]).toEqual({
      id: second,
      sourceId: "s2",
      label: "section",
      locator: "4",
      quote: "",
    });

    updateVariantCitation(doc, entry, claim, variant, first, {
      locator: "38–39",
      quote: "The exact words.",
    });
    expect(citations().map((c) => c.id)).toEqual([first, second, third]);
    expect(citations()[0]).toEqual({
      id: first,
      sourceId: "s1",
      label: "page",
      locator: "38–39",
      quote: "The exact words.",
    });

    const before = snapshot(doc);
    expect(() =>
      updateVariantCitation(doc, entry, claim, variant, first, { label: "bogus" as "page" }),
    ).toThrow(CitationError);
    expect(() =>
      addVariantCitation(doc, entry, claim, variant, { sourceId: "s4", locator: "x".repeat(101) }),
    ).toThrow(CitationError);
    expectClaimError(
      () => updateVariantCitation(doc, entry, claim, variant, "missing", { locator: "1" }),
      "citation_not_found",
    );
    expectClaimError(
      () => removeVariantCitation(doc, entry, claim, variant, "missing"),
      "citation_not_found",
    );
    expect(snapshot(doc)).toEqual(before);

    removeVariantCitation(doc, entry, claim, variant, second);
    expect(citations().map((c) => c.id)).toEqual([first, third]);
    const fourth = addVariantCitation(doc, entry, claim, variant, { sourceId: "s4" });
    expect(citations().map((c) => c.id)).toEqual([first, third, fourth]);
  });

  it("stores citations as plain objects with their order", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, {
      label: "Figure",
      variants: [{ value: "1", citations: [{ sourceId: "s1" }, { sourceId: "s2" }] }],
    });
    const variantId = listClaims(doc, entry)[0].variants[0].id;
    const claimMap = rawClaims(doc, entry).get(claim) as Y.Map<unknown>;
    const variants = claimMap.get("variants") as Y.Map<Y.Map<unknown>>;
    const citations = variants.get(variantId)?.get("citations") as Y.Map<unknown>;
    expect(citations).toBeInstanceOf(Y.Map);
    const stored = [...citations.values()].sort(
      (a, b) => (a as { order: number }).order - (b as { order: number }).order,
    );
    expect(stored).toEqual([
      { sourceId: "s1", label: "page", locator: "", quote: "", order: 0 },
      { sourceId: "s2", label: "page", locator: "", quote: "", order: 1 },
    ]);
  });
});

describe("listing claims", () => {
  it("lists claims oldest first, ties by id", () => {
    const { doc, entry } = timeline();
    createClaim(doc, entry, { id: "c", label: "third", createdAt: 30 });
    createClaim(doc, entry, { id: "b", label: "tie b", createdAt: 20 });
    createClaim(doc, entry, { id: "a", label: "tie a", createdAt: 20 });
    createClaim(doc, entry, { id: "z", label: "first", createdAt: 10 });
    expect(listClaims(doc, entry).map((c) => c.id)).toEqual(["z", "a", "b", "c"]);
  });

  it("returns no claims for an entry without any", () => {
    const { doc, entry } = timeline();
    expect(listClaims(doc, entry)).toEqual([]);
  });

  it("keeps the claims of different entries apart", () => {
    const { doc, entry } = timeline();
    const other = createEntry(doc, { title: "other" });
    const mine = createClaim(doc, entry, { label: "mine" });
    const theirs = createClaim(doc, other, { label: "theirs" });
    expect(listClaims(doc, entry).map((c) => c.id)).toEqual([mine]);
    expect(listClaims(doc, other).map((c) => c.id)).toEqual([theirs]);
  });
});

describe("claims a hostile peer wrote directly", () => {
  it("skips what is not a claim and reads bad fields as defaults", () => {
    const { doc, entry } = timeline();
    const good = createClaim(doc, entry, {
      label: "Good",
      createdAt: 1,
      variants: [{ value: "1", citations: [{ sourceId: "s1" }] }],
    });

    // A foreign peer writes garbage under the same entry.
    const foreign = new Y.Doc();
    Y.applyUpdate(foreign, Y.encodeStateAsUpdate(doc));
    foreign.transact(() => {
      const claims = rawClaims(foreign, entry);
      claims.set("a-string", "not a claim");
      claims.set("a-number", 42);
      const bad = new Y.Map<unknown>();
      claims.set("bad", bad);
      bad.set("label", 17);
      bad.set("status", "maybe");
      bad.set("acceptedVariantId", ["x"]);
      bad.set("reason", { text: "no" });
      bad.set("createdAt", "yesterday");
      const variants = new Y.Map<unknown>();
      bad.set("variants", variants);
      variants.set("not-a-map", "garbage");
      const variant = new Y.Map<unknown>();
      variants.set("v", variant);
      variant.set("value", 594000);
      variant.set("note", null);
      variant.set("order", "first");
      const citations = new Y.Map<unknown>();
      variant.set("citations", citations);
      citations.set("no-source", { label: "page", locator: "1", order: 0 });
      citations.set("string", "page 4");
      citations.set("null", null);
      citations.set("too-long", { sourceId: "s", locator: "x".repeat(500), order: 1 });
      citations.set("ok", { sourceId: "s", label: "folio?", locator: 12, quote: [], order: "2" });

      const noVariants = new Y.Map<unknown>();
      claims.set("no-variants", noVariants);
      noVariants.set("label", "No variants");
      noVariants.set("status", "settled");
      noVariants.set("acceptedVariantId", "ghost");
      noVariants.set("createdAt", 5);
      noVariants.set("variants", "not a map");
    });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(foreign, Y.encodeStateVector(doc)));

    const claims = listClaims(doc, entry);
    expect(claims.map((c) => c.id)).toEqual(["bad", good, "no-variants"]);
    expect(claims[0]).toEqual({
      id: "bad",
      label: "",
      status: "open",
      acceptedVariantId: "",
      reason: "",
      createdAt: 0,
      variants: [
        {
          id: "v",
          value: "",
          note: "",
          order: 0,
          citations: [{ id: "ok", sourceId: "s", label: "page", locator: "", quote: "" }],
        },
      ],
    });
    expect(claims[2]).toMatchObject({
      label: "No variants",
      status: "disputed",
      acceptedVariantId: "",
      variants: [],
    });
    expect(readClaimById(doc, entry, good)?.variants[0].citations).toHaveLength(1);
    // The garbage stays in the document, untouched.
    expect(rawClaims(doc, entry).get("a-string")).toBe("not a claim");
  });

  it("ignores a claims value that is not a map, and a write replaces it", () => {
    const { doc, entry } = timeline();
    doc.getMap<Y.Map<unknown>>("entries").get(entry)?.set("claims", "garbage");
    expect(listClaims(doc, entry)).toEqual([]);
    expectClaimError(() => addVariant(doc, entry, "x", { value: "1" }), "claim_not_found");
    const id = createClaim(doc, entry, { label: "Fresh" });
    expect(listClaims(doc, entry).map((c) => c.id)).toEqual([id]);
  });

  it("lets writes work on a claim whose variants or citations were garbage", () => {
    const { doc, entry } = timeline();
    const claim = createClaim(doc, entry, { label: "Figure", variants: [{ value: "1" }] });
    const variant = listClaims(doc, entry)[0].variants[0].id;
    const map = rawClaims(doc, entry).get(claim) as Y.Map<unknown>;
    const variantMap = (map.get("variants") as Y.Map<Y.Map<unknown>>).get(variant);
    if (!variantMap) throw new Error("the variant is stored as a Y.Map");
    variantMap.set("citations", "garbage");
    expect(readClaimById(doc, entry, claim)?.variants[0].citations).toEqual([]);
    const citation = addVariantCitation(doc, entry, claim, variant, { sourceId: "s" });
    expect(readClaimById(doc, entry, claim)?.variants[0].citations.map((c) => c.id)).toEqual([
      citation,
    ]);
    variantMap.set("citations", new Y.Map());
    (variantMap.get("citations") as Y.Map<unknown>).set("junk", 5);
    expectClaimError(
      () => updateVariantCitation(doc, entry, claim, variant, "junk", { locator: "1" }),
      "citation_not_found",
    );

    map.set("variants", 12);
    expect(readClaimById(doc, entry, claim)?.variants).toEqual([]);
    const added = addVariant(doc, entry, claim, { value: "again" });
    expect(readClaimById(doc, entry, claim)?.variants.map((v) => v.id)).toEqual([added]);
  });
});
