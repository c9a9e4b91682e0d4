"use client";

import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import { memo, type ReactNode } from "react";
import type * as Y from "yjs";
import { BODY, entryBody } from "@/lib/document";

interface PMMark {
  type: string;
  attrs?: Record<string, unknown>;
}

interface PMNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: PMMark[];
  content?: PMNode[];
}

/** Only http(s) and mailto links are rendered as links. */
function safeHref(href: unknown): string | undefined {
  if (typeof href !== "string") return undefined;
  return /^(https?:|mailto:)/i.test(href.trim()) ? href : undefined;
}

function renderText(node: PMNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? "";
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === BODY.claimMark && typeof mark.attrs?.claimId === "string")
      out = (
        <span className="claim-mark" data-claim-id={mark.attrs.claimId}>
          {out}
        </span>
      );
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "link") {
      const href = safeHref(mark.attrs?.href);
      if (href)
        out = (
          <a href={href} target="_blank" rel="noopener noreferrer nofollow">
            {out}
          </a>
        );
    }
  }
  return <span key={key}>{out}</span>;
}

function renderNodes(nodes: PMNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, i) => renderNode(node, i));
}

/** An allow-list renderer for the body's node types; anything else renders its text only. */
function renderNode(node: PMNode, key: number): ReactNode {
  const children = renderNodes(node.content);
  switch (node.type) {
    case "text":
      return renderText(node, key);
    case "paragraph":
      return <p key={key}>{children}</p>;
    case "heading":
      return Number(node.attrs?.level) >= 3 ? (
        <h3 key={key}>{children}</h3>
      ) : (
        <h2 key={key}>{children}</h2>
      );
    case "blockquote":
      return <blockquote key={key}>{children}</blockquote>;
    case "bulletList":
      return <ul key={key}>{children}</ul>;
    case "orderedList":
      return <ol key={key}>{children}</ol>;
    case "listItem":
      return <li key={key}>{children}</li>;
    case "hardBreak":
      return <br key={key} />;
    case BODY.citationNode:
      return (
        <sup
          key={key}
          className="citation-marker"
          data-id={typeof node.attrs?.id === "string" ? node.attrs.id : undefined}
        />
      );
    default:
      return <span key={key}>{children}</span>;
  }
}

function isEmpty(nodes: PMNode[] | undefined): boolean {
  return !nodes?.some((node) => node.type !== "paragraph" || (node.content?.length ?? 0) > 0);
}

/**
 * The read-only rendering of an entry body, for every entry that is not being
 * edited: cheap to mount, so thousands of entries scroll smoothly. `version`
 * changes whenever the entry does, so the body is re-read only then.
 */
export const BodyView = memo(function BodyView({
  doc,
  entryId,
}: {
  doc: Y.Doc;
  entryId: string;
  version: number;
}) {
  let json: PMNode;
  try {
    json = yXmlFragmentToProsemirrorJSON(entryBody(doc, entryId) as Y.XmlFragment) as PMNode;
  } catch {
    return null;
  }
  if (isEmpty(json.content)) return <p className="text-faint italic">No description yet.</p>;
  return <div className="prose-entry">{renderNodes(json.content)}</div>;
});
