import { deleteTimeline, getTimeline, renameTimeline } from "@/db/queries/timelines";
import { writeMeta } from "@/lib/document";
import { getRuntime } from "@/server/runtime";
import { ApiProblem, json, readJson, withProblems } from "../../problem";
import { timelineJson } from "../../timelineJson";
import { patchTimelineBody, timelineId } from "../../timelineSchemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

async function existingId(context: Context): Promise<string> {
  const { id } = await context.params;
  if (!timelineId.safeParse(id).success) {
    throw new ApiProblem(404, "timeline_not_found", "There is no timeline with this id.");
  }
  return id;
}

async function load(id: string) {
  const row = await getTimeline(getRuntime().db.db, id);
  if (!row) throw new ApiProblem(404, "timeline_not_found", "There is no timeline with this id.");
  return row;
}

export function GET(_request: Request, context: Context): Promise<Response> {
  return withProblems(async () =>
    json({ timeline: timelineJson(await load(await existingId(context))) }),
  );
}

/** Renames through the live document; the server keeps the row's title in step with it. */
export function PATCH(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const id = await existingId(context);
    const { title } = await readJson(request, patchTimelineBody);
    await load(id);
    const { db, rooms } = getRuntime();
    await rooms.change(id, (doc) => writeMeta(doc, { title }));
    // The server syncs the row from the document after a pause; rename it now so listings agree at once.
    const row = await renameTimeline(db.db, { id, title });
    if (!row) throw new ApiProblem(404, "timeline_not_found", "There is no timeline with this id.");
    return json({ timeline: timelineJson(row) });
  });
}

export function DELETE(_request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const id = await existingId(context);
    await load(id);
    const { db, rooms } = getRuntime();
    await deleteTimeline(db.db, id);
    rooms.closeTimeline(id, "timeline deleted");
    return new Response(null, { status: 204 });
  });
}
