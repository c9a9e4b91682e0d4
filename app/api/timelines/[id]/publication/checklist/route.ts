import { json, withProblems } from "../../../../problem";
import { serviceCall } from "../../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The pre-publish checklist for the next release (editors and owners); nothing is stored. */
export function GET(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    return json(await serviceCall(request, (hub, userId) => hub.publishing.preview(userId, id)));
  });
}
