"use client";

import { type Editor, EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { entryBody, type Source } from "@/lib/document";
import { BodyToolbar } from "./BodyToolbar";
import { bodyExtensions } from "./bodyExtensions";
import { BodyClaimTools } from "./claims/BodyClaimTools";
import { CommentHighlights, commentHighlightsKey } from "./discussion/commentHighlights";
import type { EntryDiscussion } from "./discussion/EntryDiscussion";
import { StartThreadButton } from "./discussion/StartThreadButton";
import { anchorOfSelection, threadRanges } from "./discussion/threadRanges";
import type { LocalUser } from "./identity";

export interface EntryBodyEditorProps {
  doc: Y.Doc;
  provider: WebsocketProvider;
  entryId: string;
  user: LocalUser;
  readOnly: boolean;
  autoFocus?: boolean;
  sources: Source[];
  /** The undo origin for claims created from the toolbar. */
  origin: unknown;
  discussion: EntryDiscussion;
}

/** The live Tiptap editor of one entry's body; mounted for the selected entry only. */
export function EntryBodyEditor({
  doc,
  provider,
  entryId,
  user,
  readOnly,
  autoFocus,
  sources,
  origin,
  discussion,
}: EntryBodyEditorProps) {
  // The highlight plugin reads the latest threads through this ref, so the editor is not rebuilt.
  const discussionRef = useRef(discussion);
  discussionRef.current = discussion;
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: !readOnly,
      autofocus: autoFocus ? "end" : false,
      extensions: [
        ...bodyExtensions(entryBody(doc, entryId), provider, user),
        CommentHighlights.configure({
          ranges: (state) => threadRanges(state, entryId, discussionRef.current),
          onOpen: (threadId) => discussionRef.current.open(threadId),
        }),
      ],
      editorProps: {
        attributes: {
          class: "min-h-6",
          // A labelled editable region must have a role that takes a label.
          role: "textbox",
          "aria-multiline": "true",
          "aria-label": "Entry description",
          "data-testid": "entry-body-editor",
        },
      },
    },
    [doc, provider, entryId],
  );

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.updateUser(user);
  }, [editor, user]);

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  // Threads arriving, resolving or becoming active redraw the highlights.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the plugin reads them through discussionRef; these mark when to redraw.
  useEffect(() => {
    if (editor && !editor.isDestroyed)
      editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, true));
  }, [editor, discussion.threads, discussion.activeThreadId]);

  if (!editor) return <div className="prose-entry min-h-6" />;
  const comment = discussion.canComment && (
    <StartThreadButton
      discussion={discussion}
      label="Comment on the selected words"
      emptyHint="Select the words you want to comment on, then press Comment."
      testId="comment-button"
      holdsSelection={() => selectedRange(editor) !== null}
      target={() => {
        const range = selectedRange(editor);
        const anchor = range ? anchorOfSelection(editor.state, range.from, range.to) : null;
        return anchor ? { subject: anchor.quote, thread: { entryId, anchor } } : null;
      }}
    />
  );
  return (
    <div className="flex flex-col gap-2">
      {!readOnly ? (
        <div className="-mx-1 rounded-md border border-line bg-paper/70 px-1 py-0.5">
          <BodyToolbar editor={editor}>
            <BodyClaimTools
              editor={editor}
              doc={doc}
              entryId={entryId}
              sources={sources}
              origin={origin}
            />
            {comment}
          </BodyToolbar>
        </div>
      ) : (
        comment && <div className="-mx-1 flex justify-end">{comment}</div>
      )}
      <EditorContent editor={editor} className="prose-entry" />
    </div>
  );
}

/**
 * The words selected in the editor, as the page shows them: read from the
 * DOM selection, which the editor's own state follows only on the next
 * `selectionchange` (a shortcut pressed at once would miss it). Null when
 * nothing in this editor is selected.
 */
function selectedRange(editor: Editor): { from: number; to: number } | null {
  const selection = window.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  const dom = editor.view.dom;
  if (selection && !selection.isCollapsed && anchorNode && focusNode) {
    if (!dom.contains(anchorNode) || !dom.contains(focusNode)) return null;
    const a = editor.view.posAtDOM(anchorNode, selection.anchorOffset);
    const b = editor.view.posAtDOM(focusNode, selection.focusOffset);
    return a === b ? null : { from: Math.min(a, b), to: Math.max(a, b) };
  }
  const { from, to, empty } = editor.state.selection;
  return empty || !editor.view.hasFocus() ? null : { from, to };
}
