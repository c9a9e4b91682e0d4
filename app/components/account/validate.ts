import type { z } from "zod";

/** The first problem zod finds with `value`, as a sentence, or null when it is fine. */
export function problemWith(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "This value is not valid.");
}
