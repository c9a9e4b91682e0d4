import { json, withProblems } from "../../../problem";
import { serviceCall } from "../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Every entry's review and the timeline's review settings; any member may read them. */
export function GET(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    return json(await serviceCall(request, (hub, userId) => hub.review.list(userId, id)));
  });
}
