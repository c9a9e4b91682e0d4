/**
 * What the public pages share: loading a release for a page, the answers
 * for addresses that show none (404, 308, the withdrawn notice that goes
 * with proxy.ts's 410), and the metadata (OpenGraph).
 */
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { bodyPlainText } from "@/lib/publish/text";
import { loadRelease } from "./load";
import { siteOrigin } from "./origin";
import { publicHref } from "./publicPath";

export type PageParams = { slug: string; n?: string };

/**
 * The release for a page, or the page's answer: 404 for an unknown slug or
 * number, 308 to the current slug (same sub-path) for an old one, and
 * `{ withdrawn }` for an unpublished timeline (the proxy has set 410).
 */
export async function releaseForPage(slug: string, number: number | null, embed = false) {
  const found = await loadRelease(slug, number);
  if (found.state === "unknown") notFound();
  if (found.state === "moved") {
    permanentRedirect(publicHref(found.slug, { number, embed }));
  }
  return found;
}

function summary(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

/** Title, description and OpenGraph tags of a release page. */
export async function releaseMetadata(
  slug: string,
  number: number | null,
  embed = false,
): Promise<Metadata> {
  const found = await loadRelease(slug, number);
  if (found.state === "withdrawn") {
    return { title: "Withdrawn", robots: { index: false } };
  }
  if (found.state !== "published") return { title: "Not found", robots: { index: false } };
  const { release } = found;
  const title = release.timeline.title || "Untitled timeline";
  const first = release.entries[0];
  const description = summary(
    release.timeline.description ||
      (first ? `${first.title}. ${bodyPlainText(first.body)}` : "") ||
      `A timeline published with Parallax: ${release.entries.length} entries.`,
  );
  const origin = await siteOrigin();
  const path = publicHref(found.slug, { number });
  const url = `${origin}${path}`;
  return {
    title: number === null ? title : `${title} (release ${number})`,
    description,
    alternates: { canonical: url },
    robots: embed ? { index: false } : undefined,
    openGraph: {
      type: "article",
      title,
      description,
      url,
      siteName: "Parallax",
      publishedTime: release.publishedAt,
    },
  };
}
