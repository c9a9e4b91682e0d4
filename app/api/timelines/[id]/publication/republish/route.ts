import { json, withProblems } from "../../../../problem";
import { serviceCall } from "../../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Makes the timeline's public URLs answer again; owners. */
export function POST(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    await serviceCall(request, (hub, userId) => hub.publishing.setPublished(userId, id, true));
    return json({ published: true });
  });
}
