import { deleteComment, editComment } from "@/server/discussion/service";
import { discussionCall, readObject } from "../../../../../../discussion";
import { json, withProblems } from "../../../../../../problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; threadId: string; commentId: string }> };

/** Edits one's own comment. */
export function PATCH(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id, threadId, commentId } = await context.params;
    const body = await readObject(request);
    const thread = await discussionCall(request, (ctx, caller) =>
      editComment(ctx, caller, id, { ...body, threadId, commentId }),
    );
    return json({ thread });
  });
}

/** Deletes one's own comment, or (owners) anyone's; a placeholder stays in the thread. */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id, threadId, commentId } = await context.params;
    const thread = await discussionCall(request, (ctx, caller) =>
      deleteComment(ctx, caller, id, { threadId, commentId }),
    );
    return json({ thread });
  });
}
