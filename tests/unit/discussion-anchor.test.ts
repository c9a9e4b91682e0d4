import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createBodyAnchor,
  createTitleAnchor,
  pointAtOffset,
  type Resolved,
  resolveBodyAnchor,
  resolveTitleAnchor,
} from "@/lib/discussion/anchor";
import type { BodyAnchor } from "@/lib/discussion/protocol";

/** A body of paragraphs, each one Y.XmlText, as y-prosemirror stores them. */
function bodyOf(doc: Y.Doc, paragraphs: string[], mark = false): Y.XmlFragment {
  const fragment = doc.getXmlFragment("body");
  doc.transact(() => {
    let n = 0;
    fragment.insert(
      0,
      paragraphs.map((text) => {
        const p = new Y.XmlElement("paragraph");
        const t = new Y.XmlText();
        p.insert(0, [t]);
        // Each original character carries its number, so the test can tell it from typed text.
        if (mark) for (const [i, ch] of [...text].entries()) t.insert(i, ch, { o: n++ });
        else t.insert(0, text);
        return p;
      }),
    );
  });
  return fragment;
}

function anchorAt(fragment: Y.XmlFragment, from: number, to: number): BodyAnchor {
  const start = pointAtOffset(fragment, from);
  const end = pointAtOffset(fragment, to);
  if (!start || !end) throw new Error("offsets outside the body");
  const anchor = createBodyAnchor(fragment, start, end);
  if (!anchor) throw new Error("empty anchor");
  return anchor;
}

const texts = (fragment: Y.XmlFragment) =>
  fragment.toArray().map((p) => (p as Y.XmlElement).get(0) as Y.XmlText);

const attached = (result: Resolved) => (result.status === "attached" ? result.text : null);

describe("body anchors", () => {
  const setup = () => {
    const doc = new Y.Doc();
    const fragment = bodyOf(doc, ["The talks opened on 1 June 1955 in London."]);
    const anchor = anchorAt(fragment, 20, 31); // "1 June 1955"
    return { doc, fragment, anchor, text: texts(fragment)[0] };
  };

  it("keeps the quote and some context", () => {
    const { anchor } = setup();
    expect(anchor.quote).toBe("1 June 1955");
    expect(anchor.prefix).toBe("The talks opened on ");
    expect(anchor.suffix).toBe(" in London.");
  });

  it("leaves text typed at either edge outside, and takes text typed inside", () => {
    const { doc, fragment, anchor, text } = setup();
    text.insert(31, "!");
    text.insert(20, "about ");
    expect(attached(resolveBodyAnchor(doc, fragment, anchor))).toBe("1 June 1955");
    text.insert(32, " (Old Style)"); // after "1 June" inside the range: 20 + 6 + 6
    expect(attached(resolveBodyAnchor(doc, fragment, anchor))).toBe("1 June (Old Style) 1955");
  });

  it("stays on the remaining words when part is deleted, and orphans when all is", () => {
    const { doc, fragment, anchor, text } = setup();
    text.delete(20, 7); // "1 June "
    expect(attached(resolveBodyAnchor(doc, fragment, anchor))).toBe("1955");
    text.delete(20, 4);
    expect(resolveBodyAnchor(doc, fragment, anchor)).toEqual({
      status: "orphan",
      reason: "deleted",
    });
    expect(anchor.quote).toBe("1 June 1955");
  });

  it("orphans a thread whose paragraph was deleted", () => {
    const doc = new Y.Doc();
    const fragment = bodyOf(doc, ["First paragraph.", "Second, with the words."]);
    const anchor = anchorAt(fragment, 24, 33);
    expect(anchor.quote).toBe("with the ");
    fragment.delete(1, 1);
    expect(resolveBodyAnchor(doc, fragment, anchor).status).toBe("orphan");
  });

  it("spans paragraphs", () => {
    const doc = new Y.Doc();
    const fragment = bodyOf(doc, ["One two", "three four"]);
    const anchor = anchorAt(fragment, 4, 12);
    expect(anchor.quote).toBe("twothree");
    texts(fragment)[1].insert(0, "and ");
    expect(attached(resolveBodyAnchor(doc, fragment, anchor))).toBe("twoand three");
  });

  it("reports a malformed anchor as an orphan without throwing", () => {
    const { doc, fragment, anchor } = setup();
    expect(resolveBodyAnchor(doc, fragment, { ...anchor, start: "%%%not base64" }).status).toBe(
      "orphan",
    );
    expect(resolveBodyAnchor(doc, fragment, { ...anchor, end: "AAAA" }).status).toBe("orphan");
  });

  it("follows concurrent edits made on another copy", () => {
    const { doc, fragment, anchor } = setup();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    texts(other.getXmlFragment("body"))[0].insert(0, "In 1955, ");
    texts(fragment)[0].insert(26, "st");
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const here = resolveBodyAnchor(doc, fragment, anchor);
    const there = resolveBodyAnchor(other, other.getXmlFragment("body"), anchor);
    expect(attached(here)).toBe("1 Junest 1955");
    expect(there).toEqual(here);
  });
});

describe("title anchors", () => {
  it("finds the words again, choosing the occurrence whose context matches", () => {
    const title = "talks in London; talks in Moscow";
    const anchor = createTitleAnchor(title, 17, 22); // the second "talks"
    if (!anchor) throw new Error("no anchor");
    expect(anchor.quote).toBe("talks");
    const resolved = resolveTitleAnchor(`New: ${title}`, anchor);
    expect(resolved).toMatchObject({ status: "attached", from: 22, to: 27 });
    expect(resolveTitleAnchor("talks in London", { ...anchor, quote: "Moscow" }).status).toBe(
      "orphan",
    );
  });
});

/**
 * Random concurrent edits from three copies, with partial syncs. Afterwards,
 * every copy agrees on every anchor. An anchor with any of its characters
 * left is attached, and its range holds all of them and no other original
 * character (only text typed inside it may join). Only an anchor whose
 * characters are all gone may be an orphan.
 */
describe("anchors under concurrent edits (property)", () => {
  const op = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant("insert" as const),
        client: fc.nat(2),
        para: fc.nat(2),
        at: fc.nat(40),
        text: fc.stringMatching(/^[xyz]{1,3}$/),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant("delete" as const),
        client: fc.nat(2),
        para: fc.nat(2),
        at: fc.nat(40),
        len: fc.integer({ min: 1, max: 8 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant("sync" as const), from: fc.nat(2), to: fc.nat(2) }),
    },
  );

  const PARAGRAPHS = ["Soviet records give", "639,776 captured men", "and 61,855 deaths."];
  const TOTAL = PARAGRAPHS.join("").length;

  it("keeps every anchor on its own words or reports it an orphan", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .tuple(fc.nat(TOTAL - 1), fc.integer({ min: 1, max: 12 }))
            .map(([from, len]) => [from, Math.min(TOTAL, from + len)] as const),
          { minLength: 1, maxLength: 4 },
        ),
        fc.array(op, { maxLength: 40 }),
        (ranges, ops) => {
          const base = new Y.Doc();
          const baseBody = bodyOf(base, PARAGRAPHS, true);
          const anchors = ranges.map(([from, to]) => ({
            from,
            to,
            anchor: anchorAt(baseBody, from, to),
          }));
          const copies = [0, 1, 2].map(() => {
            const doc = new Y.Doc();
            Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
            return doc;
          });
          const sync = (a: Y.Doc, b: Y.Doc) =>
            Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
          for (const step of ops) {
            if (step.kind === "sync") {
              sync(copies[step.from], copies[step.to]);
              continue;
            }
            const paragraphs = texts(copies[step.client].getXmlFragment("body"));
            const text = paragraphs[step.para % paragraphs.length];
            if (!text) continue;
            const at = step.at % (text.length + 1);
            if (step.kind === "insert") text.insert(at, step.text, {});
            else if (at < text.length) text.delete(at, Math.min(step.len, text.length - at));
          }
          for (const a of copies) for (const b of copies) sync(a, b);

          for (const { from, to, anchor } of anchors) {
            const results = copies.map((doc) =>
              resolveBodyAnchor(doc, doc.getXmlFragment("body"), anchor),
            );
            for (const result of results) expect(result).toEqual(results[0]);
            // The characters of the final body, each with its original number (or none if typed).
            const chars = texts(copies[0].getXmlFragment("body")).flatMap((t) =>
              (t.toDelta() as { insert: string; attributes?: { o?: number } }[]).flatMap((d) =>
                [...d.insert].map(() => d.attributes?.o),
              ),
            );
            const own = (o: number | undefined) => o !== undefined && o >= from && o < to;
            const surviving = chars.filter(own).length;
            const result = results[0];
            if (result.status === "orphan") {
              expect(surviving).toBe(0);
              continue;
            }
            expect(result.from).toBeLessThan(result.to);
            const inside = chars.slice(result.from, result.to);
            expect(inside.filter(own).length).toBe(surviving);
            expect(inside.every((o) => o === undefined || own(o))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
