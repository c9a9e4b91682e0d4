"use client";

import { config } from "zod/v4/core";

/*
 * Zod 4 compiles fast parsers with `new Function` after probing once whether
 * it may. Under the site's Content-Security-Policy (no 'unsafe-eval') the
 * probe is refused, and the browser reports a violation even though zod
 * catches it and falls back. Jitless mode skips the probe; in the browser
 * the parsers it would compile are small and rare.
 */
config({ jitless: true });

/** Rendered once by the root layout, so this module runs before any parse in the browser. */
export function ZodJitless() {
  return null;
}
