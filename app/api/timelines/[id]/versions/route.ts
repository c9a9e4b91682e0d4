import { json, withProblems } from "../../../problem";
import { readOptionalObject, serviceCall } from "../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The timeline's versions, newest first; any member may list them. */
export function GET(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    const versions = await serviceCall(request, (hub, userId) => hub.versions.list(userId, id));
    return json({ versions });
  });
}

/** Saves the timeline as it is now, under a name (editors and owners). */
export function POST(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    const body = await readOptionalObject(request);
    const version = await serviceCall(request, (hub, userId) =>
      hub.versions.saveNamed(userId, id, body),
    );
    return json({ version }, 201);
  });
}
