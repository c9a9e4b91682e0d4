import { json, withProblems } from "../../../problem";
import { serviceCall } from "../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The public address, whether it is published, and every release (newest first). */
export function GET(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    return json(await serviceCall(request, (hub, userId) => hub.publishing.state(userId, id)));
  });
}
