import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadReferenceStyle } from "@/lib/sources";
import { PublicRelease } from "../../../components/PublicRelease";
import { Withdrawn } from "../../../components/Withdrawn";
import { loadHistory } from "../../../load";
import { siteOrigin } from "../../../origin";
import { releaseForPage, releaseMetadata } from "../../../pageHelpers";
import { releaseNumber } from "../../../publicPath";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  const number = releaseNumber(n);
  if (number === null) return { title: "Not found" };
  return releaseMetadata(slug, number);
}

/**
 * Release n of a published timeline, as it was published: it never changes,
 * so proxy.ts lets caches keep it for good (Cache-Control immutable).
 */
export default async function PublicReleasePage({ params }: Props) {
  const { slug, n } = await params;
  const number = releaseNumber(n);
  if (number === null) notFound();
  const found = await releaseForPage(slug, number);
  if (found.state === "withdrawn") return <Withdrawn />;
  const [history, origin] = await Promise.all([
    loadHistory(found.timelineId, number),
    siteOrigin(),
    loadReferenceStyle().catch(() => {}),
  ]);
  return (
    <PublicRelease
      slug={found.slug}
      release={found.release}
      previous={history.previous}
      summaries={history.summaries}
      pinned={number}
      latest={found.latest}
      origin={origin}
    />
  );
}
