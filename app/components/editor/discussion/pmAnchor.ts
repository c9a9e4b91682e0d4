/**
 * The bridge between body anchors (lib/discussion/anchor.ts) and a Tiptap
 * editor bound to an entry body through the Collaboration extension
 * (y-tiptap's ySyncPlugin).
 *
 * It maps ProseMirror positions to points of the Y.XmlFragment and back by
 * walking both trees side by side (block children match one to one; inside a
 * text block, a Y.XmlText counts its length and an inline node counts 1), and
 * lets the library create and resolve the anchor. It does not use y-tiptap's
 * `absolutePositionToRelativePosition`, which always gives association -1
 * (so text typed at a range's start would join it), nor
 * `relativePositionToAbsolutePosition`, which answers null for a text
 * position that lands at 0 or 1 (the first character of the body), and both
 * lean on the binding's node mapping, which is cleared during re-renders.
 *
 * Resolve only against a state the Y fragment reflects. For a local edit,
 * ProseMirror's state changes first and y-prosemirror writes it to Yjs in its
 * plugin view `update`; a decoration plugin's `apply` for that transaction
 * sees the old Yjs content. Map decorations through local transactions, and
 * resolve on transactions carrying `ySyncPluginKey` meta (remote changes,
 * first render) or in a plugin view update. `anchorRange` checks that the
 * editor's text in the range is the anchor's text and answers null when it
 * is not, so a stale state never yields a wrong range.
 */
import type { Node as PmNode } from "@tiptap/pm/model";
import type { EditorState } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import {
  type AnchorOptions,
  BODY_LINE_BREAKS,
  createBodyAnchor,
  resolveBodyAnchor,
  type TextPoint,
} from "@/lib/discussion/anchor";
import type { BodyAnchor } from "@/lib/discussion/protocol";

/** A range of ProseMirror positions. */
export interface PmRange {
  from: number;
  to: number;
}

/** Anything holding an editor state: an EditorState, or a Tiptap Editor or EditorView. */
type HasState = EditorState | { state: EditorState };

const stateOf = (source: HasState): EditorState => ("state" in source ? source.state : source);

/** The Yjs document and body fragment an editor state is bound to, or null if it is not. */
export function boundBody(source: HasState): { doc: Y.Doc; fragment: Y.XmlFragment } | null {
  const ystate = ySyncPluginKey.getState(stateOf(source)) as
    | { doc?: unknown; type?: unknown }
    | undefined;
  const fragment = ystate?.type;
  const doc = ystate?.doc ?? (fragment instanceof Y.XmlFragment ? fragment.doc : null);
  return fragment instanceof Y.XmlFragment && doc instanceof Y.Doc ? { doc, fragment } : null;
}

/** ProseMirror's reading of the text, the same as the library's: blocks and hard breaks as "\n". */
const leafText = (node: PmNode) => (BODY_LINE_BREAKS.has(node.type.name) ? "\n" : "");

/** The size a Y node of a text block's content takes in ProseMirror (inline nodes are leaves). */
const inlineSize = (node: unknown) => (node instanceof Y.XmlText ? node.length : 1);

/** The body point at a ProseMirror position, or null if the trees disagree there. */
export function pointAtPmPos(doc: PmNode, fragment: Y.XmlFragment, pos: number): TextPoint | null {
  if (!Number.isInteger(pos) || pos < 0 || pos > doc.content.size) return null;
  const $pos = doc.resolve(pos);
  let node: Y.XmlFragment | Y.XmlElement = fragment;
  for (let depth = 1; depth <= $pos.depth; depth++) {
    const child: Y.XmlElement | Y.XmlText = node.get($pos.index(depth - 1));
    if (!(child instanceof Y.XmlElement) || child.nodeName !== $pos.node(depth).type.name)
      return null;
    node = child;
  }
  if (!$pos.parent.inlineContent) return { type: node, index: $pos.index() };
  let offset = $pos.parentOffset;
  const children = node.toArray();
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child instanceof Y.XmlText && offset <= child.length) return { type: child, index: offset };
    if (offset === 0) return { type: node, index: i };
    offset -= inlineSize(child);
    if (offset < 0) return null;
  }
  return offset === 0 ? { type: node, index: children.length } : null;
}

/** The ProseMirror position of a point inside a Y.XmlText of the body, or null. */
export function pmPosOfPoint(
  doc: PmNode,
  fragment: Y.XmlFragment,
  point: TextPoint,
): number | null {
  const text = point.type;
  const block = text.parent;
  if (!(text instanceof Y.XmlText) || !(block instanceof Y.XmlElement)) return null;
  let inline = point.index;
  const siblings = block.toArray();
  const at = siblings.indexOf(text);
  if (at < 0) return null;
  for (const sibling of siblings.slice(0, at)) inline += inlineSize(sibling);
  // The chain of elements from the fragment down to the text block, with their indices.
  const path: { node: Y.XmlElement; index: number }[] = [];
  for (let node: Y.XmlElement = block; ; ) {
    const parent = node.parent;
    if (!(parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment)) return null;
    const index = parent.toArray().indexOf(node);
    if (index < 0) return null;
    path.unshift({ node, index });
    if (parent === fragment) break;
    if (!(parent instanceof Y.XmlElement)) return null;
    node = parent;
  }
  let pm = doc;
  let pos = 0;
  for (const { node, index } of path) {
    if (index >= pm.childCount) return null;
    for (let i = 0; i < index; i++) pos += pm.child(i).nodeSize;
    pm = pm.child(index);
    pos += 1;
    if (pm.type.name !== node.nodeName) return null;
  }
  return pm.inlineContent && inline <= pm.content.size ? pos + inline : null;
}

/**
 * Where a body anchor is in this editor now, as ProseMirror positions; null
 * when it is an orphan, or when the editor's text there is not the anchor's
 * (the state is ahead of or behind the Y fragment).
 */
export function anchorRange(source: HasState, anchor: BodyAnchor): PmRange | null {
  const state = stateOf(source);
  const body = boundBody(state);
  if (!body) return null;
  const resolved = resolveBodyAnchor(body.doc, body.fragment, anchor);
  if (resolved.status !== "attached") return null;
  const from = pmPosOfPoint(state.doc, body.fragment, resolved.start);
  const to = pmPosOfPoint(state.doc, body.fragment, resolved.end);
  if (from === null || to === null || from >= to) return null;
  return state.doc.textBetween(from, to, "\n", leafText) === resolved.text ? { from, to } : null;
}

/**
 * A body anchor for the words between two ProseMirror positions (in either
 * order), narrowed to their first and last characters; null when there is
 * no character between them or the editor is not bound to a body.
 */
export function anchorFromPmRange(
  source: HasState,
  from: number,
  to: number,
  options?: AnchorOptions,
): BodyAnchor | null {
  const state = stateOf(source);
  const body = boundBody(state);
  if (!body || from === to) return null;
  const start = pointAtPmPos(state.doc, body.fragment, Math.min(from, to));
  const end = pointAtPmPos(state.doc, body.fragment, Math.max(from, to));
  if (!start || !end) return null;
  const anchor = createBodyAnchor(body.fragment, start, end, options);
  // The anchor must read back inside the selection, in this very state.
  const range = anchor && anchorRange(state, anchor);
  return range && range.from >= Math.min(from, to) && range.to <= Math.max(from, to)
    ? anchor
    : null;
}

/** A body anchor for the editor's current selection (null when it holds no text). */
export function anchorFromSelection(source: HasState, options?: AnchorOptions): BodyAnchor | null {
  const { from, to } = stateOf(source).selection;
  return anchorFromPmRange(source, from, to, options);
}
