import { listTimelines } from "@/db/queries/timelines";
import { getRuntime } from "@/server/runtime";
import { timelineJson } from "./api/timelineJson";
import { HomeView } from "./components/home/HomeView";
import { requireUser, signedInUser } from "./currentUser";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const principal = await requireUser("/");
  const rows = await listTimelines(getRuntime().db.db);
  return <HomeView initial={rows.map(timelineJson)} user={signedInUser(principal)} />;
}
