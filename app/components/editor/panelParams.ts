/**
 * The side panel's tabs and the URL parameters that open them (`?panel=`,
 * `?compare=`). Plain functions, so the page (a server component) can read
 * the parameters too.
 */

export const SIDE_PANEL_TABS = [
  { id: "discussion", label: "Discussion" },
  { id: "sources", label: "Sources" },
  { id: "review", label: "Review" },
  { id: "history", label: "History" },
] as const;

export type SidePanelTab = (typeof SIDE_PANEL_TABS)[number]["id"];

export function isSidePanelTab(value: string): value is SidePanelTab {
  return SIDE_PANEL_TABS.some((tab) => tab.id === value);
}

/** "now" (the live timeline) or a version number. */
export type VersionRef = number | "now";

/** Two sides of a comparison in the History tab. */
export interface Comparing {
  from: VersionRef;
  to: VersionRef;
}

/** `?compare=` as the History tab reads it: "3" (with now) or "3,7". */
export function parseCompare(value: string): Comparing | null {
  const match = /^(\d+)(?:,(\d+|now))?$/.exec(value);
  if (!match) return null;
  const from = Number(match[1]);
  const to = !match[2] || match[2] === "now" ? "now" : Number(match[2]);
  return from > 0 && (to === "now" || to > 0) ? { from, to } : null;
}

/** The `?compare=` value for a comparison ("" for none). */
export function compareParam(comparing: Comparing | null): string {
  if (!comparing) return "";
  return comparing.to === "now" ? String(comparing.from) : `${comparing.from},${comparing.to}`;
}
