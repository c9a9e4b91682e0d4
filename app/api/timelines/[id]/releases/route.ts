import { json, withProblems } from "../../../problem";
import { readOptionalObject, serviceCall } from "../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * Publishes the next release (owners): `{ kind, note, override? }`. Answers
 * 409 `checklist_blocking` when blocking items remain and no override is given.
 */
export function POST(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    const body = await readOptionalObject(request);
    const result = await serviceCall(request, (hub, userId) =>
      hub.publishing.publish(userId, id, body),
    );
    return json(result, 201);
  });
}
