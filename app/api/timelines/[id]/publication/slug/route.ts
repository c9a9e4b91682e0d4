import { json, withProblems } from "../../../../problem";
import { readOptionalObject, serviceCall } from "../../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Changes the public address (owners); the old one redirects. */
export function PUT(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    const body = await readOptionalObject(request);
    const slug = await serviceCall(request, (hub, userId) =>
      hub.publishing.changeSlug(userId, id, body),
    );
    return json({ slug });
  });
}
