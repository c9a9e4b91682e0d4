import { loadReferenceStyle } from "@/lib/sources";
import { loadHistory } from "../load";
import { siteOrigin } from "../origin";
import { releaseForPage } from "../pageHelpers";
import { PublicRelease } from "./PublicRelease";
import { Withdrawn } from "./Withdrawn";

/**
 * A release page: the latest release (`number` null) or release `number`,
 * with its history; the withdrawn notice when unpublished (proxy.ts has set
 * 410), and 404 or 308 through `releaseForPage`.
 */
export async function ReleasePage({ slug, number }: { slug: string; number: number | null }) {
  const found = await releaseForPage(slug, number);
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
      pinned={number}
      latest={found.latest}
      origin={origin}
    />
  );
}
