import type { EditorState } from "@tiptap/pm/state";
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from "@tiptap/y-tiptap";
import { fromBase64 } from "lib0/buffer";
import * as Y from "yjs";
import { createBodyAnchor, resolveBodyAnchor, type TextPoint } from "@/lib/discussion/anchor";
import type { BodyAnchor } from "@/lib/discussion/protocol";
import type { HighlightRange } from "./commentHighlights";
import type { EntryDiscussion } from "./EntryDiscussion";

interface Binding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: Map<unknown, unknown>;
}

/** The y-prosemirror binding behind an editor state: its document, fragment and node mapping. */
function bindingOf(state: EditorState): Binding | null {
  const ystate = ySyncPluginKey.getState(state) as
    | { doc?: Y.Doc; type?: Y.XmlFragment; binding?: { mapping: Map<unknown, unknown> } }
    | undefined;
  if (!ystate?.doc || !ystate.type || !ystate.binding) return null;
  return { doc: ystate.doc, type: ystate.type, mapping: ystate.binding.mapping };
}

function pointAt(binding: Binding, pos: number): TextPoint | null {
  const relative = absolutePositionToRelativePosition(pos, binding.type, binding.mapping as never);
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, binding.doc);
  const type = absolute?.type as unknown;
  if (!absolute || !(type instanceof Y.XmlText || type instanceof Y.XmlElement)) return null;
  return { type, index: absolute.index };
}

/** A body anchor for the selected words (null when the selection holds no text). */
export function anchorOfSelection(state: EditorState, from: number, to: number): BodyAnchor | null {
  const binding = bindingOf(state);
  if (!binding) return null;
  const start = pointAt(binding, from);
  const end = pointAt(binding, to);
  return start && end ? createBodyAnchor(binding.type, start, end) : null;
}

/** The editor range an anchor covers now, or null for an orphan. */
function rangeOf(state: EditorState, binding: Binding, anchor: BodyAnchor) {
  if (resolveBodyAnchor(binding.doc, binding.type, anchor).status !== "attached") return null;
  const toPm = (value: string) =>
    relativePositionToAbsolutePosition(
      binding.doc,
      binding.type,
      Y.decodeRelativePosition(fromBase64(value)),
      binding.mapping as never,
    );
  const from = toPm(anchor.start);
  const to = toPm(anchor.end);
  return from !== null && to !== null && from < to && to <= state.doc.content.size
    ? { from, to }
    : null;
}

/** The highlighted ranges of an entry's open, word-anchored threads. */
export function threadRanges(
  state: EditorState,
  entryId: string,
  discussion: EntryDiscussion,
): HighlightRange[] {
  const binding = bindingOf(state);
  if (!binding) return [];
  const out: HighlightRange[] = [];
  for (const thread of discussion.threads.values()) {
    if (thread.entryId !== entryId || thread.status !== "open" || thread.anchor?.field !== "body")
      continue;
    const range = rangeOf(state, binding, thread.anchor);
    if (range)
      out.push({ ...range, threadId: thread.id, active: discussion.activeThreadId === thread.id });
  }
  return out;
}
