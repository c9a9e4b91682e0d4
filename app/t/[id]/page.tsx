import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTimeline } from "@/db/queries/timelines";
import { getRuntime } from "@/server/runtime";
import { timelineId } from "../../api/timelineSchemas";
import { TimelineEditor } from "../../components/editor/TimelineEditor";
import { requireUser, signedInUser } from "../../currentUser";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(id: string) {
  if (!timelineId.safeParse(id).success) return null;
  return getTimeline(getRuntime().db.db, id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const row = await load((await params).id);
  return { title: row?.title || "Timeline" };
}

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? "";

function searchString(query: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      params.append(key, item);
    }
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The timeline editor. Unknown ids get the 404 page; the document itself loads in the browser. */
export default async function TimelinePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const principal = await requireUser(`/t/${encodeURIComponent(id)}${searchString(query)}`);
  const row = await load(id);
  if (!row) notFound();
  return (
    <TimelineEditor
      timelineId={id}
      initialTitle={row.title}
      initialQuery={first(query.q)}
      initialLane={first(query.lane)}
      user={signedInUser(principal)}
    />
  );
}
