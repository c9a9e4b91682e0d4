import { json, withProblems } from "../../../../problem";
import { serviceCall } from "../../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; number: string }> };

/** One release's frozen JSON (docs/RELEASE.md), for any member, published or not. */
export function GET(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id, number } = await context.params;
    const release = await serviceCall(request, (hub, userId) =>
      hub.publishing.release(userId, id, number),
    );
    return json({ release });
  });
}
