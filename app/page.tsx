import { listTimelines } from "@/db/queries/timelines";
import { getRuntime } from "@/server/runtime";
import { timelineJson } from "./api/timelineJson";
import { HomeView } from "./components/home/HomeView";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const rows = await listTimelines(getRuntime().db.db);
  return <HomeView initial={rows.map(timelineJson)} />;
}
