/**
 * Public addresses: /p/<slug>, /p/<slug>/embed, /p/<slug>/v/<n>, and the
 * exports under each. Pure parsing, shared by proxy.ts, the pages and the
 * export route handlers, so they agree on what a slug and a number are.
 */

/** A numbered release never changes: browsers and CDNs may keep it for good. */
export const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";
/**
 * The latest release changes on the next publish (or an unpublish): caches
 * may serve it for a minute, then a stale copy for ten more while they fetch
 * the new one, so a correction reaches readers within about a minute.
 */
export const CACHE_LATEST = "public, max-age=60, stale-while-revalidate=600";
/** 404 and 410 answers: a slug may be published (again) at any moment. */
export const CACHE_NONE = "no-store";

/** What a slug may look like (current or old): lower-case words joined by single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUMBER = /^[1-9]\d{0,9}$/;
const MAX_NUMBER = 2 ** 31 - 1;

export function isSlug(text: string): boolean {
  return text.length <= 80 && SLUG.test(text);
}

/** A release number from the path: a positive whole number that fits the column, else null. */
export function releaseNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const n = Number(text);
  return n <= MAX_NUMBER ? n : null;
}

export const EXPORT_FORMATS = ["json", "csv", "timelinejs.json", "md"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(text: string): text is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(text);
}

export type PublicPath =
  | { kind: "page"; slug: string; view: "latest" | "embed" }
  | { kind: "page"; slug: string; view: "release"; number: number }
  | { kind: "export"; slug: string; number: number | null; format: string };

/** Sorts a /p/… pathname; null when it is no public page or export (Next answers 404). */
export function parsePublicPath(pathname: string): PublicPath | null {
  const parts = pathname.split("/").slice(1);
  if (parts[parts.length - 1] === "") parts.pop();
  if (parts[0] !== "p" || parts.length < 2) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(parts[1]);
  } catch {
    return null;
  }
  const rest = parts.slice(2);
  if (rest.length === 0) return { kind: "page", slug, view: "latest" };
  if (rest.length === 1 && rest[0] === "embed") return { kind: "page", slug, view: "embed" };
  if (rest.length === 2 && rest[0] === "export") {
    return { kind: "export", slug, number: null, format: rest[1] };
  }
  if (rest[0] !== "v" || rest.length < 2) return null;
  const number = releaseNumber(rest[1]);
  if (number === null) return null;
  if (rest.length === 2) return { kind: "page", slug, view: "release", number };
  if (rest.length === 4 && rest[2] === "export") {
    return { kind: "export", slug, number, format: rest[3] };
  }
  return null;
}

/** The path of a release page (latest when `number` is null) or one of its exports. */
export function publicHref(
  slug: string,
  options: { number?: number | null; embed?: boolean; export?: ExportFormat } = {},
): string {
  let path = `/p/${encodeURIComponent(slug)}`;
  if (options.number) path += `/v/${options.number}`;
  if (options.embed) path += "/embed";
  if (options.export) path += `/export/${options.export}`;
  return path;
}
