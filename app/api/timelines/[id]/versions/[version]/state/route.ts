import { withProblems } from "../../../../../problem";
import { serviceCall } from "../../../../../serviceCall";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; version: string }> };

/**
 * The version's whole document as one Yjs update (`application/octet-stream`),
 * or the live document's for `now`. The editor opens it read-only.
 */
export function GET(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id, version } = await context.params;
    const state = await serviceCall(request, (hub, userId) =>
      hub.versions.state(userId, id, version),
    );
    return new Response(Buffer.from(state), {
      headers: {
        "content-type": "application/octet-stream",
        // A saved version never changes; "now" does.
        "cache-control": version === "now" ? "no-store" : "private, max-age=31536000, immutable",
      },
    });
  });
}
