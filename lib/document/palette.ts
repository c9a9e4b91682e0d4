/**
 * Lane and caret colours. Each has at least 4.5:1 contrast against white text
 * and reads well as a tint on a white page.
 */
export const LANE_COLORS = [
  "#2563eb", // blue
  "#b45309", // amber
  "#047857", // emerald
  "#be123c", // rose
  "#7c3aed", // violet
  "#0e7490", // cyan
  "#4d7c0f", // lime
  "#a21caf", // fuchsia
] as const;

export const CARET_COLORS = [
  "#1d4ed8",
  "#c2410c",
  "#15803d",
  "#be185d",
  "#6d28d9",
  "#0f766e",
  "#b91c1c",
  "#4338ca",
] as const;

export function isHexColor(value: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(value);
}

/** A stable colour for a string, e.g. a user name. */
export function colorFor(seed: string, palette: readonly string[] = CARET_COLORS): string {
  let hash = 0;
  for (let i = 0; i < seed.length; i++) hash = (hash * 31 + seed.charCodeAt(i)) | 0;
  return palette[Math.abs(hash) % palette.length];
}
