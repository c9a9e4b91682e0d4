import { addComment } from "@/server/discussion/service";
import { discussionCall, readObject } from "../../../../../discussion";
import { json, withProblems } from "../../../../../problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; threadId: string }> };

/** Replies in a thread (commenter and above). */
export function POST(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id, threadId } = await context.params;
    const body = await readObject(request);
    const thread = await discussionCall(request, (ctx, caller) =>
      addComment(ctx, caller, id, { ...body, threadId }),
    );
    return json({ thread }, 201);
  });
}
