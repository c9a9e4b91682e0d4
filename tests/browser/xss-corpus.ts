/**
 * Hostile content for the public pages: script tags, event handlers,
 * `javascript:` and `data:` links (in every spelling browsers accept),
 * attribute breakouts, broken markup, a JSON-LD breakout, and attributes or
 * node types that no editor writes but any Yjs client could. Each string
 * sets `window.__xss` if it ever runs.
 *
 * `xssRelease` puts them everywhere a release carries text: the timeline's
 * title and description, lane names and colours, entry titles, bodies (text,
 * link hrefs, node and mark attributes, unknown nodes), claim labels,
 * values, notes and reasons, source fields and URLs, citation locators and
 * quotes, and the release note. Most goes in through lib/document, as an
 * editor would write it; what lib/document refuses is put into the JSON.
 */
import * as Y from "yjs";
import {
  type BodyNodeJson,
  createClaim,
  createEntry,
  createLane,
  createSource,
  writeMeta,
} from "../../lib/document";
import type { Release } from "../../lib/publish/release";
import { releaseOf } from "./publicFixtures";

/** Text that must show as text. */
export const TEXT_PAYLOADS = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  "<svg onload=window.__xss=1>",
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  "<b onmouseover=window.__xss=1>hover me",
  "</script><script>window.__xss=1</script>",
  "<!--<script>window.__xss=1</script>-->",
  "<iframe src=javascript:window.__xss=1></iframe>",
  "{{constructor.constructor('window.__xss=1')()}}",
  "[click](javascript:window.__xss=1) <javascript:window.__xss=1>",
  '=HYPERLINK("javascript:window.__xss=1","x")',
] as const;

/** Hrefs that must never become links. */
export const HREF_PAYLOADS = [
  "javascript:window.__xss=1",
  "JaVaScRiPt:window.__xss=1",
  " javascript:window.__xss=1",
  "java\tscript:window.__xss=1",
  "java\nscript:window.__xss=1",
  "\u0001javascript:window.__xss=1",
  "javascript&colon;window.__xss=1",
  "&#106;avascript:window.__xss=1",
  "data:text/html,<script>window.__xss=1</script>",
  "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==",
  "vbscript:window.__xss=1",
  '" onclick="window.__xss=1',
] as const;

const TEXT = TEXT_PAYLOADS.join(" ");
export const XSS_SLUG = "xss-corpus";

/** Nodes no editor writes: attributes that would be handlers, and unknown node types. */
function hostileNodes(): BodyNodeJson[] {
  return [
    {
      type: "paragraph",
      attrs: { onclick: "window.__xss=1", style: "background:url(javascript:window.__xss=1)" },
      content: [
        {
          type: "text",
          text: "A paragraph with handler attributes. ",
          marks: [
            {
              type: "link",
              attrs: { href: "javascript:window.__xss=1", onclick: "window.__xss=1" },
            },
          ],
        },
        {
          type: "text",
          text: "An unknown mark. ",
          marks: [{ type: "script", attrs: { src: "/x.js" } }, { type: "bold" }],
        },
        ...HREF_PAYLOADS.map(
          (href): BodyNodeJson => ({
            type: "text",
            text: `link ${JSON.stringify(href)} `,
            marks: [{ type: "link", attrs: { href } }],
          }),
        ),
      ],
    },
    {
      type: "heading",
      attrs: { level: '2" onmouseover="window.__xss=1', id: "x" },
      content: [{ type: "text", text: "Heading with a hostile level" }],
    },
    {
      type: "orderedList",
      attrs: { start: '1" onclick="window.__xss=1' },
      content: [
        {
          type: "listItem",
          attrs: { onfocus: "window.__xss=1", tabindex: 0 },
          content: [{ type: "paragraph", content: [{ type: "text", text: TEXT }] }],
        },
      ],
    },
    {
      type: "htmlBlock",
      attrs: { html: '<img src=x onerror="window.__xss=1">' },
      content: [{ type: "text", text: "<script>window.__xss=1</script> unknown block" }],
    },
    {
      type: "iframe",
      attrs: { src: "javascript:window.__xss=1", srcdoc: "<script>window.__xss=1</script>" },
    },
    { type: "image", attrs: { src: "x", onerror: "window.__xss=1" } },
    {
      type: "paragraph",
      content: [
        { type: "rawHTML", text: "<img src=x onerror=window.__xss=1>" },
        {
          type: "citation",
          attrs: {
            id: "hostile-citation",
            sourceId: '"><script>window.__xss=1</script>',
            label: "page",
            locator: '"><img src=x onerror=window.__xss=1>',
            quote: "</script><script>window.__xss=1</script>",
            onclick: "window.__xss=1",
          },
        },
      ],
    },
  ];
}

/**
 * The corpus as a release: through lib/document where it accepts the
 * content, then straight into the JSON for what a Yjs client could write
 * but lib/document refuses (a `javascript:` source URL, node attributes).
 */
export function xssRelease(timelineId: string, number = 1): Release {
  const doc = new Y.Doc();
  writeMeta(doc, {
    title: "</script><script>window.__xss=1</script> Hostile timeline",
    description: `${TEXT} description`,
  });
  const lane = createLane(doc, { name: '<img src=x onerror="window.__xss=1"> lane' });
  const source = createSource(doc, {
    type: "article-newspaper",
    title: `${TEXT_PAYLOADS[0]} ${TEXT_PAYLOADS[1]} source title`,
    author: [{ literal: '"><script>window.__xss=1</script>' }],
    "container-title": "<svg onload=window.__xss=1>",
    URL: "https://example.org/?q=%3Cscript%3E",
    DOI: '10.1000/x"><script>window.__xss=1</script>',
    archive: "<b onmouseover=window.__xss=1>archive",
    archive_location: "</script><script>window.__xss=1</script>",
  });
  const citation = {
    sourceId: source,
    label: "page" as const,
    locator: '"><svg onload=window.__xss=1>',
    quote: `${TEXT_PAYLOADS[0]} quoted`,
  };
  const entry = createEntry(doc, {
    title: `${TEXT_PAYLOADS[3]} entry title`,
    when: "1955-06-01",
    laneId: lane,
    body: [
      {
        type: "paragraph",
        runs: [
          { text: TEXT },
          { citation },
          ...HREF_PAYLOADS.map((href) => ({ text: ` ${href.slice(0, 10)} `, link: href })),
          { text: " safe link", link: "https://example.org/safe" },
        ],
      },
      { type: "heading", level: 2, runs: [{ text: TEXT_PAYLOADS[2] }] },
      { type: "blockquote", runs: [{ text: TEXT_PAYLOADS[6], bold: true, italic: true }] },
      { type: "bulletList", items: [[{ text: TEXT_PAYLOADS[5] }], [{ citation }]] },
    ],
  });
  createClaim(doc, entry, {
    label: `${TEXT_PAYLOADS[1]} claim label`,
    variants: [
      { value: TEXT_PAYLOADS[0], note: TEXT_PAYLOADS[3], citations: [citation] },
      { value: TEXT_PAYLOADS[6], note: TEXT_PAYLOADS[2], citations: [] },
    ],
    status: "unresolvable",
    reason: TEXT,
  });
  createClaim(doc, entry, {
    label: TEXT_PAYLOADS[4],
    variants: [
      { value: TEXT_PAYLOADS[5], note: TEXT_PAYLOADS[7], citations: [citation] },
      { value: TEXT_PAYLOADS[8], citations: [] },
    ],
    status: "settled",
    acceptedVariant: 0,
    reason: TEXT_PAYLOADS[6],
  });
  createEntry(doc, {
    title: TEXT_PAYLOADS[6],
    when: "1955-07",
    laneId: lane,
    body: [{ type: "paragraph", runs: [{ text: "Second entry.", link: HREF_PAYLOADS[1] }] }],
  });

  const release = releaseOf(doc, {
    timelineId,
    number,
    kind: number === 1 ? "first" : "correction",
    note: `${TEXT} release note`,
    at: `2025-12-0${number}T12:00:00.000Z`,
  });
  // What lib/document would not write, but a raw Yjs client could.
  const first = release.entries.find((item) => item.id === entry);
  if (first) first.body.push(...hostileNodes());
  release.publishedBy = TEXT_PAYLOADS[1];
  release.sources[0].URL = "javascript:window.__xss=1";
  release.lanes[0].color = "red;background:url(javascript:window.__xss=1)";
  return release;
}
