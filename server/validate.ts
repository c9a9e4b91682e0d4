import type { z } from "zod";
import { ServiceProblem } from "./problem";

/** Validates a service's input with zod: 422 `invalid_request`, naming the field at fault. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  throw new ServiceProblem(
    422,
    "invalid_request",
    `${where}${issue?.message ?? "Invalid request."}`,
  );
}
