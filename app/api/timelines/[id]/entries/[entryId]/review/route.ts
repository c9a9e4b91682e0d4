import { json, withProblems } from "../../../../../problem";
import { serviceCall } from "../../../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; entryId: string }> };

/** The entry's review and its audit trail (newest first); any member may read them. */
export function GET(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id, entryId } = await context.params;
    return json(
      await serviceCall(request, (hub, userId) => hub.review.history(userId, id, { entryId })),
    );
  });
}
