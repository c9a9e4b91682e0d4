import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { createSource, listSources } from "@/lib/document";
import { issuedText, missingFields, parseIssued, parseNames, planImport } from "@/lib/sources";
import {
  batchForTransactions,
  detectFormat,
  MAX_IMPORT_ITEMS,
  parseSources,
  SourceImportError,
} from "@/lib/sources/import";

function importError(fn: () => unknown): SourceImportError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceImportError);
    return error as SourceImportError;
  }
  throw new Error("expected a SourceImportError");
}

// A BibTeX file as people export it: macros, comments, every common entry
// type, TeX accents, month macros, and one entry with an unclosed brace.
const BIBTEX = String.raw`% Exported from Zotero, then edited by hand
@string{hup = {Belknap Press of Harvard University Press}}
@comment{Sources for the 1955–56 London and Moscow talks}

@book{hasegawa2005racing,
  author    = {Hasegawa, Tsuyoshi},
  title     = {Racing the Enemy: Stalin, Truman, and the Surrender of {Japan}},
  publisher = hup,
  address   = {Cambridge, MA},
  year      = {2005},
  isbn      = {978-0-674-01693-4}
}

@incollection{kimura1998,
  author    = {Kimura, Hiroshi and Ellison, Herbert J.},
  editor    = {Rozman, Gilbert and Nosov, Mikhail G.},
  title     = {The {Soviet}--{Japanese} Normalization of 1956},
  booktitle = {Japan and Russia: The Tortuous Path to Normalization},
  publisher = {St. Martin's Press},
  address   = {New York},
  year      = 1998,
  month     = jun,
  pages     = {45--67},
}

@article{saito2020,
  author  = {Sait{\=o}, Hiroshi and G{\"o}del, Kurt and {Ministry of Foreign Affairs of Japan}},
  title   = {Negotiations to Normalize Relations between {Japan} and the {USSR}},
  journal = {Journal of Cold War Studies},
  volume  = {22},
  number  = {3},
  pages   = {12--40},
  year    = {2020},
  month   = {9},
  doi     = {10.1162/jcws_a_00931},
}

@misc{mofa1956,
  title        = {Joint Declaration by the {Union of Soviet Socialist Republics} and {Japan}},
  howpublished = {\url{https://www.mofa.go.jp/region/europe/russia/territory/edition92/period3.html}},
  year         = {1956},
  note         = {Signed in Moscow on 19 October 1956},
}

@article{broken2001,
  author = {Nobody, Anne},
  title  = {An entry whose title never closes,
  year   = {2001}

@phdthesis{ito2011,
  author = {It{\^o}, Kenji and others},
  title  = {Repatriation from Siberia, 1946--1956},
  school = {University of Tokyo},
  year   = {2011},
}
`;

describe("BibTeX", () => {
  const result = parseSources(BIBTEX);

  it("reads every entry but the broken one, in order", () => {
    expect(result.format).toBe("bibtex");
    expect(result.items.map((item) => item["citation-key"])).toEqual([
      "hasegawa2005racing",
      "kimura1998",
      "saito2020",
      "mofa1956",
      "ito2011",
    ]);
  });

  it("skips the malformed entry with its key, line and a readable reason", () => {
    expect(result.skipped).toHaveLength(1);
    const [skip] = result.skipped;
    expect(skip.index).toBe(4);
    expect(skip.key).toBe("broken2001");
    expect(skip.line).toBe(45);
    expect(skip.reason).toMatch(/^This BibTeX entry could not be read \(.+\)\. Check its braces/);
  });

  it("reads a book with a @string macro, its place and ISBN", () => {
    expect(result.items[0]).toEqual({
      type: "book",
      title: "Racing the Enemy: Stalin, Truman, and the Surrender of Japan",
      author: [{ family: "Hasegawa", given: "Tsuyoshi" }],
      issued: { "date-parts": [[2005]] },
      publisher: "Belknap Press of Harvard University Press",
      "publisher-place": "Cambridge, MA",
      ISBN: "978-0-674-01693-4",
      "citation-key": "hasegawa2005racing",
    });
  });

  it("reads a chapter in an edited book, with editors, month and page range", () => {
    expect(result.items[1]).toEqual({
      type: "chapter",
      title: "The Soviet–Japanese Normalization of 1956",
      author: [
        { family: "Kimura", given: "Hiroshi" },
        { family: "Ellison", given: "Herbert J." },
      ],
      editor: [
        { family: "Rozman", given: "Gilbert" },
        { family: "Nosov", given: "Mikhail G." },
      ],
      issued: { "date-parts": [[1998, 6]] },
      "container-title": "Japan and Russia: The Tortuous Path to Normalization",
      publisher: "St. Martin's Press",
      "publisher-place": "New York",
      page: "45-67",
      "citation-key": "kimura1998",
    });
  });

  it("decodes TeX accents, keeps a braced institution whole, and keeps the DOI", () => {
    const article = result.items[2];
    expect(article.type).toBe("article-journal");
    expect(article.title).toBe("Negotiations to Normalize Relations between Japan and the USSR");
    expect(article.author).toEqual([
      { family: "Saitō", given: "Hiroshi" },
      { family: "Gödel", given: "Kurt" },
      { family: "Ministry of Foreign Affairs of Japan" },
    ]);
    expect(article["container-title"]).toBe("Journal of Cold War Studies");
    expect(article.volume).toBe("22");
    expect(article.issue).toBe("3");
    expect(article.page).toBe("12-40");
    expect(article.issued).toEqual({ "date-parts": [[2020, 9]] });
    expect(article.DOI).toBe("10.1162/jcws_a_00931");
  });

  it("takes the URL out of howpublished and keeps the note", () => {
    expect(result.items[3]).toEqual({
      type: "document",
      title: "Joint Declaration by the Union of Soviet Socialist Republics and Japan",
      issued: { "date-parts": [[1956]] },
      URL: "https://www.mofa.go.jp/region/europe/russia/territory/edition92/period3.html",
      note: "Signed in Moscow on 19 October 1956",
      "citation-key": "mofa1956",
    });
  });

  it("drops “and others” and names the thesis genre", () => {
    expect(result.items[4]).toEqual({
      type: "thesis",
      title: "Repatriation from Siberia, 1946–1956",
      author: [{ family: "Itô", given: "Kenji" }],
      issued: { "date-parts": [[2011]] },
      publisher: "University of Tokyo",
      genre: "PhD thesis",
      "citation-key": "ito2011",
    });
  });

  it("reads BibLaTeX dates, @online and urldate", () => {
    const { items } = parseSources(`@online{tass1955,
  title   = {Soviet delegation arrives in London},
  author  = {{TASS}},
  date    = {1955-06-01/1955-06-03},
  url     = {https://example.org/tass/1955-06-01},
  urldate = {2024-03-05},
}`);
    expect(items).toEqual([
      {
        type: "webpage",
        title: "Soviet delegation arrives in London",
        author: [{ family: "TASS" }],
        issued: {
          "date-parts": [
            [1955, 6, 1],
            [1955, 6, 3],
          ],
        },
        accessed: { "date-parts": [[2024, 3, 5]] },
        URL: "https://example.org/tass/1955-06-01",
        "citation-key": "tass1955",
      },
    ]);
  });

  it("turns a year it cannot read as a number into a date when it can, or keeps the words", () => {
    const { items } = parseSources(`@misc{a, title = {A}, year = {June 1955}}
@misc{b, title = {B}, year = {circa 1955}}
@misc{c, title = {C}, year = {n.d.}}
@misc{d, title = {D}, year = {late 1955}}`);
    expect(items.map((item) => item.issued)).toEqual([
      { "date-parts": [[1955, 6]] },
      { "date-parts": [[1955]], circa: true },
      undefined,
      { literal: "late 1955" },
    ]);
  });

  it("skips an entry without a title, and drops a URL the schema refuses", () => {
    const result = parseSources(`@misc{notitle, author = {Someone, A.}, year = 1950}
@misc{badurl, title = {Kept}, url = {www.example.org/page}}`);
    expect(result.skipped).toEqual([
      { index: 0, key: "notitle", line: 1, reason: "It has no title." },
    ]);
    expect(result.items).toEqual([{ type: "document", title: "Kept", "citation-key": "badurl" }]);
  });
});

// RIS as exported by Zotero, EndNote and newspaper archives: several authors,
// PY with slashes, DA, T2, UR, ER terminators, and one record without TY.
const RIS = `TY  - JOUR
AU  - Hellmann, Donald C.
AU  - Kimura, Hiroshi
TI  - Japanese-Soviet Relations, 1956
T2  - Pacific Affairs
PY  - 1956/06/01/
VL  - 29
IS  - 2
SP  - 101
EP  - 117
DO  - 10.2307/2753462
UR  - https://www.jstor.org/stable/2753462
ER  - 

TY  - BOOK
AU  - Hasegawa, Tsuyoshi
TI  - The Northern Territories Dispute and Russo-Japanese Relations
PB  - University of California
CY  - Berkeley
PY  - 1998
SN  - 978-1-55729-057-1
ER  - 

TY  - CHAP
AU  - Kuzminkov, Viktor
A2  - Streltsov, Dmitry
TI  - Why There Is No Peace Treaty
T2  - Russia and Japan: Seventy Years After
PB  - MGIMO
PY  - 2016
SP  - 33
EP  - 58
ER  - 

AU  - Stray, Line
TI  - A record that lost its TY line
ER  - 

TY  - NEWS
AU  - Our Diplomatic Correspondent
TI  - London talks open
T2  - The Times
DA  - 1955/06/03
ER  - 
`;

describe("RIS", () => {
  const result = parseSources(RIS);

  it("reads every record that has a type, and skips the one without", () => {
    expect(result.format).toBe("ris");
    expect(result.items).toHaveLength(4);
    expect(result.skipped).toEqual([
      {
        index: 3,
        line: 35,
        reason: "This RIS record does not start with a TY (type) line.",
      },
    ]);
  });

  it("reads a journal article with two authors, a slashed date, pages, DOI and URL", () => {
    expect(result.items[0]).toEqual({
      type: "article-journal",
      title: "Japanese-Soviet Relations, 1956",
      author: [
        { family: "Hellmann", given: "Donald C." },
        { family: "Kimura", given: "Hiroshi" },
      ],
      issued: { "date-parts": [[1956, 6, 1]] },
      "container-title": "Pacific Affairs",
      volume: "29",
      issue: "2",
      page: "101-117",
      URL: "https://www.jstor.org/stable/2753462",
      DOI: "10.2307/2753462",
    });
  });

  it("reads a book with publisher, place and ISBN", () => {
    expect(result.items[1]).toEqual({
      type: "book",
      title: "The Northern Territories Dispute and Russo-Japanese Relations",
      author: [{ family: "Hasegawa", given: "Tsuyoshi" }],
      issued: { "date-parts": [[1998]] },
      publisher: "University of California",
      "publisher-place": "Berkeley",
      ISBN: "978-1-55729-057-1",
    });
  });

  it("reads a chapter: A2 are editors, T2 is the book", () => {
    expect(result.items[2]).toEqual({
      type: "chapter",
      title: "Why There Is No Peace Treaty",
      author: [{ family: "Kuzminkov", given: "Viktor" }],
      editor: [{ family: "Streltsov", given: "Dmitry" }],
      issued: { "date-parts": [[2016]] },
      "container-title": "Russia and Japan: Seventy Years After",
      publisher: "MGIMO",
      page: "33-58",
    });
  });

  it("reads a newspaper article's date from DA and its reporter as the author", () => {
    expect(result.items[3]).toEqual({
      type: "article-newspaper",
      title: "London talks open",
      author: [{ literal: "Our Diplomatic Correspondent" }],
      issued: { "date-parts": [[1955, 6, 3]] },
      "container-title": "The Times",
    });
  });

  it("accepts Windows line ends and a last record without ER", () => {
    const text = "TY  - RPRT\r\nTI  - Report on repatriation\r\nPY  - 1950\r\n";
    expect(parseSources(text).items).toEqual([
      { type: "report", title: "Report on repatriation", issued: { "date-parts": [[1950]] } },
    ]);
  });
});

describe("CSL-JSON", () => {
  it("reads an array, maps unknown types to document and skips what is not an item", () => {
    const text = JSON.stringify([
      {
        id: "http://zotero.org/users/1/items/ABCD",
        type: "article-journal",
        title: "Prisoners of War in the USSR",
        author: [{ family: "Katasonova", given: "Elena" }],
        issued: { "date-parts": [["2005", "8"]] },
        "container-title": "Japan and the World",
        volume: 7,
        custom: { zotero: true },
        keyword: "POW",
      },
      { id: "hearing1", type: "hearing", title: "Hearing on repatriation" },
      { id: "x", type: "spaceship", title: "Not a real type" },
      "just a string",
      { id: "untitled", type: "book" },
    ]);
    const result = parseSources(text);
    expect(result.format).toBe("csl-json");
    expect(result.items).toEqual([
      {
        type: "article-journal",
        title: "Prisoners of War in the USSR",
        author: [{ family: "Katasonova", given: "Elena" }],
        issued: { "date-parts": [[2005, 8]] },
        "container-title": "Japan and the World",
        volume: "7",
      },
      {
        type: "legislation",
        title: "Hearing on repatriation",
        "citation-key": "hearing1",
      },
      { type: "document", title: "Not a real type", "citation-key": "x" },
    ]);
    expect(result.skipped).toEqual([
      { index: 3, reason: "It is not a CSL-JSON object." },
      { index: 4, key: "untitled", reason: "It has no title." },
    ]);
  });

  it("reads a single object, and a raw date into date-parts", () => {
    const text = `{
      "id": "soviet-note",
      "type": "document",
      "title": "Note of the Soviet government",
      "author": [{ "literal": "Ministry of Foreign Affairs of the USSR" }],
      "issued": { "raw": "June 1, 1955" },
      "archive": "Archive of Foreign Policy of the Russian Federation",
      "archive_location": "f. 0146, op. 39"
    }`;
    expect(parseSources(text, "csl-json").items).toEqual([
      {
        type: "document",
        title: "Note of the Soviet government",
        author: [{ literal: "Ministry of Foreign Affairs of the USSR" }],
        issued: { "date-parts": [[1955, 6, 1]] },
        archive: "Archive of Foreign Policy of the Russian Federation",
        archive_location: "f. 0146, op. 39",
        "citation-key": "soviet-note",
      },
    ]);
  });

  it("says where invalid JSON is wrong", () => {
    const error = importError(() => parseSources('[{"title": "A",]'));
    expect(error.code).toBe("unreadable");
    expect(error.message).toMatch(/^This is not valid JSON \(.+\)\./);
  });
});

describe("bad input", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("refuses empty text, unknown formats, and DOIs or URLs without fetching them", () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    expect(importError(() => parseSources("   ")).code).toBe("empty");
    expect(importError(() => parseSources("Hasegawa, Racing the Enemy, 2005")).code).toBe(
      "unknown_format",
    );
    for (const text of [
      "10.1162/jcws_a_00931",
      "https://doi.org/10.1162/jcws_a_00931",
      "doi:10.1/x",
    ]) {
      const error = importError(() => parseSources(text));
      expect(error.code).toBe("not_offline");
      expect(error.message).toContain("does not look up DOIs or links");
    }
    // Forced formats never fall back to guessing that text is a URL.
    expect(importError(() => parseSources("https://example.org/refs.bib", "bibtex")).code).toBe(
      "empty",
    );
    expect(importError(() => parseSources("https://example.org/refs.ris", "ris")).code).toBe(
      "empty",
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it("refuses text over 2 MB and more than 2,000 records", () => {
    const big = `@misc{a, title = {${"x".repeat(2 * 1024 * 1024)}}}`;
    expect(importError(() => parseSources(big)).code).toBe("too_large");
    const many = Array.from(
      { length: MAX_IMPORT_ITEMS + 1 },
      (_, i) => `@misc{k${i}, title = {T${i}}}`,
    ).join("\n");
    const error = importError(() => parseSources(many));
    expect(error.code).toBe("too_many");
    expect(error.message).toContain("2,001 records");
  });

  it("never throws anything but SourceImportError on garbage", () => {
    const samples = [
      "@",
      "@book{",
      "@book{x, title = }",
      "TY  - ",
      "TY  - JOUR\nXX  - \nER  -",
      "{}",
      "[]",
      "[null]",
      '{"type": 5, "title": {"a": 1}, "author": "x"}',
      "\u0000\u0001@@@{{{",
    ];
    for (const text of samples) {
      try {
        const result = parseSources(text);
        expect(Array.isArray(result.items)).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(SourceImportError);
      }
    }
  });

  it("reads 2,000 BibTeX entries in well under two seconds", () => {
    const text = Array.from(
      { length: 2000 },
      (_, i) =>
        `@article{k${i}, author = {Author${i}, A. and Other, B.}, title = {Title number ${i}}, journal = {J}, year = {${1900 + (i % 100)}}, pages = {1--2}}`,
    ).join("\n");
    const started = performance.now();
    const result = parseSources(text);
    expect(result.items).toHaveLength(2000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("format detection", () => {
  it("knows the three formats by their first significant characters", () => {
    expect(detectFormat('  [{"type": "book"}]')).toBe("csl-json");
    expect(detectFormat("\nTY  - BOOK\nER  - ")).toBe("ris");
    expect(detectFormat("% comment\n@book{a,}")).toBe("bibtex");
    expect(detectFormat("plain words")).toBeUndefined();
  });
});

describe("duplicates", () => {
  const doc = new Y.Doc();
  createSource(doc, {
    type: "book",
    title: "Racing the Enemy: Stalin, Truman, and the Surrender of Japan",
    author: [{ family: "Hasegawa", given: "Tsuyoshi" }],
    issued: { "date-parts": [[2005]] },
  });
  createSource(doc, {
    type: "article-journal",
    title: "Some other title",
    DOI: "10.1162/JCWS_A_00931",
  });
  const library = listSources(doc);

  it("finds the same DOI, and the same title, first author and year despite case and accents", () => {
    const { items } = parseSources(BIBTEX);
    const plan = planImport(items, library);
    expect(plan.fresh.map((item) => item["citation-key"])).toEqual([
      "kimura1998",
      "mofa1956",
      "ito2011",
    ]);
    const byTitle = library.find((s) => s.type === "book")?.id;
    const byDoi = library.find((s) => s.type === "article-journal")?.id;
    expect(plan.duplicates.map(({ sourceId, reason }) => ({ sourceId, reason }))).toEqual([
      { sourceId: byTitle, reason: "title" },
      { sourceId: byDoi, reason: "doi" },
    ]);
  });

  it("catches an item repeated within the same import, and keeps different DOIs apart", () => {
    const a = { type: "book" as const, title: "Ａ Title", author: [{ family: "Kōno" }] };
    const b = { type: "book" as const, title: "a title!", author: [{ family: "KONO" }] };
    const c = { ...b, DOI: "10.1/one" };
    const d = { ...b, DOI: "10.1/two" };
    const plan = planImport([c, d, a, b], []);
    expect(plan.fresh).toEqual([c, d]);
    expect(plan.duplicates.map((dup) => dup.sourceId)).toEqual([null, null]);
  });

  it("lists only the fields a duplicate would add", () => {
    expect(
      missingFields(library[0], {
        type: "book",
        title: "Another title",
        author: [{ family: "X" }],
        publisher: "Belknap",
        ISBN: "978-0-674-01693-4",
      }),
    ).toEqual({ publisher: "Belknap", ISBN: "978-0-674-01693-4" });
  });
});

describe("batches", () => {
  it("keeps each transaction under the byte budget, in order", () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ title: `${i}`.padEnd(100, "x") }));
    const batches = batchForTransactions(items, 350);
    expect(batches.map((batch) => batch.length)).toEqual([3, 3, 3, 1]);
    expect(batches.flat()).toEqual(items);
    expect(batchForTransactions([], 350)).toEqual([]);
  });
});

describe("dates and names typed in the source form", () => {
  it("reads dates, ranges, seasons and circa; keeps anything else as words", () => {
    expect(parseIssued("1955")).toEqual({ "date-parts": [[1955]] });
    expect(parseIssued("1955-06-01")).toEqual({ "date-parts": [[1955, 6, 1]] });
    expect(parseIssued("June 1955")).toEqual({ "date-parts": [[1955, 6]] });
    expect(parseIssued("1 June 1955")).toEqual({ "date-parts": [[1955, 6, 1]] });
    expect(parseIssued("June 3, 1955")).toEqual({ "date-parts": [[1955, 6, 3]] });
    expect(parseIssued("1956/10/19/")).toEqual({ "date-parts": [[1956, 10, 19]] });
    expect(parseIssued("1955-06-01/1955-06-03")).toEqual({
      "date-parts": [
        [1955, 6, 1],
        [1955, 6, 3],
      ],
    });
    expect(parseIssued("2–21 September 1945")).toEqual({
      "date-parts": [
        [1945, 9, 2],
        [1945, 9, 21],
      ],
    });
    expect(parseIssued("Spring 1956")).toEqual({ "date-parts": [[1956]], season: 1 });
    expect(parseIssued("c. 1950")).toEqual({ "date-parts": [[1950]], circa: true });
    expect(parseIssued("late 1955")).toEqual({ literal: "late 1955" });
    expect(parseIssued("1955-02-30")).toEqual({ literal: "1955-02-30" });
    expect(parseIssued("n.d.")).toBeUndefined();
    expect(parseIssued("  ")).toBeUndefined();
  });

  it("writes dates back as text that reads the same", () => {
    for (const text of [
      "1955",
      "1955-06",
      "1955-06-01",
      "1955-06-01/1955-06-03",
      "Spring 1956",
      "circa 1950",
      "late 1955",
    ]) {
      expect(issuedText(parseIssued(text))).toBe(text);
    }
  });

  it("reads one name per line: people with a comma, institutions without", () => {
    expect(
      parseNames(
        "Saito, Hiroshi\n\n  Ministry of Foreign Affairs of Japan \nKing, Jr., Martin Luther",
      ),
    ).toEqual([
      { family: "Saito", given: "Hiroshi" },
      { literal: "Ministry of Foreign Affairs of Japan" },
      { family: "King", suffix: "Jr.", given: "Martin Luther" },
    ]);
  });
});
