import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { parseWhen } from "@/lib/dates/parse";
import {
  buildDemoTimeline,
  DEMO_DOCUMENTS,
  DEMO_SOURCES,
  DEMO_TIMELINE_DESCRIPTION,
  DEMO_TIMELINE_TITLE,
} from "@/lib/demo";
import {
  accountsDiffer,
  type Citation,
  citingEntries,
  entryCitations,
  entryFlags,
  entryPlainText,
  hasSource,
  LANE_COLORS,
  listClaims,
  listEntries,
  listLanes,
  listSources,
  markedClaimIds,
  readMeta,
} from "@/lib/document";

function buildFresh(): Y.Doc {
  const doc = new Y.Doc();
  buildDemoTimeline(doc, "demo");
  return doc;
}

const LANE_NAMES = [
  "War & capture",
  "Prisoners & repatriation",
  "Negotiations",
  "Territory",
  "Later positions",
];

/** Every citation an entry makes: body markers and claim variants. */
function allCitations(doc: Y.Doc, entryId: string): Citation[] {
  return [
    ...entryCitations(doc, entryId),
    ...listClaims(doc, entryId).flatMap((claim) =>
      claim.variants.flatMap((variant) => variant.citations),
    ),
  ];
}

/** Lower case, punctuation dropped, one space between words: copying survives re-punctuation. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

const WINDOW = 8;

/**
 * Source fields that name or locate a work and must be given as the work
 * gives them (a title, an archive reference, a web address); the copy check
 * skips them. Every other source field is our own prose and is checked.
 */
const BIBLIOGRAPHIC_FIELDS = new Set([
  "title",
  "container-title",
  "collection-title",
  "archive",
  "archive_location",
  "URL",
  "DOI",
  "ISBN",
]);

function sourcesFolder(): string | undefined {
  const candidates = [resolve("/work/shared/sources"), resolve(process.cwd(), "../shared/sources")];
  return candidates.find((dir) => existsSync(dir));
}

describe("demo timeline", () => {
  it("writes the title, a description naming the three accounts, and five lanes with distinct palette colours", () => {
    const doc = buildFresh();
    const meta = readMeta(doc);
    expect(meta.title).toBe(DEMO_TIMELINE_TITLE);
    expect(meta.description).toBe(DEMO_TIMELINE_DESCRIPTION);
    for (const name of ["Saito", "Katasonova", "unsigned"])
      expect(meta.description).toContain(name);
    const lanes = listLanes(doc);
    expect(lanes.map((lane) => lane.name)).toEqual(LANE_NAMES);
    expect(new Set(lanes.map((lane) => lane.color)).size).toBe(5);
    for (const lane of lanes) expect(LANE_COLORS).toContain(lane.color);
  });

  it("has at least 40 entries, each in a lane, dated 1945–1960 unless it records a later position", () => {
    const doc = buildFresh();
    const entries = listEntries(doc);
    expect(entries.length).toBeGreaterThanOrEqual(40);
    const lanes = listLanes(doc);
    const later = lanes.find((lane) => lane.name === "Later positions")?.id;
    const start = Date.UTC(1945, 0, 1);
    const end = Date.UTC(1961, 0, 1) - 1;
    for (const lane of lanes) {
      expect(
        entries.filter((entry) => entry.laneId === lane.id).length,
        lane.name,
      ).toBeGreaterThanOrEqual(5);
    }
    let outside = 0;
    for (const entry of entries) {
      const parsed = parseWhen(entry.when);
      expect(parsed.ok, `${entry.title}: ${entry.when} ${parsed.ok ? "" : parsed.error}`).toBe(
        true,
      );
      if (!parsed.ok) continue;
      const { min, max } = parsed.value;
      // An open start ("until March 1949") stays in range; an open end reaches past 1960.
      const inRange =
        (parsed.value.start === "open" || (min !== null && min >= start)) &&
        parsed.value.end !== "open" &&
        max !== null &&
        max <= end;
      if (entry.laneId === later) {
        if (!inRange) outside++;
        continue;
      }
      expect(inRange, `${entry.title}: ${entry.when}`).toBe(true);
    }
    // Dates past 1960 stay a minority, in the later-positions lane only.
    expect(outside).toBeLessThan(entries.length / 5);
  });

  it("gives every entry tags, prose, and at least one citation of an existing source", () => {
    const doc = buildFresh();
    for (const entry of listEntries(doc)) {
      expect(entry.tags.length, entry.title).toBeGreaterThan(0);
      expect(entryPlainText(doc, entry.id).trim().length, entry.title).toBeGreaterThan(0);
      expect(entryFlags(doc, entry.id).unsourced, `${entry.title} is unsourced`).toBe(false);
      expect(
        entryCitations(doc, entry.id).length,
        `${entry.title} cites in its body`,
      ).toBeGreaterThan(0);
      for (const citation of allCitations(doc, entry.id)) {
        expect(hasSource(doc, citation.sourceId), `${entry.title} cites ${citation.sourceId}`).toBe(
          true,
        );
      }
    }
  });

  it("keeps the three documents and the records they cite as sources with fixed ids, each one cited", () => {
    const doc = buildFresh();
    const ids = listSources(doc).map((source) => source.id);
    expect(ids.sort()).toEqual(DEMO_SOURCES.map((source) => source.id).sort());
    expect(DEMO_DOCUMENTS).toEqual(["demo-saito", "demo-katasonova", "demo-no-peace-treaty"]);
    for (const id of ids) expect(id.startsWith("demo-"), id).toBe(true);
    expect(ids.length).toBeGreaterThan(DEMO_DOCUMENTS.length);
    for (const id of ids) {
      expect(citingEntries(doc, id).length, `${id} is cited`).toBeGreaterThan(0);
    }
    // The three documents carry the citation basics.
    const saito = listSources(doc).find((source) => source.id === "demo-saito");
    expect(saito).toMatchObject({ type: "chapter", author: [{ family: "Saito" }] });
    const katasonova = listSources(doc).find((source) => source.id === "demo-katasonova");
    expect(katasonova).toMatchObject({
      type: "article-journal",
      author: [{ family: "Katasonova" }],
    });
    const article = listSources(doc).find((source) => source.id === "demo-no-peace-treaty");
    expect(article?.title).toBe("Why there is no peace treaty with Japan");
    expect(article?.author).toBeUndefined();
  });

  it("models the disagreements between the documents as claims with cited variants", () => {
    const doc = buildFresh();
    const claims = listEntries(doc).flatMap((entry) =>
      listClaims(doc, entry.id).map((claim) => ({ entry, claim })),
    );
    const byId = new Map(claims.map(({ claim }) => [claim.id, claim]));
    for (const id of [
      "pow-count",
      "pow-deaths",
      "london-opening",
      "domnitsky-delivery",
      "pow-status",
      "transfer-conditional",
    ]) {
      const claim = byId.get(id);
      expect(claim, id).toBeDefined();
      expect(claim?.variants.length, id).toBeGreaterThanOrEqual(2);
      expect(["disputed", "unresolvable"], id).toContain(claim?.status);
      expect(claim?.reason, id).not.toBe("");
    }
    expect(claims.length).toBeGreaterThanOrEqual(15);
    for (const { entry, claim } of claims) {
      const where = `${entry.title} / ${claim.id}`;
      expect(claim.variants.length, where).toBeGreaterThanOrEqual(2);
      expect(claim.reason, where).not.toBe("");
      for (const variant of claim.variants) {
        expect(variant.citations.length, `${where}: ${variant.value}`).toBeGreaterThan(0);
      }
      if (claim.status === "settled") {
        expect(
          claim.variants.map((v) => v.id),
          where,
        ).toContain(claim.acceptedVariantId);
      } else {
        expect(accountsDiffer(claim), where).toBe(true);
      }
    }
    // Both figures the test used to look for in prose are now variants.
    const values = claims.flatMap(({ claim }) => claim.variants.map((v) => v.value)).join("\n");
    for (const figure of ["573,984", "594,000", "639,776", "639,635", "61,855", "46,082"]) {
      expect(values).toContain(figure);
    }
    expect(values).toContain("1 June 1955");
    expect(values).toContain("3 June 1955");
  });

  it("marks every claim in its entry's body, and marks no claim that does not exist", () => {
    const doc = buildFresh();
    for (const entry of listEntries(doc)) {
      const marked = markedClaimIds(doc, entry.id);
      const claimIds = new Set(listClaims(doc, entry.id).map((claim) => claim.id));
      for (const id of marked) expect(claimIds.has(id), `${entry.title}: ${id}`).toBe(true);
      for (const id of claimIds) expect(marked.has(id), `${entry.title}: ${id} marked`).toBe(true);
    }
  });

  it("shows the range of dates Parallax supports", () => {
    const kinds = new Set<string>();
    let approximate = false;
    let uncertain = false;
    let open = false;
    for (const entry of listEntries(buildFresh())) {
      const parsed = parseWhen(entry.when);
      if (!parsed.ok) continue;
      kinds.add(parsed.value.kind);
      approximate ||= parsed.value.approximate;
      uncertain ||= parsed.value.uncertain;
      open ||= parsed.value.start === "open" || parsed.value.end === "open";
    }
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining(["day", "interval", "month", "season", "set", "year"]),
    );
    expect({ approximate, uncertain, open }).toEqual({
      approximate: true,
      uncertain: true,
      open: true,
    });
  });

  it("is deterministic apart from entry, lane and citation ids", () => {
    const withoutId = ({ id: _id, ...rest }: Citation) => rest;
    const summary = (doc: Y.Doc) =>
      listEntries(doc)
        .map(({ title, when, tags, createdAt, id }) => ({
          title,
          when,
          tags,
          createdAt,
          text: entryPlainText(doc, id),
          citations: entryCitations(doc, id).map(withoutId),
          claims: listClaims(doc, id).map((claim) => ({
            id: claim.id,
            label: claim.label,
            status: claim.status,
            reason: claim.reason,
            createdAt: claim.createdAt,
            variants: claim.variants.map((v) => ({
              value: v.value,
              note: v.note,
              citations: v.citations.map(withoutId),
            })),
          })),
        }))
        .sort((a, b) => a.createdAt - b.createdAt);
    const a = buildFresh();
    const b = buildFresh();
    expect(summary(a)).toEqual(summary(b));
    expect(listSources(a)).toEqual(listSources(b));
  });

  it("writes everything in one transaction with the given origin", () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on("afterTransaction", (tr: Y.Transaction) => origins.push(tr.origin));
    buildDemoTimeline(doc, "seed");
    expect(origins).toEqual(["seed"]);
  });

  const folder = sourcesFolder();
  it.skipIf(!folder)(
    `copies no run of ${WINDOW} words from the source documents (skipped when shared/sources is absent)`,
    () => {
      if (!folder) return;
      const files = readdirSync(folder).filter((name) => name.endsWith(".txt"));
      expect(files.length).toBeGreaterThan(0);
      const sourceText = ` ${files.map((name) => words(readFileSync(join(folder, name), "utf8")).join(" ")).join(" | ")} `;
      const doc = buildFresh();
      const texts: { where: string; text: string }[] = [
        { where: "description", text: readMeta(doc).description },
      ];
      for (const entry of listEntries(doc)) {
        texts.push({ where: entry.title, text: entry.title });
        for (const line of entryPlainText(doc, entry.id).split("\n")) {
          texts.push({ where: entry.title, text: line });
        }
        for (const citation of allCitations(doc, entry.id)) {
          texts.push({ where: `${entry.title} (quote)`, text: citation.quote });
        }
        for (const claim of listClaims(doc, entry.id)) {
          const where = `${entry.title} / ${claim.id}`;
          texts.push({ where, text: claim.label }, { where, text: claim.reason });
          for (const variant of claim.variants) {
            texts.push({ where, text: variant.value }, { where, text: variant.note });
          }
        }
      }
      for (const source of listSources(doc)) {
        for (const [field, value] of Object.entries(source)) {
          if (BIBLIOGRAPHIC_FIELDS.has(field)) continue;
          texts.push({ where: `source ${source.id}.${field}`, text: JSON.stringify(value) });
        }
      }
      const copied: string[] = [];
      for (const { where, text } of texts) {
        const w = words(text);
        for (let i = 0; i + WINDOW <= w.length; i++) {
          const window = w.slice(i, i + WINDOW).join(" ");
          if (sourceText.includes(` ${window} `)) copied.push(`${where}: "${window}"`);
        }
      }
      expect(copied).toEqual([]);
    },
  );
});
