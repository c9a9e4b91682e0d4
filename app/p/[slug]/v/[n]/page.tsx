import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReleasePage } from "../../../components/ReleasePage";
import { releaseMetadata } from "../../../pageHelpers";
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
  return <ReleasePage slug={slug} number={number} />;
}
