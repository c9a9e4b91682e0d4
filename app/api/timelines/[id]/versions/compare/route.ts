import { json, withProblems } from "../../../../problem";
import { serviceCall } from "../../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** `?from=<n>&to=<n|now>`: entries added, removed and changed between two versions. */
export function GET(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    const query = new URL(request.url).searchParams;
    const comparison = await serviceCall(request, (hub, userId) =>
      hub.versions.compare(userId, id, query.get("from"), query.get("to") ?? "now"),
    );
    return json(comparison);
  });
}
