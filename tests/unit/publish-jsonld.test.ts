import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createEntry, writeMeta } from "@/lib/document";
import { jsonLdScript, releaseJsonLd } from "@/lib/publish";
import { approveAll, build, smallTimeline } from "./publish-fixture";

const URL = "https://parallax.example/p/talks";

type Node = Record<string, unknown>;
const graphOf = (value: object) => (value as { "@graph": Node[] })["@graph"];
const ofType = (graph: Node[], type: string) => graph.filter((node) => node["@type"] === type);

function small() {
  const { doc, entries } = smallTimeline();
  return { entries, release: build(doc, approveAll(doc, Object.values(entries))).release };
}

describe("releaseJsonLd", () => {
  it("describes the page, its list of events and their dates at their precision", () => {
    const { release, entries } = small();
    const value = releaseJsonLd(release, { url: URL, changelog: [] });
    expect(value).toMatchObject({ "@context": "https://schema.org" });
    const graph = graphOf(value);
    const [page] = ofType(graph, "WebPage");
    expect(page).toMatchObject({
      "@id": URL,
      name: "Talks <and> islands",
      version: "1",
      dateModified: release.publishedAt,
      mainEntity: { "@id": `${URL}#entries` },
    });
    expect(page.correction).toBeUndefined();
    const [list] = ofType(graph, "ItemList");
    expect(list).toMatchObject({ "@id": `${URL}#entries`, numberOfItems: 6 });
    const events = (list.itemListElement as Node[]).map((item) => item.item as Node);
    expect(events.every((event) => event["@type"] === "Event")).toBe(true);
    const event = (id: string) => events.find((e) => e.url === `${URL}#entry-${id}`);
    expect(event(entries.day)).toEqual({
      "@type": "Event",
      "@id": `${URL}#entry-${entries.day}`,
      name: "London talks open",
      startDate: "1955-06-01",
      description: "Plain text.[1]",
      url: `${URL}#entry-${entries.day}`,
    });
    expect(event(entries.month)?.startDate).toBe("1955-09");
    expect(event(entries.year)?.startDate).toBe("1956");
    expect(event(entries.interval)).toMatchObject({
      startDate: "1956-07-31",
      endDate: "1956-08-13",
    });
    expect(event(entries.undated)?.startDate).toBeUndefined();
  });

  it("reviews each settled and unresolvable claim, and no disputed one", () => {
    const { release, entries } = small();
    const reviews = ofType(
      graphOf(releaseJsonLd(release, { url: URL, changelog: [] })),
      "ClaimReview",
    );
    expect(reviews).toHaveLength(2);
    const [pows, date] = reviews;
    expect(pows).toMatchObject({
      url: `${URL}#entry-${entries.interval}`,
      claimReviewed: "Prisoners taken",
      author: { "@type": "Person", name: "Rita Reviewer" },
      reviewRating: {
        "@type": "Rating",
        alternateName: "Accounts differ",
        ratingExplanation: "The counts cover different people.",
      },
      itemReviewed: {
        "@type": "Claim",
        appearance: [
          { "@type": "CreativeWork", name: "Prisoners taken", datePublished: "1945-09-12" },
          {
            "@type": "CreativeWork",
            name: "Statement on repatriation",
            author: [{ "@type": "Organization", name: "Interior Ministry" }],
          },
        ],
      },
    });
    expect(date).toMatchObject({
      claimReviewed: "Date of the declaration",
      reviewRating: { alternateName: "Settled: 19 October 1956" },
    });

    const doc = new Y.Doc();
    const id = createEntry(doc, { title: "Open claims only" });
    const none = build(doc, approveAll(doc, [id])).release;
    expect(
      ofType(graphOf(releaseJsonLd(none, { url: URL, changelog: [] })), "ClaimReview"),
    ).toEqual([]);
  });

  it("lists corrections and clarifications with their notes, this release's included", () => {
    const { doc, entries } = smallTimeline();
    const release = build(doc, approveAll(doc, [entries.day]), {
      number: 3,
      kind: "correction",
      note: "The first meeting was on 1 June.",
      publishedAt: "2024-07-01T00:00:00.000Z",
    }).release;
    const changelog = [
      {
        number: 2,
        kind: "clarification" as const,
        note: "Lane names clarified.",
        publishedAt: "2024-06-01T00:00:00.000Z",
      },
      { number: 1, kind: "first" as const, note: "", publishedAt: "2024-05-01T00:00:00.000Z" },
    ];
    const [page] = ofType(graphOf(releaseJsonLd(release, { url: URL, changelog })), "WebPage");
    expect(page.datePublished).toBe("2024-05-01T00:00:00.000Z");
    expect(page.correction).toEqual([
      {
        "@type": "CorrectionComment",
        name: "Clarification (release 2)",
        text: "Lane names clarified.",
        datePublished: "2024-06-01T00:00:00.000Z",
      },
      {
        "@type": "CorrectionComment",
        name: "Correction (release 3)",
        text: "The first meeting was on 1 June.",
        datePublished: "2024-07-01T00:00:00.000Z",
      },
    ]);
  });
});

describe("jsonLdScript", () => {
  it("cannot be closed or commented out by text in the release, and parses back the same", () => {
    const doc = new Y.Doc();
    writeMeta(doc, { title: "</script><script>alert(1)</script><!-- & \u2028\u2029" });
    const id = createEntry(doc, { title: "</SCRIPT>", when: "1955" });
    const value = releaseJsonLd(build(doc, approveAll(doc, [id])).release, {
      url: URL,
      changelog: [],
    });
    const script = jsonLdScript(value);
    expect(script).not.toMatch(/[<>&\u2028\u2029]/);
    expect(script.toLowerCase()).not.toContain("</script");
    expect(script).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(script)).toEqual(value);
  });
});
