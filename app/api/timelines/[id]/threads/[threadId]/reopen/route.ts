import { reopenThread } from "@/server/discussion/service";
import { discussionCall } from "../../../../../discussion";
import { json, withProblems } from "../../../../../problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; threadId: string }> };

/** Reopens a thread (commenter and above). */
export function POST(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id, threadId } = await context.params;
    const thread = await discussionCall(request, (ctx, caller) =>
      reopenThread(ctx, caller, id, { threadId }),
    );
    return json({ thread });
  });
}
