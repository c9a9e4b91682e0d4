import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTimelineOf } from "@/db/queries/timelineAccess";
import { versionDTO } from "@/db/queries/versions";
import { getRuntime } from "@/server/runtime";
import { timelineId } from "../../../../api/timelineSchemas";
import { VersionViewer } from "../../../../components/editor/history/VersionViewer";
import { currentUser, requireUser, signedInUser } from "../../../../currentUser";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; n: string }> };

/** The version number in the path: a positive whole number, nothing else. */
function versionNumber(text: string): number | null {
  if (!/^[1-9]\d{0,14}$/.test(text)) return null;
  return Number(text);
}

/** The timeline and version, only for one of its members: others get the same 404 as for an unknown id. */
async function load(id: string, n: string, userId: string | undefined) {
  const number = versionNumber(n);
  if (!userId || number === null || !timelineId.safeParse(id).success) return null;
  const db = getRuntime().db.db;
  const timeline = await getTimelineOf(db, id, userId);
  if (!timeline) return null;
  const version = await versionDTO(db, id, number);
  return version ? { timeline, version } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, n } = await params;
  const found = await load(id, n, (await currentUser())?.userId);
  return {
    title: found
      ? `Version ${found.version.number} · ${found.timeline.title || "Timeline"}`
      : "Timeline",
  };
}

/** A saved version of a timeline, read-only, in the editor's own views. */
export default async function VersionPage({ params }: Props) {
  const { id, n } = await params;
  const principal = await requireUser(`/t/${encodeURIComponent(id)}/v/${encodeURIComponent(n)}`);
  const found = await load(id, n, principal.userId);
  if (!found) notFound();
  return (
    <VersionViewer
      timelineId={id}
      initialTitle={found.timeline.title}
      version={found.version}
      user={signedInUser(principal)}
      role={found.timeline.role}
    />
  );
}
