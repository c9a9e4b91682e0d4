/**
 * Released bodies (Tiptap JSON) as plain text and as Markdown, and the one
 * rule for links leaving Parallax. Bodies are written by any editor, and by
 * any Yjs client, so nothing in them is trusted: hrefs pass `safeHref`, and
 * Markdown escapes every character that could start a link, an image, HTML
 * or a block of its own.
 */
import { BODY, type BodyNodeJson, bodyTextLines, type Citation, isInlineNode } from "../document";
import { nodeCitation } from "./citations";

/** Renders a citation marker: `n` is its footnote number in its body, from 1. */
export type Footnote = (citation: Citation, n: number) => string;

const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(["http:", "https:", "mailto:"]);

/**
 * An absolute http(s) or mailto URL, normalised (`new URL(…).href`); null for
 * anything else (`javascript:`, `data:`, relative hrefs, non-strings). Every
 * renderer of released content, the public pages included, links only this.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== "string" || href.length > 2000) return null;
  try {
    // No base: a relative href means nothing outside the editor.
    const url = new URL(href.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const HARD_BREAK = "hardBreak";

/**
 * The body as plain text: one line per text block, each usable citation
 * marker as `[n]`, its footnote number.
 */
export function bodyPlainText(body: BodyNodeJson[]): string {
  let n = 0;
  return bodyTextLines(body, (node) => (nodeCitation(node) ? `[${++n}]` : ""))
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}

// ---- Markdown -------------------------------------------------------------------

/**
 * What starts Markdown syntax anywhere in a line: links, images, emphasis,
 * code, HTML, table cells, and `&` only where it would begin an entity.
 */
const MARKDOWN_INLINE = /[\\`*_[\]<>|~]|&(?=#?\w+;)/g;

const escapeInline = (text: string) => text.replace(MARKDOWN_INLINE, "\\$&");

/**
 * Escapes one line of text for Markdown, so it reads as itself and cannot
 * inject links, images, HTML or blocks; line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return escapeLineStarts(escapeInline(text.replace(/\s*\n\s*/g, " ")));
}

/**
 * A line that would start a block of its own (heading, list, quote, setext
 * underline, indented code) is made plain. Our own markup never starts with
 * these characters, so this runs on rendered lines too.
 */
function escapeLineStarts(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) =>
      line
        .replace(/^[ \t]+/, "")
        .replace(/^[#>+=-]/, "\\$&")
        .replace(/^(\d+)([.)])/, "$1\\$2"),
    )
    .join("\n");
}

interface Styled {
  text: string;
  bold: boolean;
  italic: boolean;
  href: string | null;
}

type Piece = Styled | { markdown: string };

/** Emphasis hugs the words: spaces stay outside the delimiters, as CommonMark needs. */
function emphasis(piece: Styled): string {
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(piece.text) as RegExpExecArray;
  if (!core) return piece.text;
  const mark = piece.bold && piece.italic ? "***" : piece.bold ? "**" : piece.italic ? "*" : "";
  return `${lead}${mark}${escapeInline(core)}${mark}${trail}`;
}

/** Link destinations in angle brackets cannot be broken out of once `<`, `>` and spaces are encoded. */
const linkTarget = (href: string) => `<${href.replace(/[<> ]/g, (ch) => encodeURIComponent(ch))}>`;

function renderPieces(pieces: Piece[]): string {
  let out = "";
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if ("markdown" in piece) {
      out += piece.markdown;
      continue;
    }
    if (!piece.href) {
      out += emphasis(piece);
      continue;
    }
    // Neighbouring runs of one link (split by a bold word, say) make one link.
    let text = emphasis(piece);
    while (i + 1 < pieces.length) {
      const next = pieces[i + 1];
      if ("markdown" in next || next.href !== piece.href) break;
      text += emphasis(next);
      i++;
    }
    out += `[${text}](${linkTarget(piece.href)})`;
  }
  return out;
}

function sameStyle(a: Piece | undefined, b: Styled): a is Styled {
  return (
    !!a && !("markdown" in a) && a.bold === b.bold && a.italic === b.italic && a.href === b.href
  );
}

export interface MarkdownOptions {
  /** Levels added to body headings (2 and 3), to nest them under the caller's own. */
  headingShift?: number;
}

/**
 * The body as Markdown: paragraphs, headings, lists, quotes, bold, italic and
 * safe links; `footnote` renders each usable citation marker (for example
 * `[^3]`) and is trusted. Other marks (claims, comments) are not shown.
 */
export function bodyMarkdown(
  body: BodyNodeJson[],
  footnote: Footnote,
  options: MarkdownOptions = {},
): string {
  let n = 0;

  const pieces = (nodes: BodyNodeJson[], out: Piece[] = []): Piece[] => {
    for (const node of nodes) {
      if (node.type === "text") {
        const marks = new Map((node.marks ?? []).map((mark) => [mark.type, mark.attrs]));
        const styled: Styled = {
          text: (node.text ?? "").replace(/\s*\n\s*/g, " "),
          bold: marks.has("bold"),
          italic: marks.has("italic"),
          href: marks.has("link") ? safeHref(marks.get("link")?.href) : null,
        };
        const last = out[out.length - 1];
        if (sameStyle(last, styled)) last.text += styled.text;
        else out.push(styled);
      } else if (node.type === HARD_BREAK) out.push({ markdown: "\\\n" });
      else if (node.type === BODY.citationNode) {
        const citation = nodeCitation(node);
        if (citation) out.push({ markdown: footnote(citation, ++n) });
      } else pieces(node.content ?? [], out);
    }
    return out;
  };

  const inline = (nodes: BodyNodeJson[]) => escapeLineStarts(renderPieces(pieces(nodes))).trim();

  const indent = (text: string, prefix: string, rest: string) =>
    text
      .split("\n")
      .map((line, i) => (i === 0 ? prefix : line ? rest : "") + line)
      .join("\n");

  const list = (node: BodyNodeJson): string => {
    const start = typeof node.attrs?.start === "number" ? node.attrs.start : 1;
    return (node.content ?? [])
      .map((item, i) => {
        const marker = node.type === "orderedList" ? `${start + i}. ` : "- ";
        return indent(blocks(item.content ?? []), marker, " ".repeat(marker.length));
      })
      .join("\n");
  };

  const block = (node: BodyNodeJson): string => {
    const content = node.content ?? [];
    switch (node.type) {
      case "paragraph":
        return inline(content);
      case "heading": {
        const text = inline(content).replace(/\\\n/g, " ");
        const level = node.attrs?.level === 3 ? 3 : 2;
        return text
          ? `${"#".repeat(Math.min(6, level + (options.headingShift ?? 0)))} ${text}`
          : "";
      }
      case "blockquote": {
        const inner = blocks(content);
        return inner ? inner.replace(/^/gm, "> ").replace(/^> $/gm, ">") : "";
      }
      case "bulletList":
      case "orderedList":
        return list(node);
      default:
        return content.some(isInlineNode) ? inline(content) : blocks(content);
    }
  };

  /** Blocks apart by a blank line, which no renderer merges (a list may not interrupt a paragraph). */
  function blocks(nodes: BodyNodeJson[]): string {
    return nodes.map(block).filter(Boolean).join("\n\n");
  }

  return blocks(body);
}
