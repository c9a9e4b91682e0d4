import { z } from "zod";
import type { CollabHub } from "@/server/collab/hub";
import { isServiceProblem } from "@/server/problem";
import { getRuntime } from "@/server/runtime";
import { requirePrincipal } from "./principal";
import { ApiProblem, readJson } from "./problem";

/**
 * Runs a call on one of the hub's services (review, versions) for the
 * authenticated caller: the same functions and role checks the websocket
 * uses, running in the server's own modules (they read the live documents).
 * Their refusals become RFC 9457 problems.
 */
export async function serviceCall<T>(
  request: Request,
  run: (hub: CollabHub, userId: string) => Promise<T>,
): Promise<T> {
  const principal = await requirePrincipal(request);
  try {
    return await run(getRuntime().hub, principal.userId);
  } catch (error) {
    if (isServiceProblem(error)) throw new ApiProblem(error.status, error.code, error.message);
    throw error;
  }
}

/** A JSON object body (an empty body counts as `{}`); the service validates its fields. */
export async function readOptionalObject(request: Request): Promise<Record<string, unknown>> {
  if ((request.headers.get("content-length") ?? "") === "0" || !request.body) return {};
  return readJson(request, z.record(z.string(), z.unknown()));
}
