/**
 * What the writers write and the observers look for: one new key per update
 * in a root map of its own, `<writer>.<seq>`, so an observer can tell every
 * update apart even when a server merges several into one message.
 */
import * as Y from "yjs";

const ROOT = "bench";

export function markKey(writer: number, seq: number): string {
  return `${writer}.${seq}`;
}

/** The updates writer `writer` sends, in order: each sets one short string. */
export function writerUpdates(writer: number, count: number): Uint8Array[] {
  const doc = new Y.Doc();
  // Distinct and stable client ids; 0 is avoided for clarity.
  doc.clientID = 1_000_000 + writer;
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const map = doc.getMap<string>(ROOT);
  for (let seq = 0; seq < count; seq++) map.set(markKey(writer, seq), `edit ${seq} by ${writer}`);
  doc.destroy();
  return updates;
}

/** Calls `onMark` with each key as it arrives in `doc`. */
export function observeMarks(doc: Y.Doc, onMark: (key: string) => void): void {
  doc.getMap<string>(ROOT).observe((event) => {
    for (const key of event.keysChanged) onMark(key);
  });
}
