import type { Metadata } from "next";
import { loadReferenceStyle } from "@/lib/sources";
import { PublicRelease } from "../components/PublicRelease";
import { Withdrawn } from "../components/Withdrawn";
import { loadHistory } from "../load";
import { siteOrigin } from "../origin";
import { releaseForPage, releaseMetadata } from "../pageHelpers";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return releaseMetadata((await params).slug, null);
}

/**
 * The latest release of a published timeline. No session: anyone may read
 * it. proxy.ts sets the status (410 when withdrawn) and Cache-Control.
 */
export default async function PublicTimelinePage({ params }: Props) {
  const found = await releaseForPage((await params).slug, null);
  if (found.state === "withdrawn") return <Withdrawn />;
  const [history, origin] = await Promise.all([
    loadHistory(found.timelineId, found.release.number),
    siteOrigin(),
    loadReferenceStyle().catch(() => {}),
  ]);
  return (
    <PublicRelease
      slug={found.slug}
      release={found.release}
      previous={history.previous}
      summaries={history.summaries}
      pinned={null}
      latest={found.latest}
      origin={origin}
    />
  );
}
