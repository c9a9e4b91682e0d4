import { getTimelineOf } from "@/db/queries/timelineAccess";
import { deleteTimeline, renameTimeline } from "@/db/queries/timelines";
import { writeMeta } from "@/lib/document";
import { audit, clientIp } from "@/server/audit";
import { getRuntime } from "@/server/runtime";
import { requireRole, timelineNotFound } from "../../access";
import { json, readJson, withProblems } from "../../problem";
import { timelineJson } from "../../timelineJson";
import { patchTimelineBody } from "../../timelineSchemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Any member; the answer carries the caller's role. */
export function GET(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    const { principal } = await requireRole(request, id, "read");
    const row = await getTimelineOf(getRuntime().db.db, id, principal.userId);
    if (!row) throw timelineNotFound();
    return json({ timeline: timelineJson(row) });
  });
}

/** Renames through the live document (editors and owners); the row follows. */
export function PATCH(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    const { role } = await requireRole(request, id, "edit");
    const { title } = await readJson(request, patchTimelineBody);
    const { db, rooms } = getRuntime();
    await rooms.change(id, (doc) => writeMeta(doc, { title }));
    // The server syncs the row from the document after a pause; rename it now so listings agree at once.
    const row = await renameTimeline(db.db, { id, title });
    if (!row) throw timelineNotFound();
    return json({ timeline: timelineJson({ ...row, role }) });
  });
}

/** Owners only. Closes every live socket of the timeline. */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    const { principal } = await requireRole(request, id, "deleteTimeline");
    const { db, rooms } = getRuntime();
    await deleteTimeline(db.db, id);
    rooms.closeTimeline(id, "timeline deleted");
    await audit(db.db, {
      actorId: principal.userId,
      action: "timeline.deleted",
      timelineId: id,
      target: id,
      ip: clientIp(request.headers),
    });
    return new Response(null, { status: 204 });
  });
}
