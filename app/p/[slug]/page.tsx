import type { Metadata } from "next";
import { ReleasePage } from "../components/ReleasePage";
import { releaseMetadata } from "../pageHelpers";

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
  return <ReleasePage slug={(await params).slug} number={null} />;
}
