import { json, withProblems } from "../../../../problem";
import { serviceCall } from "../../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Withdraws every public URL of the timeline (they answer 410); owners. */
export function POST(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    await serviceCall(request, (hub, userId) => hub.publishing.setPublished(userId, id, false));
    return json({ published: false });
  });
}
