import { json, withProblems } from "../../../../../problem";
import { readOptionalObject, serviceCall } from "../../../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; version: string }> };

/**
 * Restores the whole timeline, or `{ entryId }` alone, from a version, as a
 * new change (editors and owners). The present is saved as a version first.
 */
export function POST(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id, version } = await context.params;
    const body = await readOptionalObject(request);
    const result = await serviceCall(request, (hub, userId) =>
      hub.versions.restore(userId, id, version, body),
    );
    return json(result);
  });
}
