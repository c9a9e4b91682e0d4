import { z } from "zod";
import {
  type Caller,
  type DiscussionContext,
  DiscussionProblem,
} from "@/server/discussion/service";
import { getRuntime } from "@/server/runtime";
import { requirePrincipal } from "./principal";
import { ApiProblem, readJson } from "./problem";

/**
 * Runs a discussion service call for the authenticated caller over HTTP: the
 * same functions, role checks and live publishing as the websocket uses.
 */
export async function discussionCall<T>(
  request: Request,
  run: (ctx: DiscussionContext, caller: Caller) => Promise<T>,
): Promise<T> {
  const principal = await requirePrincipal(request);
  try {
    return await run(getRuntime().hub.discussion.ctx, { userId: principal.userId });
  } catch (error) {
    if (error instanceof DiscussionProblem)
      throw new ApiProblem(error.status, error.code, error.message);
    throw error;
  }
}

/** A JSON object body; the service validates its fields (422 on bad ones). */
export const readObject = (request: Request) =>
  readJson(request, z.record(z.string(), z.unknown()));
