import { listTimelinesOf } from "@/db/queries/timelineAccess";
import { getRuntime } from "@/server/runtime";
import { timelineListJson } from "../api/timelineJson";
import { HomeView } from "../components/home/HomeView";
import { requireUser, signedInUser } from "../currentUser";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const principal = await requireUser("/");
  // Only the timelines the user is a member of, with their role.
  const { db, rooms } = getRuntime();
  const rows = await listTimelinesOf(db.db, principal.userId);
  return <HomeView initial={timelineListJson(rows, rooms)} user={signedInUser(principal)} />;
}
