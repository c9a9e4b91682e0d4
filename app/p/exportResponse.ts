/**
 * Downloads of a release (/p/<slug>/export/<format> for the latest,
 * /p/<slug>/v/<n>/export/<format> for a numbered one): JSON, CSV, TimelineJS
 * and Markdown, rendered from the frozen release by lib/publish. Route
 * handlers set their own status and headers, so these answer 404, 410 and
 * 308 exactly like the pages, and a numbered release's files are immutable.
 */
import { type ReleaseSummary, releaseContent, releaseSummaries } from "@/db/queries/releases";
import type { ReleaseLogItem } from "@/lib/publish/changelog";
import { releaseCsv, releaseJson, releaseMarkdown, releaseTimelineJs } from "@/lib/publish/exports";
import type { Release } from "@/lib/publish/release";
import { loadReferenceStyle } from "@/lib/sources";
import { getRuntime } from "@/server/runtime";
import {
  CACHE_IMMUTABLE,
  CACHE_LATEST,
  CACHE_NONE,
  type ExportFormat,
  isExportFormat,
  publicHref,
} from "./publicPath";
import { resolvePublic } from "./resolve";

const TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  "timelinejs.json": "application/json; charset=utf-8",
  md: "text/markdown; charset=utf-8",
};

/**
 * The releases up to `number`, newest first: what a release's own files
 * list as its history. Later releases are left out, so a numbered
 * release's files never change.
 */
export function historyUpTo(
  summaries: readonly ReleaseSummary[],
  number: number,
): ReleaseLogItem[] {
  return summaries
    .filter((summary) => summary.number <= number)
    .map(({ number, kind, note, publishedAt }) => ({ number, kind, note, publishedAt }));
}

async function render(format: ExportFormat, release: Release, timelineId: string) {
  if (format === "json") return releaseJson(release);
  if (format === "csv") return releaseCsv(release);
  if (format === "timelinejs.json")
    return `${JSON.stringify(releaseTimelineJs(release), null, 2)}\n`;
  // Styled references; the plainer form stands in if citeproc cannot load.
  await loadReferenceStyle().catch(() => {});
  const summaries = await releaseSummaries(getRuntime().db.db, timelineId);
  return releaseMarkdown(release, { changelog: historyUpTo(summaries, release.number) });
}

function problem(status: 404 | 410, text: string): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": CACHE_NONE },
  });
}

export async function exportResponse(
  request: Request,
  slug: string,
  number: number | null,
  format: string,
): Promise<Response> {
  if (!isExportFormat(format)) return problem(404, "There is no such download.");
  const found = await resolvePublic(slug, number);
  if (found.state === "unknown") return problem(404, "There is no such published timeline.");
  if (found.state === "withdrawn")
    return problem(410, "This timeline was withdrawn by its owners and is no longer published.");
  if (found.state === "moved") {
    const url = new URL(request.url);
    const location = `${publicHref(found.slug, { number, export: format })}${url.search}`;
    return new Response(null, {
      status: 308,
      headers: { location, "cache-control": CACHE_NONE },
    });
  }
  const n = number ?? found.latest;
  const release = await releaseContent(getRuntime().db.db, found.timelineId, n);
  if (!release) return problem(404, "There is no such release.");
  const body = await render(format, release, found.timelineId);
  const extension = format === "timelinejs.json" ? "timelinejs.json" : format;
  return new Response(body, {
    headers: {
      "content-type": TYPES[format],
      "content-disposition": `attachment; filename="${found.slug}-release-${n}.${extension}"`,
      "cache-control": number === null ? CACHE_LATEST : CACHE_IMMUTABLE,
    },
  });
}
