import { markInboxRead } from "@/server/discussion/service";
import { discussionCall, readObject } from "../../discussion";
import { json, withProblems } from "../../problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Marks inbox items read: `{ "ids": [...] }` or `{ "ids": "all" }`. */
export function POST(request: Request): Promise<Response> {
  return withProblems(async () => {
    const body = await readObject(request);
    return json(await discussionCall(request, (ctx, caller) => markInboxRead(ctx, caller, body)));
  });
}
