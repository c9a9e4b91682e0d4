import { parseWhen } from "./parse";

/** The instants a `when` can mean, or null when it is empty or invalid. */
export function whenRange(input: string): { min: number; max: number } | null {
  const parsed = parseWhen(input);
  return parsed.ok ? { min: parsed.value.min, max: parsed.value.max } : null;
}

type Key = { min: number; max: number } | null;

function compareNumbers(a: number, b: number): number {
  // Not `a - b`: Infinity - Infinity is NaN.
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(a: Key, b: Key): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return compareNumbers(a.min, b.min) || compareNumbers(a.max, b.max);
}

/**
 * Chronological order of two `when` strings: by the earliest instant each
 * can mean, then by the latest: 1955 (from 1 January) comes before 1955-06-01,
 * which comes before 1955-06 (same start, later end). Open starts come first
 * and open ends last among equals. Undated and invalid strings come after every date. Returns 0 for
 * strings that mean the same span; `sortEntries` breaks such ties.
 */
export function compareWhen(a: string, b: string): number {
  return compareKeys(whenRange(a), whenRange(b));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Entries in chronological order (see `compareWhen`), ties broken by
 * `createdAt` and then `id`. The order is total and depends on nothing but
 * the entries, so every client shows the same list. Returns a new array.
 */
export function sortEntries<T extends { id: string; when: string; createdAt: number }>(
  list: readonly T[],
): T[] {
  const keyed = list.map((entry) => ({ entry, key: whenRange(entry.when) }));
  keyed.sort(
    (a, b) =>
      compareKeys(a.key, b.key) ||
      compareNumbers(a.entry.createdAt, b.entry.createdAt) ||
      compareText(a.entry.id, b.entry.id),
  );
  return keyed.map(({ entry }) => entry);
}
