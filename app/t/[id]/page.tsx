import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTimelineOf } from "@/db/queries/timelineAccess";
import { getRuntime } from "@/server/runtime";
import { timelineId } from "../../api/timelineSchemas";
import { isSidePanelTab, parseCompare } from "../../components/editor/panelParams";
import { filtersFromParams } from "../../components/editor/searchFilter";
import { TimelineEditor } from "../../components/editor/TimelineEditor";
import { currentUser, requireUser, signedInUser } from "../../currentUser";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The timeline, only for one of its members: others get the same 404 as for an unknown id. */
async function load(id: string, userId: string | undefined) {
  if (!userId || !timelineId.safeParse(id).success) return null;
  return getTimelineOf(getRuntime().db.db, id, userId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const row = await load((await params).id, (await currentUser())?.userId);
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

const panel = (value: string) => (isSidePanelTab(value) ? value : null);

/** The timeline editor. Unknown ids get the 404 page; the document itself loads in the browser. */
export default async function TimelinePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const principal = await requireUser(`/t/${encodeURIComponent(id)}${searchString(query)}`);
  const row = await load(id, principal.userId);
  if (!row) notFound();
  return (
    <TimelineEditor
      timelineId={id}
      initialTitle={row.title}
      initialFilters={filtersFromParams((name) => first(query[name]))}
      initialThread={first(query.thread) || null}
      initialPanel={panel(first(query.panel))}
      initialCompare={parseCompare(first(query.compare))}
      user={signedInUser(principal)}
      role={row.role}
    />
  );
}
