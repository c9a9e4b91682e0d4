import type { z } from "zod";

/**
 * RFC 9457 problem details, the one error shape of the HTTP API:
 * `{ type, title, status, code, detail, field? }` as application/problem+json.
 */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  field?: string;
}

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  413: "Payload too large",
  415: "Unsupported media type",
  429: "Too many requests",
  500: "Internal server error",
  503: "Service unavailable",
};

/** An error a route handler throws to answer with a problem document. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly field?: string,
  ) {
    super(detail);
    this.name = "ApiProblem";
  }
}

export function problemResponse(
  status: number,
  code: string,
  detail: string,
  field?: string,
): Response {
  const body: ProblemBody = {
    type: `urn:parallax:problem:${code}`,
    title: TITLES[status] ?? "Error",
    status,
    code,
    detail,
    ...(field ? { field } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store" },
  });
}

/** The largest JSON body the API reads. */
const MAX_BODY_BYTES = 64 * 1024;

/** Reads and validates a JSON body; throws ApiProblem on anything unexpected. */
export async function readJson<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) {
    throw new ApiProblem(415, "unsupported_media_type", "Send the body as application/json.");
  }
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) {
    throw new ApiProblem(413, "body_too_large", `The body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiProblem(400, "invalid_json", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keys = issue && "keys" in issue && Array.isArray(issue.keys) ? issue.keys.join(", ") : "";
    const field = issue?.path.join(".") || keys || undefined;
    throw new ApiProblem(400, "invalid_body", issue?.message ?? "The body is not valid.", field);
  }
  return parsed.data;
}

/** Runs a handler, turning thrown ApiProblems (and anything unexpected) into problem responses. */
export async function withProblems(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof ApiProblem)
      return problemResponse(error.status, error.code, error.detail, error.field);
    console.error(error);
    return problemResponse(
      500,
      "internal_error",
      "The server could not complete the request. Try again.",
    );
  }
}

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
