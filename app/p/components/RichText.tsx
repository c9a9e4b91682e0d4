/**
 * An entry's body (Tiptap JSON from a release) as React elements, through
 * an allow-list: paragraphs, headings, quotes, lists, line breaks, text and
 * citation markers; bold, italic, links and claim highlights. Any other node
 * renders as its text only, any other mark is dropped, and no attribute is
 * copied through: the JSON may have been written by any Yjs client. React
 * escapes every text and attribute; links pass `safeHref` (http, https,
 * mailto). Nothing is rendered as HTML.
 */
import type { ReactNode } from "react";
import { BODY, type BodyNodeJson, type Citation } from "@/lib/document";
import { nodeCitation } from "@/lib/publish/citations";
import { safeHref } from "@/lib/publish/text";
import { noteId, noteRefId } from "./anchors";

/** Deeper nesting than this is read as text: no real body nests so far. */
const MAX_DEPTH = 24;

interface Context {
  /** The entry's position in the release: note anchors are numbered by it. */
  position: number;
  /** Footnote numbers of the usable citation nodes, in reading order. */
  notes: Map<BodyNodeJson, number>;
  /** Open links in a new tab (the embed). */
  newTab: boolean;
  /** The level of the entry's own heading: body headings sit below it. */
  level: number;
}

type Heading = "h3" | "h4" | "h5" | "h6";
const heading = (level: number) => `h${Math.min(Math.max(level, 3), 6)}` as Heading;

/** The citation nodes of a body that readers number, with their citations, in reading order. */
export function footnotesOf(body: readonly BodyNodeJson[]): {
  notes: Map<BodyNodeJson, number>;
  citations: Citation[];
} {
  const notes = new Map<BodyNodeJson, number>();
  const citations: Citation[] = [];
  const walk = (nodes: unknown, depth: number) => {
    if (!Array.isArray(nodes) || depth > MAX_DEPTH) return;
    for (const node of nodes as BodyNodeJson[]) {
      if (!node || typeof node !== "object") continue;
      const citation = node.type === BODY.citationNode ? nodeCitation(node) : undefined;
      if (citation) {
        citations.push(citation);
        notes.set(node, citations.length);
      } else walk(node.content, depth + 1);
    }
  };
  walk(body, 0);
  return { notes, citations };
}

/** The text of any node, for nodes outside the allow-list. */
function plainText(node: BodyNodeJson, depth = 0): string {
  if (!node || typeof node !== "object" || depth > MAX_DEPTH) return "";
  if (typeof node.text === "string") return node.text;
  if (!Array.isArray(node.content)) return "";
  return node.content.map((child) => plainText(child, depth + 1)).join("");
}

const markTypes = (node: BodyNodeJson) =>
  Array.isArray(node.marks)
    ? node.marks.filter((mark) => mark && typeof mark.type === "string")
    : [];

/**
 * A text node with its allowed marks; plain text stays a string (no wrapper
 * element), and only the outermost element carries the key.
 */
function renderText(node: BodyNodeJson, key: number, ctx: Context): ReactNode {
  if (typeof node.text !== "string" || !node.text) return null;
  const marks = markTypes(node);
  const has = (type: string) => marks.some((mark) => mark.type === type);
  const link = marks.find((mark) => mark.type === "link");
  const href = link ? safeHref(link.attrs?.href) : null;
  const layers: ((child: ReactNode, k?: number) => ReactNode)[] = [];
  if (has("italic")) layers.push((child, k) => <em key={k}>{child}</em>);
  if (has("bold")) layers.push((child, k) => <strong key={k}>{child}</strong>);
  if (has(BODY.claimMark))
    layers.push((child, k) => (
      <span key={k} className="claim-mark">
        {child}
      </span>
    ));
  if (href)
    layers.push((child, k) => (
      <a
        key={k}
        href={href}
        rel="noopener noreferrer nofollow"
        target={ctx.newTab ? "_blank" : undefined}
      >
        {child}
      </a>
    ));
  let out: ReactNode = node.text;
  layers.forEach((layer, i) => {
    out = layer(out, i === layers.length - 1 ? key : undefined);
  });
  return out;
}

function renderNodes(nodes: unknown, ctx: Context, depth: number): ReactNode[] {
  if (!Array.isArray(nodes)) return [];
  return nodes.map((node, i) => renderNode(node as BodyNodeJson, i, ctx, depth));
}

function renderNode(node: BodyNodeJson, key: number, ctx: Context, depth: number): ReactNode {
  if (!node || typeof node !== "object" || typeof node.type !== "string") return null;
  if (depth > MAX_DEPTH) return plainText(node);
  const children = () => renderNodes(node.content, ctx, depth + 1);
  switch (node.type) {
    case "text":
      return renderText(node, key, ctx);
    case "paragraph":
      return <p key={key}>{children()}</p>;
    case "heading": {
      const Tag = heading(ctx.level + (node.attrs?.level === 3 ? 2 : 1));
      return <Tag key={key}>{children()}</Tag>;
    }
    case "blockquote":
      return <blockquote key={key}>{children()}</blockquote>;
    case "bulletList":
      return <ul key={key}>{children()}</ul>;
    case "orderedList": {
      const start = node.attrs?.start;
      return (
        <ol
          key={key}
          start={Number.isInteger(start) && (start as number) > 0 ? (start as number) : undefined}
        >
          {children()}
        </ol>
      );
    }
    case "listItem":
      return <li key={key}>{children()}</li>;
    case "hardBreak":
      return <br key={key} />;
    case BODY.citationNode: {
      const n = ctx.notes.get(node);
      if (!n) return null;
      return (
        <sup key={key} className="footnote-ref">
          <a
            href={`#${noteId(ctx.position, n)}`}
            id={noteRefId(ctx.position, n)}
            aria-label={`Note ${n}`}
          >
            {n}
          </a>
        </sup>
      );
    }
    default: {
      // Not on the list: its words only, never its markup or attributes.
      const text = plainText(node);
      return text || null;
    }
  }
}

/** An entry's body: pass the `notes` of `footnotesOf(body)` so markers and notes agree. */
export function RichText({
  body,
  position,
  notes,
  newTab = false,
  level,
}: {
  body: readonly BodyNodeJson[];
  position: number;
  notes: Map<BodyNodeJson, number>;
  newTab?: boolean;
  /** The level of the entry's heading (3 or 4). */
  level: number;
}) {
  return (
    <div className="prose-entry prose-public">
      {renderNodes(body, { position, notes, newTab, level }, 0)}
    </div>
  );
}
