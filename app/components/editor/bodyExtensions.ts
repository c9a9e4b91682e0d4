import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { Placeholder } from "@tiptap/extensions";
import StarterKit from "@tiptap/starter-kit";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { CitationNode } from "./body/citationNode";
import { ClaimMark } from "./body/claimMark";
import type { LocalUser } from "./identity";

/**
 * The body editor's extensions: the node and mark allow-list of an entry
 * (paragraphs, headings, bold, italic, lists, links, block quotes, citation
 * markers and claimed phrases), bound to
 * the entry's shared fragment. Undo comes from Collaboration (y-prosemirror),
 * so StarterKit's own history is off.
 */
export function bodyExtensions(
  fragment: Y.XmlFragment,
  provider: WebsocketProvider,
  user: LocalUser,
) {
  return [
    StarterKit.configure({
      undoRedo: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      heading: { levels: [2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
      },
    }),
    CitationNode,
    ClaimMark,
    Placeholder.configure({ placeholder: "Describe what happened, and what the sources say…" }),
    Collaboration.configure({ fragment }),
    CollaborationCaret.configure({
      provider,
      user,
      render: (caretUser: Record<string, unknown>) => {
        const color = typeof caretUser.color === "string" ? caretUser.color : "#44443f";
        const caret = document.createElement("span");
        caret.classList.add("collaboration-carets__caret");
        caret.style.borderColor = color;
        const label = document.createElement("span");
        label.classList.add("collaboration-carets__label");
        label.style.backgroundColor = color;
        label.textContent = typeof caretUser.name === "string" ? caretUser.name : "Someone";
        caret.append(label);
        return caret;
      },
      selectionRender: (caretUser: Record<string, unknown>) => ({
        nodeName: "span",
        class: "collaboration-carets__selection",
        style: `background-color: ${typeof caretUser.color === "string" ? caretUser.color : "#44443f"}33`,
      }),
    }),
  ];
}
