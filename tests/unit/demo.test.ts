import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { parseWhen } from "@/lib/dates/parse";
import { buildDemoTimeline, DEMO_TIMELINE_TITLE, isSourcesLine, SOURCE_NAMES } from "@/lib/demo";
import { entryPlainText, LANE_COLORS, listEntries, listLanes, readMeta } from "@/lib/document";

function buildFresh(): Y.Doc {
  const doc = new Y.Doc();
  buildDemoTimeline(doc, "demo");
  return doc;
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

function sourcesFolder(): string | undefined {
  const candidates = [resolve("/work/shared/sources"), resolve(process.cwd(), "../shared/sources")];
  return candidates.find((dir) => existsSync(dir));
}

describe("demo timeline", () => {
  it("writes the title, four lanes with distinct palette colours, and at least 30 entries", () => {
    const doc = buildFresh();
    expect(readMeta(doc).title).toBe(DEMO_TIMELINE_TITLE);
    const lanes = listLanes(doc);
    expect(lanes.map((lane) => lane.name)).toEqual([
      "War & capture",
      "Prisoners of war",
      "Negotiations",
      "Territory",
    ]);
    expect(new Set(lanes.map((lane) => lane.color)).size).toBe(4);
    for (const lane of lanes) expect(LANE_COLORS).toContain(lane.color);
    expect(listEntries(doc).length).toBeGreaterThanOrEqual(30);
  });

  it("gives every entry a valid when, a lane, tags and an attributed body", () => {
    const doc = buildFresh();
    const laneIds = new Set(listLanes(doc).map((lane) => lane.id));
    for (const entry of listEntries(doc)) {
      const parsed = parseWhen(entry.when);
      expect(parsed.ok, `${entry.title}: ${entry.when} ${parsed.ok ? "" : parsed.error}`).toBe(
        true,
      );
      expect(laneIds.has(entry.laneId), entry.title).toBe(true);
      expect(entry.tags.length, entry.title).toBeGreaterThan(0);
      const text = entryPlainText(doc, entry.id);
      const prose = text.split("\n").filter((line) => !isSourcesLine(line));
      expect(prose.join("").trim().length, entry.title).toBeGreaterThan(0);
      expect(text.split("\n").some(isSourcesLine), `${entry.title} has a Sources line`).toBe(true);
      expect(
        SOURCE_NAMES.some((name) => text.includes(name)),
        `${entry.title} names a source`,
      ).toBe(true);
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

  it("represents disputed figures and dates explicitly", () => {
    const doc = buildFresh();
    const entries = listEntries(doc);
    const disputed = entries.filter((entry) => entry.tags.some((tag) => tag.endsWith("disputed")));
    expect(disputed.length).toBeGreaterThanOrEqual(10);
    const all = entries.map((entry) => entryPlainText(doc, entry.id)).join("\n");
    for (const figure of [
      "573,984",
      "594,000",
      "639,776",
      "61,855",
      "46,082",
      "1 June 1955",
      "3 June 1955",
    ]) {
      expect(all).toContain(figure);
    }
  });

  it("is deterministic apart from ids", () => {
    const summary = (doc: Y.Doc) =>
      listEntries(doc)
        .map(({ title, when, tags, createdAt, id }) => ({
          title,
          when,
          tags,
          createdAt,
          text: entryPlainText(doc, id),
        }))
        .sort((a, b) => a.createdAt - b.createdAt);
    expect(summary(buildFresh())).toEqual(summary(buildFresh()));
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
      const copied: string[] = [];
      for (const entry of listEntries(doc)) {
        const prose = entryPlainText(doc, entry.id)
          .split("\n")
          .filter((line) => !isSourcesLine(line));
        for (const block of [entry.title, ...prose]) {
          const w = words(block);
          for (let i = 0; i + WINDOW <= w.length; i++) {
            const window = w.slice(i, i + WINDOW).join(" ");
            if (sourceText.includes(` ${window} `)) copied.push(`${entry.title}: "${window}"`);
          }
        }
      }
      expect(copied).toEqual([]);
    },
  );
});
