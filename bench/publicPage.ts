/**
 * The public page of a 5,000-entry release: every entry of the large
 * timeline approved (through the same review queries the server uses), one
 * release built and stored as the server would, then the page fetched from
 * a real server with the web app. Reports render time and page size.
 */
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import pino from "pino";
import * as Y from "yjs";
import { openDatabase } from "../db/client";
import { insertRelease } from "../db/queries/releases";
import { listReviews, writeReview } from "../db/queries/reviews";
import { listEntries, readEntryContent } from "../lib/document";
import { buildRelease } from "../lib/publish/build";
import { contentHash } from "../lib/review/hash";
import { loadDocument } from "../server/persistence/documentStore";
import type { ServerProcess } from "./processes";

const silent = pino({ level: "silent" });
export const BENCH_SLUG = "bench-release";

/** Approves every entry as `userId` and stores release 1 under BENCH_SLUG. */
export async function seedRelease(
  dataDir: string,
  timelineId: string,
  userId: string,
): Promise<number> {
  const database = await openDatabase({ dataDir });
  const doc = new Y.Doc();
  try {
    await loadDocument(database.db, timelineId, doc, silent);
    for (const { id } of listEntries(doc)) {
      const content = readEntryContent(doc, id);
      if (!content) continue;
      const hash = contentHash(content);
      await writeReview(
        database.db,
        {
          timelineId,
          entryId: id,
          actorId: userId,
          action: "approve",
          fromState: "draft",
          toState: "approved",
          note: "",
          assigneeId: null,
          contentHash: hash,
          approval: { hash, content },
        },
        randomUUID(),
      );
    }
    const reviews = new Map(
      (await listReviews(database.db, timelineId)).map((review) => [review.entryId, review]),
    );
    const { release } = buildRelease(doc, reviews, {
      timelineId,
      number: 1,
      kind: "first",
      note: "",
      publishedAt: new Date().toISOString(),
      publishedBy: "Bench Editor",
    });
    await insertRelease(
      database.db,
      {
        id: randomUUID(),
        timelineId,
        number: 1,
        kind: "first",
        note: "",
        content: release,
        createdBy: userId,
        overrideReason: null,
        checklist: [],
      },
      BENCH_SLUG,
    );
    return release.entries.length;
  } finally {
    doc.destroy();
    await database.close();
  }
}

export type PageTiming = {
  /** The first request (cold: nothing cached in the process). */
  firstMs: number;
  medianMs: number;
  bestMs: number;
  bytes: number;
  gzipBytes: number;
  status: number;
};

/** Fetches `/p/<slug>` `runs` times, one after another, and times each full response. */
export async function timePublicPage(server: ServerProcess, runs = 7): Promise<PageTiming> {
  const times: number[] = [];
  let body = "";
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(`${server.url}/p/${BENCH_SLUG}`);
    body = await response.text();
    times.push(performance.now() - started);
    status = response.status;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const bytes = Buffer.byteLength(body);
  return {
    firstMs: times[0],
    medianMs: sorted[Math.floor(sorted.length / 2)],
    bestMs: sorted[0],
    bytes,
    gzipBytes: gzipSync(body).byteLength,
    status,
  };
}
