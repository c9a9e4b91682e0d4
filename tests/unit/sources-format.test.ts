import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CslItem } from "@/lib/document";
import {
  compareReferenceKeys,
  describeIssued,
  describeLocator,
  formatReference,
  loadReferenceStyle,
  MISSING_SOURCE,
  referenceSortKey,
  shortAuthors,
  shortReference,
  shortTitle,
  sourceMatches,
} from "@/lib/sources";

const book: CslItem = {
  type: "book",
  title: "Racing the Enemy: Stalin, Truman, and the Surrender of Japan",
  author: [{ family: "Hasegawa", given: "Tsuyoshi" }],
  issued: { "date-parts": [[2005]] },
  publisher: "Belknap Press",
  "publisher-place": "Cambridge, MA",
};

const article: CslItem = {
  type: "article-journal",
  title: "Negotiations to Normalize Relations between Japan and the USSR",
  author: [{ family: "Saito", given: "Hiroshi" }],
  issued: { "date-parts": [[2020, 9]] },
  "container-title": "Journal of Cold War Studies",
  volume: "22",
  issue: "3",
  page: "12-40",
  DOI: "10.1162/jcws_a_00931",
};

const chapter: CslItem = {
  type: "chapter",
  title: "The Soviet–Japanese Normalization",
  author: [
    { family: "Kimura", given: "Hiroshi" },
    { family: "Ellison", given: "Herbert J." },
  ],
  editor: [{ family: "Rozman", given: "Gilbert" }],
  "container-title": "Japan and Russia",
  page: "45-67",
  publisher: "St. Martin's Press",
  issued: { "date-parts": [[1998]] },
};

const archival: CslItem = {
  type: "document",
  title: "Note of the Soviet government",
  author: [{ literal: "Ministry of Foreign Affairs of the USSR" }],
  issued: { "date-parts": [[1955, 6, 1]] },
  archive: "Archive of Foreign Policy of the Russian Federation",
  archive_location: "f. 0146, op. 39",
};

const unsigned: CslItem = {
  type: "article-newspaper",
  title: "London talks open",
  "container-title": "The Times",
  issued: { "date-parts": [[1955, 6, 3]] },
};

describe("formatReference", () => {
  beforeAll(() => loadReferenceStyle());

  it("formats books, articles and chapters in the one style", () => {
    expect(formatReference(book)).toBe(
      "Hasegawa, T. (2005) Racing the Enemy: Stalin, Truman, and the Surrender of Japan. Cambridge, MA: Belknap Press.",
    );
    expect(formatReference(article)).toBe(
      "Saito, H. (2020) “Negotiations to Normalize Relations between Japan and the USSR,” Journal of Cold War Studies, 22(3), pp. 12–40. Available at: https://doi.org/10.1162/jcws_a_00931.",
    );
    expect(formatReference(chapter)).toBe(
      "Kimura, H. and Ellison, H.J. (1998) “The Soviet–Japanese Normalization,” in G. Rozman (ed.) Japan and Russia. St. Martin’s Press, pp. 45–67.",
    );
  });

  it("names institutions as written and adds the archive and file the style leaves out", () => {
    expect(formatReference(archival)).toBe(
      "Ministry of Foreign Affairs of the USSR (1955) “Note of the Soviet government.” Archive of Foreign Policy of the Russian Federation, f. 0146, op. 39.",
    );
  });

  it("says “no date” for an undated source, and keeps a literal date", () => {
    expect(formatReference({ type: "manuscript", title: "Letter to Khrushchev" })).toBe(
      "“Letter to Khrushchev” (no date).",
    );
    expect(
      formatReference({
        type: "webpage",
        title: "Why there is no peace treaty",
        issued: { literal: "late 1955" },
        URL: "https://example.org/a",
      }),
    ).toBe("Why there is no peace treaty (late 1955). Available at: https://example.org/a.");
  });

  it("keeps Cyrillic and Japanese text as it is", () => {
    expect(
      formatReference({
        type: "book",
        title: "Японская интервенция",
        author: [{ family: "Кошкин", given: "Анатолий" }],
        issued: { "date-parts": [[2010]] },
      }),
    ).toBe("Кошкин, А. (2010) Японская интервенция.");
    expect(
      formatReference({
        type: "book",
        title: "日ソ国交回復秘録",
        author: [{ family: "松本", given: "俊一" }],
        issued: { "date-parts": [[2019]] },
      }),
    ).toBe("松本俊一 (2019) 日ソ国交回復秘録.");
  });

  it("gives a plainer reference in the same order until the style has loaded", async () => {
    vi.resetModules();
    const fresh = await import("@/lib/sources/format");
    expect(fresh.referenceStyleReady()).toBe(false);
    expect(fresh.formatReference(book)).toBe(
      "Hasegawa, T. (2005) Racing the Enemy: Stalin, Truman, and the Surrender of Japan. Cambridge, MA: Belknap Press.",
    );
    expect(fresh.formatReference(chapter)).toBe(
      "Kimura, H. and Ellison, H.J. (1998) The Soviet–Japanese Normalization. Japan and Russia. St. Martin's Press.",
    );
    expect(fresh.formatReference(archival)).toBe(
      "Ministry of Foreign Affairs of the USSR (1955) Note of the Soviet government. Archive of Foreign Policy of the Russian Federation, f. 0146, op. 39.",
    );
    expect(fresh.formatReference({ type: "manuscript", title: "Letter to Khrushchev" })).toBe(
      "Letter to Khrushchev (no date).",
    );
    await fresh.loadReferenceStyle();
    expect(fresh.referenceStyleReady()).toBe(true);
    expect(fresh.formatReference(chapter)).toBe(formatReference(chapter));
  });

  it("ignores the id and gives the same text for the same item", () => {
    const first = formatReference({ ...book, id: "a" });
    expect(formatReference({ ...book, id: "b" })).toBe(first);
    expect(formatReference(book)).toBe(first);
  });
});

describe("shortReference", () => {
  it("gives family name, short title and the abbreviated locator", () => {
    expect(shortReference(article, { label: "section", locator: "4" })).toBe(
      "Saito, “Negotiations to Normalize Relations…”, sec. 4",
    );
    expect(shortReference(book, { label: "page", locator: "38-39" })).toBe(
      "Hasegawa, “Racing the Enemy”, pp. 38–39",
    );
    expect(shortReference(chapter, { label: "chapter", locator: "3" })).toBe(
      "Kimura and Ellison, “The Soviet–Japanese Normalization”, ch. 3",
    );
  });

  it("cites the whole source when there is no locator", () => {
    expect(shortReference(book)).toBe("Hasegawa, “Racing the Enemy”");
    expect(shortReference(book, { label: "page", locator: "  " })).toBe(
      "Hasegawa, “Racing the Enemy”",
    );
  });

  it("uses literal names, et al., and editors when there is no author", () => {
    expect(shortReference(archival, { label: "folio", locator: "12" })).toBe(
      "Ministry of Foreign Affairs of the USSR, “Note of the Soviet…”, fol. 12",
    );
    expect(
      shortAuthors({ author: [{ family: "A" }, { family: "B" }, { literal: "C Institute" }] }),
    ).toBe("A et al.");
    expect(
      shortReference({
        title: "Japan and Russia",
        editor: [{ family: "Rozman" }, { family: "Nosov" }],
      }),
    ).toBe("Rozman and Nosov (eds.), “Japan and Russia”");
    expect(
      shortReference({
        title: "Van book",
        author: [{ family: "Gogh", "non-dropping-particle": "van", given: "Vincent" }],
      }),
    ).toBe("van Gogh, “Van book”");
  });

  it("names an unsigned piece by where it appeared", () => {
    expect(shortReference(unsigned, { label: "page", locator: "1" })).toBe(
      "“London talks open”, The Times, p. 1",
    );
    expect(shortReference({ title: "Letter to Khrushchev" })).toBe("“Letter to Khrushchev”");
  });

  it("reads “Missing source” for a deleted source, keeping the locator", () => {
    expect(MISSING_SOURCE).toBe("Missing source");
    expect(shortReference(undefined, { label: "page", locator: "38" })).toBe(
      "Missing source, p. 38",
    );
    expect(shortReference(null)).toBe("Missing source");
  });

  it("shortens titles: title-short, the main title, four words, unspaced scripts", () => {
    expect(shortTitle({ title: "Long official title", "title-short": "Joint Declaration" })).toBe(
      "Joint Declaration",
    );
    expect(shortTitle({ title: "Racing the Enemy: Stalin, Truman" })).toBe("Racing the Enemy");
    expect(shortTitle({ title: "Why there is no peace treaty with Japan" })).toBe(
      "Why there is no…",
    );
    expect(shortTitle({ title: "The Treaty of the Union and the Empire" })).toBe("The Treaty…");
    expect(shortTitle({ title: "日ソ国交回復秘録：北方領土交渉の真実" })).toBe("日ソ国交回復秘録");
    expect(shortTitle({ title: "北方領土問題と日露関係の歴史的展開について" })).toBe(
      "北方領土問題と日露関係の歴史的展…",
    );
  });
});

describe("referenceSortKey", () => {
  it("orders as the references read: first name, else newspaper, else title; then year", () => {
    const items: CslItem[] = [
      { type: "document", title: "[Soviet record of the talks]" },
      unsigned,
      chapter,
      { ...book, issued: { "date-parts": [[1998]] } },
      book,
      { type: "book", title: "Японская интервенция", author: [{ family: "Кошкин" }] },
      archival,
    ];
    const order = [...items]
      .sort((a, b) => compareReferenceKeys(referenceSortKey(a), referenceSortKey(b)))
      .map((item) => `${item.author?.[0]?.family ?? item.author?.[0]?.literal ?? item.title}`);
    expect(order).toEqual([
      "Hasegawa",
      "Hasegawa",
      "Kimura",
      "Ministry of Foreign Affairs of the USSR",
      "[Soviet record of the talks]",
      "London talks open",
      "Кошкин",
    ]);
    expect(
      referenceSortKey(book) > referenceSortKey({ ...book, issued: { "date-parts": [[1998]] } }),
    ).toBe(true);
  });
});

describe("describeLocator", () => {
  it("abbreviates labels, plural for ranges and lists", () => {
    expect(describeLocator("page", "38")).toBe("p. 38");
    expect(describeLocator("page", "38-39")).toBe("pp. 38–39");
    expect(describeLocator("page", "38, 41")).toBe("pp. 38, 41");
    expect(describeLocator("section", "4")).toBe("sec. 4");
    expect(describeLocator("paragraph", "2")).toBe("para. 2");
    expect(describeLocator("sub verbo", "Kurils")).toBe("s.v. Kurils");
    expect(describeLocator("volume", "2 and 3")).toBe("vols. 2 and 3");
  });

  it("is empty without a locator, and keeps a label typed into the value", () => {
    expect(describeLocator("page", "")).toBe("");
    expect(describeLocator("page", "p. 38")).toBe("p. 38");
    expect(describeLocator("page", "pp. 38–39")).toBe("pp. 38–39");
  });
});

describe("describeIssued", () => {
  it("reads dates in words", () => {
    expect(describeIssued({ "date-parts": [[1955, 6, 1]] })).toBe("1 June 1955");
    expect(describeIssued({ "date-parts": [[1955, 6]] })).toBe("June 1955");
    expect(
      describeIssued({
        "date-parts": [
          [1955, 6, 1],
          [1955, 6, 3],
        ],
      }),
    ).toBe("1–3 June 1955");
    expect(describeIssued({ "date-parts": [[1950]], circa: true })).toBe("circa 1950");
    expect(describeIssued({ "date-parts": [[1956]], season: 1 })).toBe("Spring 1956");
    expect(describeIssued({ literal: "late 1955" })).toBe("late 1955");
    expect(describeIssued(undefined)).toBe("");
  });
});

describe("sourceMatches", () => {
  const source = {
    id: "s1",
    ...article,
    author: [{ family: "Gödel", given: "Kurt" }],
    "citation-key": "godel2020",
  };

  it("matches every word in title, names, year, container or key, ignoring case and accents", () => {
    expect(sourceMatches(source, "")).toBe(true);
    expect(sourceMatches(source, "godel")).toBe(true);
    expect(sourceMatches(source, "GÖDEL normalize 2020")).toBe(true);
    expect(sourceMatches(source, "cold war")).toBe(true);
    expect(sourceMatches(source, "godel2020")).toBe(true);
    expect(sourceMatches(source, "godel 1955")).toBe(false);
  });
});
