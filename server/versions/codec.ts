import { deflateRawSync, inflateRawSync } from "node:zlib";
import * as Y from "yjs";

/**
 * A new keyframe (the whole state) every this many versions. Reading a
 * version merges at most this many rows; every other row holds only what
 * changed since the version before, so a hundred versions of a large
 * timeline cost little more than one.
 */
export const KEYFRAME_EVERY = 20;

export interface EncodedVersion {
  keyframe: boolean;
  stateVector: Uint8Array;
  data: Uint8Array;
}

/**
 * Encodes the document as the next version: a keyframe, or the delta since
 * `previous` (that version's state vector). Yjs updates only ever add items
 * and deletions, so the delta merged onto the previous version gives this
 * one exactly; the delta carries the document's whole delete set, which is
 * small next to its content.
 */
export function encodeVersion(
  doc: Y.Doc,
  previous: { stateVector: Uint8Array; sinceKeyframe: number } | undefined,
): EncodedVersion {
  const keyframe = !previous || previous.sinceKeyframe + 1 >= KEYFRAME_EVERY;
  const update = keyframe
    ? Y.encodeStateAsUpdate(doc)
    : Y.encodeStateAsUpdate(doc, previous.stateVector);
  return {
    keyframe,
    stateVector: Y.encodeStateVector(doc),
    data: deflateRawSync(update),
  };
}

/** The state of a version from its chain (keyframe first): one Yjs update. */
export function decodeVersion(chain: { data: Uint8Array }[]): Uint8Array {
  const updates = chain.map((row) => new Uint8Array(inflateRawSync(row.data)));
  return updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
}

/** A read-only document holding the version's state. */
export function versionDoc(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, state);
  return doc;
}
