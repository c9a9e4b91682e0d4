import { z } from "zod";
import type { Caller, DiscussionContext } from "@/server/discussion/service";
import { readJson } from "./problem";
import { serviceCall } from "./serviceCall";

/**
 * Runs a discussion service call for the authenticated caller over HTTP: the
 * same functions, role checks and live publishing as the websocket uses.
 */
export function discussionCall<T>(
  request: Request,
  run: (ctx: DiscussionContext, caller: Caller) => Promise<T>,
): Promise<T> {
  return serviceCall(request, (hub, userId) => run(hub.discussion.ctx, { userId }));
}

/** A JSON object body; the service validates its fields (422 on bad ones). */
export const readObject = (request: Request) =>
  readJson(request, z.record(z.string(), z.unknown()));
