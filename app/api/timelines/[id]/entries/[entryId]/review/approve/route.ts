import { json, withProblems } from "../../../../../../problem";
import { readOptionalObject, serviceCall } from "../../../../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; entryId: string }> };

/** The caller approves the entry's current content (reviewers and owners; four-eyes rule). */
export function POST(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id, entryId } = await context.params;
    const body = await readOptionalObject(request);
    const review = await serviceCall(request, (hub, userId) =>
      hub.review.approve(userId, id, { ...body, entryId }),
    );
    return json({ review });
  });
}
