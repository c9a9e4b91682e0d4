import { createThread, listThreads } from "@/server/discussion/service";
import { discussionCall, readObject } from "../../../discussion";
import { json, withProblems } from "../../../problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Every thread of the timeline, with its comments; any member may read them. */
export function GET(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    const threads = await discussionCall(request, (ctx, caller) => listThreads(ctx, caller, id));
    return json({ threads });
  });
}

/** Starts a thread (commenter and above); its author is the caller. */
export function POST(request: Request, context: Context): Promise<Response> {
  return withProblems(async () => {
    const { id } = await context.params;
    const body = await readObject(request);
    const thread = await discussionCall(request, (ctx, caller) =>
      createThread(ctx, caller, id, body),
    );
    return json({ thread }, 201);
  });
}
