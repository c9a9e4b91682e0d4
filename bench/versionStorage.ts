/**
 * Storage of versions, measured on the large timeline: 100 versions, each
 * after a small edit (a retitled entry and a sentence added to a body), saved
 * with the same encoding and queries the server uses. Reports the table's
 * size on disk against storing a full copy per version.
 */
import { randomUUID } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import pino from "pino";
import * as Y from "yjs";
import { openDatabase } from "../db/client";
import {
  insertVersion,
  latestVersion,
  versionChain,
  versionStorageBytes,
} from "../db/queries/versions";
import { appendBody, countEntries, entryBody, listEntries, updateEntry } from "../lib/document";
import { loadDocument } from "../server/persistence/documentStore";
import { decodeVersion, encodeVersion } from "../server/versions/codec";

const silent = pino({ level: "silent" });

export type VersionStorage = {
  versions: number;
  entries: number;
  /** pg_total_relation_size('versions'): rows, TOAST and indexes. */
  tableBytes: number;
  /** The stored `data` and `state_vector` columns alone. */
  payloadBytes: number;
  /** What the same versions would take as deflated full copies. */
  fullCopiesBytes: number;
  /** Reading the version furthest from its keyframe (the slowest read), best of 3. */
  worstReadMs: number;
};

export async function measureVersionStorage(
  dataDir: string,
  timelineId: string,
  count = 100,
): Promise<VersionStorage> {
  const database = await openDatabase({ dataDir });
  const doc = new Y.Doc();
  try {
    await loadDocument(database.db, timelineId, doc, silent);
    const ids = listEntries(doc).map((entry) => entry.id);
    let fullCopiesBytes = 0;
    for (let i = 0; i < count; i++) {
      const id = ids[(i * 37) % ids.length];
      updateEntry(doc, id, { title: `Revised entry ${i}` });
      appendBody(entryBody(doc, id) as Y.XmlFragment, [
        { type: "paragraph", runs: [{ text: `Reviewed against the record, pass ${i}.` }] },
      ]);
      const previous = await latestVersion(database.db, timelineId);
      await insertVersion(database.db, {
        id: randomUUID(),
        timelineId,
        number: (previous?.number ?? 0) + 1,
        name: `Bench version ${i + 1}`,
        kind: "named",
        createdBy: null,
        entryCount: countEntries(doc),
        ...encodeVersion(doc, previous),
      });
      fullCopiesBytes += deflateRawSync(Y.encodeStateAsUpdate(doc)).byteLength;
    }
    const sizes = await versionStorageBytes(database.db, timelineId);
    let worstReadMs = Number.POSITIVE_INFINITY;
    // Version 19 is the last delta before the second keyframe (20): the longest chain.
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const state = decodeVersion(await versionChain(database.db, timelineId, 19));
      const check = new Y.Doc();
      Y.applyUpdate(check, state);
      worstReadMs = Math.min(worstReadMs, performance.now() - started);
      check.destroy();
    }
    return {
      versions: count,
      entries: countEntries(doc),
      ...sizes,
      fullCopiesBytes,
      worstReadMs,
    };
  } finally {
    doc.destroy();
    await database.close();
  }
}
