import { json, withProblems } from "../../../../problem";
import { readOptionalObject, serviceCall } from "../../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Turns the four-eyes rule on or off (owners). */
export function PUT(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    const body = await readOptionalObject(request);
    const settings = await serviceCall(request, (hub, userId) =>
      hub.review.setSettings(userId, id, body),
    );
    return json({ settings });
  });
}
