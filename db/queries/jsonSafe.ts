/**
 * A copy of a JSON value without NUL characters in its strings: PostgreSQL
 * rejects them in json and jsonb, and a hostile peer can write one into the
 * content document. Content hashes ignore them too (lib/review/hash.ts).
 */
export function withoutNul<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "") as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [withoutNul(key), withoutNul(item)]),
    ) as T;
  return value;
}
