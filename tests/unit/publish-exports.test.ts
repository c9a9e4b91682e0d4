import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { buildDemoTimeline } from "@/lib/demo";
import { createEntry, listEntries } from "@/lib/document";
import {
  CSV_COLUMNS,
  csvCell,
  parseReleaseJson,
  type Release,
  ReleaseFormatError,
  releaseCsv,
  releaseJson,
  releaseMarkdown,
  releaseTimelineJs,
  validateTimelineJs,
} from "@/lib/publish";
import { contentHash } from "@/lib/review/hash";
import { approveAll, build, smallTimeline } from "./publish-fixture";

function demoRelease(): Release {
  const doc = new Y.Doc();
  buildDemoTimeline(doc);
  return build(
    doc,
    approveAll(
      doc,
      listEntries(doc).map((e) => e.id),
    ),
  ).release;
}

function smallRelease() {
  const fixture = smallTimeline();
  const { doc, entries } = fixture;
  return { ...fixture, release: build(doc, approveAll(doc, Object.values(entries))).release };
}

/** A strict RFC 4180 reader, to check what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
    } else while (i < text.length && text[i] !== "," && text[i] !== "\r") cell += text[i++];
    row.push(cell);
    if (text[i] === ",") i++;
    else {
      expect(text.slice(i, i + 2)).toBe("\r\n");
      i += 2;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe("releaseJson / parseReleaseJson", () => {
  it("round-trips the demo release losslessly", () => {
    const release = demoRelease();
    const text = releaseJson(release);
    expect(text.startsWith('{\n  "format": "parallax.release/1",')).toBe(true);
    expect(parseReleaseJson(text)).toEqual(release);
    expect(releaseJson(parseReleaseJson(text))).toBe(text);
  });

  it("round-trips every field of a small release", () => {
    const { release } = smallRelease();
    expect(parseReleaseJson(releaseJson(release))).toEqual(release);
  });

  it("reads the example in docs/RELEASE.md, whose hash is the entry's", () => {
    const doc = readFileSync(new URL("../../docs/RELEASE.md", import.meta.url), "utf8");
    const release = parseReleaseJson(doc.split("```json\n")[1].split("```")[0]);
    expect(contentHash(release.entries[0])).toBe(release.entries[0].contentHash);
  });

  it("refuses garbage with a clear error", () => {
    const { release } = smallRelease();
    const bad = (change: (r: Record<string, unknown>) => void) => {
      const copy = JSON.parse(releaseJson(release));
      change(copy);
      return () => parseReleaseJson(JSON.stringify(copy));
    };
    expect(() => parseReleaseJson("{not json")).toThrow(/^This is not JSON/);
    expect(() => parseReleaseJson("[]")).toThrow(ReleaseFormatError);
    expect(
      bad((r) => {
        r.format = "something/else";
      }),
    ).toThrow("format: This is not a parallax.release/1 file.");
    expect(
      bad((r) => {
        (r.entries as Record<string, unknown>[])[0].contentHash = "abc";
      }),
    ).toThrow("entries.0.contentHash: A content hash is 64 lowercase hex digits.");
    expect(
      bad((r) => {
        (r.entries as Record<string, unknown>[])[0].laneId = "lane-nowhere";
      }),
    ).toThrow("entries.0.laneId: The entry's lane is not in `lanes`.");
    expect(
      bad((r) => {
        (r.entries as Record<string, unknown>[])[1].id = (
          r.entries as Record<string, unknown>[]
        )[0].id;
      }),
    ).toThrow("entries.1.id: Duplicate entry id.");
    expect(
      bad((r) => {
        r.extra = true;
      }),
    ).toThrow(/Unrecognized key/);
    expect(
      bad((r) => {
        delete r.entries;
      }),
    ).toThrow(/^Not a valid release\. entries:/);
  });
});

describe("releaseCsv", () => {
  it("writes a header and one row per entry, with dates, claims and sources", () => {
    const { release, entries } = smallRelease();
    const rows = parseCsv(releaseCsv(release));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(release.entries.length + 1);
    const byId = new Map(
      rows
        .slice(1)
        .map((row) => [row[0], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]]))]),
    );
    expect(byId.get(entries.interval)).toEqual({
      id: entries.interval,
      date: "1956-07-31/1956-08-13",
      readable_date: "31 July – 13 August 1956",
      start: "1956-07-31",
      end: "1956-08-13",
      lane: "Negotiations",
      title: "Moscow round",
      text: "Plain text.[1]",
      claims:
        "Prisoners taken: unresolvable — 594,000 [“Prisoners taken”, Pravda]; 639,776 [Interior Ministry, “Statement on repatriation”, fol. 9]\n" +
        "Date of the declaration: settled — 19 October 1956 (accepted) [Interior Ministry, “Statement on repatriation”]; 20 October 1956 [“Prisoners taken”, Pravda]",
      sources:
        "Saito, “Negotiations to Normalize Japan-Soviet…”; “Prisoners taken”, Pravda; Interior Ministry, “Statement on repatriation”",
      approved_at: "2024-05-01T09:00:00.000Z",
      approved_by: "Rita Reviewer",
    });
    expect(byId.get(entries.undated)).toMatchObject({
      date: "",
      readable_date: "Undated",
      start: "",
      end: "",
    });
    expect(byId.get(entries.month)).toMatchObject({ start: "1955-09", end: "" });
  });

  it("quotes commas, quotes and line breaks, and ends every record with CRLF", () => {
    const doc = new Y.Doc();
    const id = createEntry(doc, {
      title: 'Talks, "informal" ones',
      body: [
        { type: "paragraph", runs: [{ text: "one" }] },
        { type: "paragraph", runs: [{ text: "two" }] },
      ],
    });
    const csv = releaseCsv(build(doc, approveAll(doc, [id])).release);
    expect(csv).toContain(`,"Talks, ""informal"" ones","one\ntwo",`);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(3);
  });

  it("guards against formula injection", () => {
    const doc = new Y.Doc();
    const titles = ['=HYPERLINK("https://evil.example")', "+1+1", "-2", "@SUM(A1)", "Plain = fine"];
    const ids = titles.map((title, i) => createEntry(doc, { title, createdAt: i }));
    const rows = parseCsv(releaseCsv(build(doc, approveAll(doc, ids)).release));
    expect(rows.slice(1).map((row) => row[6])).toEqual([
      '\'=HYPERLINK("https://evil.example")',
      "'+1+1",
      "'-2",
      "'@SUM(A1)",
      "Plain = fine",
    ]);
    // Titles cannot start with white space, but other cells could.
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("\r=1+1")).toBe('"\'\r=1+1"');
  });
});

describe("releaseTimelineJs", () => {
  it("passes validation for the demo release", () => {
    const doc = releaseTimelineJs(demoRelease());
    expect(validateTimelineJs(doc)).toEqual([]);
    expect(doc.events.length).toBeGreaterThan(50);
  });

  it("keeps each date's precision and shows the readable date where dates would mislead", () => {
    const { release, entries } = smallRelease();
    const doc = releaseTimelineJs(release);
    expect(validateTimelineJs(doc)).toEqual([]);
    const event = (id: string) => doc.events.find((e) => e.unique_id === `entry-${id}`);
    expect(event(entries.day)).toMatchObject({ start_date: { year: 1955, month: 6, day: 1 } });
    expect(event(entries.day)?.end_date).toBeUndefined();
    expect(event(entries.day)?.display_date).toBeUndefined();
    expect(event(entries.month)?.start_date).toEqual({ year: 1955, month: 9 });
    expect(event(entries.year)?.start_date).toEqual({ year: 1956 });
    expect(event(entries.interval)).toMatchObject({
      start_date: { year: 1956, month: 7, day: 31 },
      end_date: { year: 1956, month: 8, day: 13 },
    });
    expect(event(entries.approximate)).toMatchObject({
      start_date: { year: 1955, month: 12, display_date: "about December 1955" },
      display_date: "about December 1955",
    });
    expect(event(entries.day)).toMatchObject({
      group: "Negotiations",
      text: { headline: "London talks open" },
    });
  });

  it("skips undated entries and says so on the title slide", () => {
    const { release, entries } = smallRelease();
    const doc = releaseTimelineJs(release);
    expect(doc.events.map((e) => e.unique_id)).not.toContain(`entry-${entries.undated}`);
    expect(doc.events).toHaveLength(release.entries.length - 1);
    expect(doc.title?.text.headline).toBe("Talks &lt;and&gt; islands");
    expect(doc.title?.text.text).toContain(
      "1 entry has no date TimelineJS can place and is not shown.",
    );
  });

  it("writes bodies as escaped HTML with footnotes and 'Accounts differ' summaries", () => {
    const { release, entries } = smallRelease();
    const text = releaseTimelineJs(release).events.find(
      (e) => e.unique_id === `entry-${entries.interval}`,
    )?.text.text;
    expect(text).toContain("<p>Plain text.<sup>1</sup></p>");
    expect(text).toContain("<strong>Accounts differ: Prisoners taken</strong>");
    expect(text).toContain(
      "<li><strong>594,000</strong> <em>(“Prisoners taken”, Pravda)</em></li>",
    );
    expect(text).toContain("<p>The counts cover different people.</p>");
    expect(text).not.toContain("Date of the declaration");
    expect(text).toContain(
      '<ol class="sources"><li>Saito, “Negotiations to Normalize Japan-Soviet…”, sec. 4</li></ol>',
    );
  });

  it("reports what TimelineJS would refuse", () => {
    const errors = validateTimelineJs({
      events: [
        { start_date: { month: 13 }, text: { headline: 3 }, unique_id: "a" },
        { start_date: { year: 1955.5, day: 40 }, unique_id: "a", colour: "red" },
        { start_date: { year: 1956, month: 2 }, end_date: { year: 1955 }, text: {} },
      ],
      eras: [{ start_date: { year: 1950 } }],
      scale: "geological",
      extra: 1,
    });
    expect(errors).toEqual([
      "document.extra: not a TimelineJS field",
      "events[0].start_date.year: required, an integer",
      "events[0].start_date.month: must be an integer from 1 to 12",
      "events[0].text.headline: must be a string",
      "events[1].colour: not a TimelineJS field",
      "events[1].start_date.year: required, an integer",
      "events[1].start_date.day: must be an integer from 1 to 31",
      "events[1].start_date.day: needs a month",
      'events[1].unique_id: "a" is used twice',
      "events[2].end_date: comes before start_date",
      "eras[0].end_date: must be an object",
      'scale: must be "human" or "cosmological"',
    ]);
    expect(validateTimelineJs({ events: [] })).toEqual(["events: required, at least one event"]);
    expect(validateTimelineJs(null)).toEqual(["the document must be an object"]);
  });
});

describe("releaseMarkdown", () => {
  it("writes the timeline, its entries by year, footnotes, accounts, sources and changelog", () => {
    const { release } = smallRelease();
    const markdown = releaseMarkdown(release, {
      changelog: [{ number: 1, kind: "first", note: "", publishedAt: release.publishedAt }],
    });
    expect(markdown.startsWith("# Talks \\<and\\> islands\n\nA test timeline.\n\n")).toBe(true);
    expect(markdown).toContain("*First release: release 1, published 2024-05-02 by Olga Owner.*");
    expect(markdown).toContain(
      "## 1955\n\n### London talks open\n\n*1 June 1955* · Negotiations\n\nPlain text.[^1]",
    );
    expect(markdown).toContain("### About December\n\n*about December 1955* · Territory");
    expect(markdown).toContain("## 1956\n\n### A year of notes");
    expect(markdown).toContain("## Undated\n\n### Background\n\n*Undated*\n\n");
    expect(markdown).toContain(
      "**Accounts differ: Prisoners taken**\n\n- **594,000**[^6]\n- **639,776**[^7]\n\nThe counts cover different people.",
    );
    expect(markdown).not.toContain("Accounts differ: Date of the declaration");
    expect(markdown).toContain("## Sources\n\n1. Saito, M. (2019) Negotiations");
    expect(markdown).toContain("## Changelog\n\n- Release 1 (First release, 2024-05-02)");
    expect(markdown).toContain("[^1]: Saito, “Negotiations to Normalize Japan-Soviet…”, sec. 4\n");
    expect(markdown).toContain("[^7]: Interior Ministry, “Statement on repatriation”, fol. 9");
    expect(markdown.endsWith("\n")).toBe(true);
  });

  it("escapes titles and bodies, so no link, image or HTML gets through", () => {
    const doc = new Y.Doc();
    const id = createEntry(doc, {
      title: "[x](javascript:alert(1)) <script>alert(1)</script>",
      when: "1955",
      body: [
        {
          type: "paragraph",
          runs: [
            { text: "[y](javascript:alert(2)) " },
            { text: "unsafe link", link: "javascript:alert(3)" },
            { text: " <img src=x onerror=alert(4)>" },
          ],
        },
      ],
    });
    const markdown = releaseMarkdown(build(doc, approveAll(doc, [id])).release);
    expect(markdown).toContain(
      "### \\[x\\](javascript:alert(1)) \\<script\\>alert(1)\\</script\\>",
    );
    expect(markdown).toContain(
      "\\[y\\](javascript:alert(2)) unsafe link \\<img src=x onerror=alert(4)\\>",
    );
    expect(markdown).not.toMatch(/(?<!\\)\]\(/);
    expect(markdown).not.toMatch(/(?<!\\)</);
  });

  it("carries a correction's note", () => {
    const { doc, entries } = smallTimeline();
    const release = build(doc, approveAll(doc, [entries.day]), {
      number: 2,
      kind: "correction",
      note: "The date of the first meeting was wrong.\n\nIt is now 1 June.",
    }).release;
    expect(releaseMarkdown(release)).toContain(
      "**Correction:** The date of the first meeting was wrong.\n\nIt is now 1 June.",
    );
  });
});
