import type { ProblemBody } from "../api/problem";
import type { TimelineJson } from "../api/timelineJson";

/** A failed API call, carrying the server's problem details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      "network_error",
      "Could not reach the server. Check your connection and try again.",
    );
  }
  if (response.status === 204) return undefined as T;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = data as Partial<ProblemBody> | null;
    throw new ApiError(
      response.status,
      problem?.code ?? "http_error",
      problem?.detail ?? `The server answered ${response.status}.`,
      problem?.field,
    );
  }
  return data as T;
}

export const api = {
  /** Any JSON call to the API, for clients of routes this object does not list. */
  call,
  createTimeline: (title: string) =>
    call<{ timeline: TimelineJson }>("POST", "/api/timelines", { title }),
  renameTimeline: (id: string, title: string) =>
    call<{ timeline: TimelineJson }>("PATCH", `/api/timelines/${encodeURIComponent(id)}`, {
      title,
    }),
  deleteTimeline: (id: string) => call<void>("DELETE", `/api/timelines/${encodeURIComponent(id)}`),
};
