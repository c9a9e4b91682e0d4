"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect } from "react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { entryBody, type Source } from "@/lib/document";
import { BodyToolbar } from "./BodyToolbar";
import { bodyExtensions } from "./bodyExtensions";
import { BodyClaimTools } from "./claims/BodyClaimTools";
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
}: EntryBodyEditorProps) {
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: !readOnly,
      autofocus: autoFocus ? "end" : false,
      extensions: bodyExtensions(entryBody(doc, entryId), provider, user),
      editorProps: {
        attributes: {
          class: "min-h-6",
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

  if (!editor) return <div className="prose-entry min-h-6" />;
  return (
    <div className="flex flex-col gap-2">
      {!readOnly && (
        <div className="-mx-1 rounded-md border border-line bg-paper/70 px-1 py-0.5">
          <BodyToolbar editor={editor}>
            <BodyClaimTools
              editor={editor}
              doc={doc}
              entryId={entryId}
              sources={sources}
              origin={origin}
            />
          </BodyToolbar>
        </div>
      )}
      <EditorContent editor={editor} className="prose-entry" />
    </div>
  );
}
