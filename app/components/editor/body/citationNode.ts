import { mergeAttributes, Node } from "@tiptap/core";
import { Plugin } from "@tiptap/pm/state";
import { BODY, type Citation, newId } from "@/lib/document";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    citation: {
      /** Inserts a citation marker at the cursor. */
      insertCitation: (citation: Citation) => ReturnType;
    };
  }
}

const ATTRS = ["id", "sourceId", "label", "locator", "quote"] as const;
const dataName = (attr: string) => `data-${attr.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * A citation in the body: an inline atom whose attributes are the citation
 * (source, locator, quote). Its number is not stored: the stylesheet counts
 * markers in reading order, as the notes below the body do.
 */
export const CitationNode = Node.create({
  name: BODY.citationNode,
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return Object.fromEntries(
      ATTRS.map((attr) => [
        attr,
        {
          default: attr === "label" ? "page" : "",
          parseHTML: (el: HTMLElement) => el.getAttribute(dataName(attr)) ?? "",
          renderHTML: (attrs: Record<string, unknown>) => ({ [dataName(attr)]: attrs[attr] }),
        },
      ]),
    );
  },

  parseHTML() {
    return [{ tag: "sup[data-id][data-source-id]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["sup", mergeAttributes(HTMLAttributes, { class: "citation-marker" })];
  },

  renderText() {
    return "";
  },

  addCommands() {
    return {
      insertCitation:
        (citation) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: citation }),
    };
  },

  /** A pasted or duplicated marker gets its own id, so every citation stays addressable. */
  addProseMirrorPlugins() {
    const type = this.name;
    return [
      new Plugin({
        appendTransaction: (transactions, _old, state) => {
          if (!transactions.some((tr) => tr.docChanged)) return null;
          const seen = new Set<string>();
          const tr = state.tr;
          state.doc.descendants((node, pos) => {
            if (node.type.name !== type) return;
            const id = String(node.attrs.id ?? "");
            if (id && !seen.has(id)) {
              seen.add(id);
              return;
            }
            tr.setNodeAttribute(pos, "id", newId());
          });
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});
