import { setRole } from "@/db/queries/memberships";
import { listTimelinesOf } from "@/db/queries/timelineAccess";
import { deleteTimeline, insertTimeline } from "@/db/queries/timelines";
import { newId, writeMeta } from "@/lib/document";
import { audit, clientIp } from "@/server/audit";
import { getRuntime } from "@/server/runtime";
import { requirePrincipal } from "../principal";
import { json, readJson, withProblems } from "../problem";
import { timelineJson, timelineListJson } from "../timelineJson";
import { createTimelineBody } from "../timelineSchemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The caller's timelines, each with their role. */
export function GET(request: Request): Promise<Response> {
  return withProblems(async () => {
    const principal = await requirePrincipal(request);
    const { db, rooms } = getRuntime();
    const rows = await listTimelinesOf(db.db, principal.userId);
    return json({ timelines: timelineListJson(rows, rooms) });
  });
}

/** Any signed-in user may create a timeline; they become its owner. */
export function POST(request: Request): Promise<Response> {
  return withProblems(async () => {
    const principal = await requirePrincipal(request);
    const { title } = await readJson(request, createTimelineBody);
    const { db, rooms } = getRuntime();
    const id = newId();
    const row = await insertTimeline(db.db, { id, title });
    // Only plain values are written here: route handlers load their own copy
    // of yjs, whose shared types the server's documents reject. The editor
    // adds the first lane when it opens an empty timeline (ensureFirstLane).
    try {
      await setRole(db.db, { timelineId: id, userId: principal.userId, role: "owner" });
      await rooms.change(id, (doc) => writeMeta(doc, { title }));
    } catch (error) {
      // No half-created timeline: without its document the row goes too.
      await deleteTimeline(db.db, id).catch(() => {});
      throw error;
    }
    await audit(db.db, {
      actorId: principal.userId,
      action: "member.added",
      timelineId: id,
      target: principal.userId,
      detail: { role: "owner", created: true },
      ip: clientIp(request.headers),
    });
    return json({ timeline: timelineJson({ ...row, role: "owner" }) }, 201);
  });
}
