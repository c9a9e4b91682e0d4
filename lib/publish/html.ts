/**
 * Released bodies as HTML, for exports that carry HTML (TimelineJS). An
 * allow-list renderer: only the editor's own nodes and marks become tags,
 * every text and attribute is escaped, links pass `safeHref`. Anything else
 * in the JSON (a foreign node type, an attribute) is never copied through.
 */
import { BODY, type BodyNodeJson } from "../document";
import { nodeCitation } from "./citations";
import { type Footnote, safeHref } from "./text";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text safe in HTML content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

const BLOCK_TAGS: Record<string, string> = {
  paragraph: "p",
  blockquote: "blockquote",
  bulletList: "ul",
  orderedList: "ol",
  listItem: "li",
};

function text(node: BodyNodeJson): string {
  const marks = new Map((node.marks ?? []).map((mark) => [mark.type, mark.attrs]));
  let html = escapeHtml(node.text ?? "");
  if (marks.has("italic")) html = `<em>${html}</em>`;
  if (marks.has("bold")) html = `<strong>${html}</strong>`;
  const href = marks.has("link") ? safeHref(marks.get("link")?.href) : null;
  if (href) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${html}</a>`;
  return html;
}

/**
 * The body as HTML: paragraphs, headings (h2, h3), lists, quotes, bold,
 * italic and safe links. `footnote` renders each usable citation marker and
 * must return safe HTML itself (for example `<sup>3</sup>`).
 */
export function bodyHtml(body: BodyNodeJson[], footnote: Footnote): string {
  let n = 0;
  const render = (nodes: BodyNodeJson[]): string =>
    nodes
      .map((node) => {
        if (node.type === "text") return text(node);
        if (node.type === "hardBreak") return "<br>";
        if (node.type === BODY.citationNode) {
          const citation = nodeCitation(node);
          return citation ? footnote(citation, ++n) : "";
        }
        const inner = render(node.content ?? []);
        if (node.type === "heading") {
          const tag = node.attrs?.level === 3 ? "h3" : "h2";
          return `<${tag}>${inner}</${tag}>`;
        }
        if (node.type === "orderedList") {
          const start = node.attrs?.start;
          const from = Number.isInteger(start) && start !== 1 ? ` start="${start}"` : "";
          return `<ol${from}>${inner}</ol>`;
        }
        const tag = BLOCK_TAGS[node.type];
        return tag ? `<${tag}>${inner}</${tag}>` : inner;
      })
      .join("");
  return render(body);
}
