import { deleteTimeline, insertTimeline, listTimelines } from "@/db/queries/timelines";
import { newId, writeMeta } from "@/lib/document";
import { getRuntime } from "@/server/runtime";
import { json, readJson, withProblems } from "../problem";
import { timelineJson } from "../timelineJson";
import { createTimelineBody } from "../timelineSchemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return withProblems(async () => {
    const { db } = getRuntime();
    const rows = await listTimelines(db.db);
    return json({ timelines: rows.map(timelineJson) });
  });
}

export function POST(request: Request): Promise<Response> {
  return withProblems(async () => {
    const { title } = await readJson(request, createTimelineBody);
    const { db, rooms } = getRuntime();
    const id = newId();
    const row = await insertTimeline(db.db, { id, title });
    // Only plain values are written here: route handlers load their own copy
    // of yjs, whose shared types the server's documents reject. The editor
    // adds the first lane when it opens an empty timeline (ensureFirstLane).
    try {
      await rooms.change(id, (doc) => writeMeta(doc, { title }));
    } catch (error) {
      // No half-created timeline: without its document the row goes too.
      await deleteTimeline(db.db, id).catch(() => {});
      throw error;
    }
    return json({ timeline: timelineJson(row) }, 201);
  });
}
