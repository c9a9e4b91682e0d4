import { inboxOf } from "@/server/discussion/service";
import { discussionCall } from "../discussion";
import { json, withProblems } from "../problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The caller's mentions and replies, newest first, with the unread count. */
export function GET(request: Request): Promise<Response> {
  return withProblems(async () => json(await discussionCall(request, inboxOf)));
}
