import { describe, expect, it } from "vitest";
import type { BodyNodeJson, Citation } from "@/lib/document";
import { bodyHtml, bodyMarkdown, bodyPlainText, escapeMarkdown, safeHref } from "@/lib/publish";

const text = (value: string, ...marks: BodyNodeJson["marks"] & object): BodyNodeJson =>
  marks.length ? { type: "text", text: value, marks } : { type: "text", text: value };
const link = (href: string) => ({ type: "link", attrs: { href, target: "_blank" } });
const cite = (id: string, sourceId = "src-1"): BodyNodeJson => ({
  type: "citation",
  attrs: { id, sourceId, label: "page", locator: "4", quote: "" },
});
const p = (...content: BodyNodeJson[]): BodyNodeJson => ({ type: "paragraph", content });

const numbered = (_: Citation, n: number) => `[^${n}]`;

describe("safeHref", () => {
  it("keeps http, https and mailto addresses, normalised", () => {
    expect(safeHref("https://example.org/a b")).toBe("https://example.org/a%20b");
    expect(safeHref("  http://Example.org ")).toBe("http://example.org/");
    expect(safeHref("mailto:ed@example.org")).toBe("mailto:ed@example.org");
  });

  it("refuses every other scheme, relative links and non-strings", () => {
    for (const href of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      " javascript:alert(1)",
      "java\nscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      "file:///etc/passwd",
      "/relative/path",
      "//example.org/protocol-relative",
      "#top",
      "",
      `https://example.org/${"a".repeat(2000)}`,
      null,
      undefined,
      42,
      { href: "https://example.org" },
    ]) {
      expect(safeHref(href), String(href)).toBeNull();
    }
  });
});

describe("bodyPlainText", () => {
  it("gives one line per block and numbers usable citations", () => {
    const body: BodyNodeJson[] = [
      p(text("Talks open"), cite("c1"), text(".")),
      { type: "heading", attrs: { level: 3 }, content: [text("Then")] },
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [p(text("one"), cite("c2"))] },
          // A marker without a source is skipped, as the document's readers skip it.
          {
            type: "listItem",
            content: [p(text("two"), { type: "citation", attrs: { id: "c3" } })],
          },
        ],
      },
      p(),
      p(text("line"), { type: "hardBreak" }, text("break")),
    ];
    expect(bodyPlainText(body)).toBe("Talks open[1].\nThen\none[2]\ntwo\nline\nbreak");
  });
});

describe("bodyMarkdown", () => {
  it("writes paragraphs, headings, lists, quotes, emphasis and links", () => {
    const body: BodyNodeJson[] = [
      { type: "heading", attrs: { level: 2 }, content: [text("Background")] },
      p(
        text("Talks at "),
        text("Lancaster House", { type: "bold" }),
        text(" were "),
        text("slow ", { type: "italic" }),
        text("(see "),
        text("the record", link("https://example.org/record")),
        text(")"),
        cite("c1"),
      ),
      {
        type: "orderedList",
        attrs: { start: 3 },
        content: [
          { type: "listItem", content: [p(text("first"))] },
          {
            type: "listItem",
            content: [
              p(text("second")),
              { type: "bulletList", content: [{ type: "listItem", content: [p(text("nested"))] }] },
            ],
          },
        ],
      },
      { type: "blockquote", content: [p(text("quoted")), p(text("twice"))] },
    ];
    expect(bodyMarkdown(body, numbered)).toBe(
      [
        "## Background",
        "Talks at **Lancaster House** were *slow* (see [the record](<https://example.org/record>))[^1]",
        "3. first\n4. second\n\n   - nested",
        "> quoted\n>\n> twice",
      ].join("\n\n"),
    );
  });

  it("shifts headings when asked", () => {
    const body = [{ type: "heading", attrs: { level: 3 }, content: [text("Deep")] }];
    expect(bodyMarkdown(body, numbered, { headingShift: 2 })).toBe("##### Deep");
  });

  it("joins runs of one style, so a mark split in two stays one", () => {
    const claim = { type: "claim", attrs: { claimId: "x" } };
    const body = [p(text("594,", { type: "bold" }), text("000", { type: "bold" }, claim))];
    expect(bodyMarkdown(body, numbered)).toBe("**594,000**");
  });

  it("drops unsafe links to plain text and escapes Markdown in text", () => {
    const body = [
      p(text("click", link("javascript:alert(1)"))),
      p(text("[x](javascript:alert(1)) and ![img](https://evil.example/x.png)")),
      p(text("<script>alert(1)</script> <img src=x onerror=alert(1)>")),
      p(text("*not bold* _nor this_ `code` | ~~gone~~ &lt; \\")),
    ];
    const markdown = bodyMarkdown(body, numbered);
    expect(markdown).toBe(
      [
        "click",
        "\\[x\\](javascript:alert(1)) and !\\[img\\](https://evil.example/x.png)",
        "\\<script\\>alert(1)\\</script\\> \\<img src=x onerror=alert(1)\\>",
        "\\*not bold\\* \\_nor this\\_ \\`code\\` \\| \\~\\~gone\\~\\~ \\&lt; \\\\",
      ].join("\n\n"),
    );
    expect(markdown).not.toMatch(/(?<!\\)\]\(/);
    expect(markdown).not.toMatch(/(?<!\\)</);
  });

  it("keeps a line from starting a block of its own", () => {
    const body = [
      p(text("# not a heading")),
      p(text("1955. A year")),
      p(text("- not a list")),
      p(text("+ nor this")),
      p(text("> nor a quote")),
      p(text("    not code")),
      p(text("a"), { type: "hardBreak" }, text("=== not a heading underline")),
    ];
    expect(bodyMarkdown(body, numbered)).toBe(
      [
        "\\# not a heading",
        "1955\\. A year",
        "\\- not a list",
        "\\+ nor this",
        "\\> nor a quote",
        "not code",
        "a\\\n\\=== not a heading underline",
      ].join("\n\n"),
    );
  });

  it("escapes link text and cannot be broken out of by the link target", () => {
    const body = [p(text("a ] b", link("https://example.org/x>y) z")))];
    expect(bodyMarkdown(body, numbered)).toBe("[a \\] b](<https://example.org/x%3Ey)%20z>)");
  });

  it("escapes single lines for titles", () => {
    expect(escapeMarkdown("# [Title](javascript:x)\n<b>")).toBe(
      "\\# \\[Title\\](javascript:x) \\<b\\>",
    );
  });
});

describe("bodyHtml", () => {
  it("renders the editor's nodes and marks, escaping every text", () => {
    const body: BodyNodeJson[] = [
      { type: "heading", attrs: { level: 3 }, content: [text("A <heading>")] },
      p(
        text("bold & ", { type: "bold" }),
        text("italic", { type: "italic" }),
        text(' "link"', link("https://example.org/?a=1&b=2")),
        cite("c1"),
        { type: "hardBreak" },
        text("<script>alert(1)</script>"),
      ),
      {
        type: "orderedList",
        attrs: { start: 2 },
        content: [{ type: "listItem", content: [p(text("x"))] }],
      },
      { type: "blockquote", content: [p(text("q"))] },
    ];
    expect(bodyHtml(body, (_, n) => `<sup>${n}</sup>`)).toBe(
      "<h3>A &lt;heading&gt;</h3>" +
        '<p><strong>bold &amp; </strong><em>italic</em><a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer nofollow"> &quot;link&quot;</a><sup>1</sup><br>&lt;script&gt;alert(1)&lt;/script&gt;</p>' +
        '<ol start="2"><li><p>x</p></li></ol>' +
        "<blockquote><p>q</p></blockquote>",
    );
  });

  it("drops unsafe links and never copies unknown nodes or attributes", () => {
    const body: BodyNodeJson[] = [
      p(text("x", link("javascript:alert(1)"))),
      { type: "iframe", attrs: { src: "https://evil.example" }, content: [text("inside")] },
      { type: "paragraph", attrs: { onclick: "alert(1)", class: "x" }, content: [text("y")] },
      { type: "heading", attrs: { level: 1 }, content: [text("h")] },
      { type: "orderedList", attrs: { start: '1" onclick="x' }, content: [] },
    ];
    expect(bodyHtml(body, () => "")).toBe("<p>x</p>inside<p>y</p><h2>h</h2><ol></ol>");
  });
});
