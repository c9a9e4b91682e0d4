import { Extension } from "@tiptap/core";
import type { EditorState } from "@tiptap/pm/state";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export interface HighlightRange {
  threadId: string;
  from: number;
  to: number;
  active: boolean;
}

export interface CommentHighlightsOptions {
  /** The open threads' ranges in the current editor state (orphans are left out). */
  ranges: (state: EditorState) => HighlightRange[];
  onOpen: (threadId: string) => void;
}

export const commentHighlightsKey = new PluginKey("commentHighlights");

/**
 * Highlights the words open threads are about. Ranges are resolved from the
 * threads' anchors on every change, so they follow concurrent edits; a
 * transaction with this plugin's meta redraws them when threads change.
 */
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: "commentHighlights",

  addOptions() {
    return { ranges: () => [], onOpen: () => {} };
  },

  addProseMirrorPlugins() {
    const { ranges, onOpen } = this.options;
    const build = (state: EditorState) =>
      DecorationSet.create(
        state.doc,
        ranges(state)
          .filter((range) => range.from < range.to && range.to <= state.doc.content.size)
          .map((range) =>
            Decoration.inline(range.from, range.to, {
              class: range.active ? "comment-anchor comment-anchor-active" : "comment-anchor",
              "data-thread-id": range.threadId,
            }),
          ),
      );
    return [
      new Plugin({
        key: commentHighlightsKey,
        state: {
          init: (_config, state) => build(state),
          apply: (tr, old, _oldState, state) =>
            tr.docChanged || tr.getMeta(commentHighlightsKey) ? build(state) : old,
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state),
          handleClick: (_view, _pos, event) => {
            const target = (event.target as HTMLElement | null)?.closest?.("[data-thread-id]");
            const threadId = target?.getAttribute("data-thread-id");
            if (threadId) onOpen(threadId);
            return false;
          },
        },
      }),
    ];
  },
});
