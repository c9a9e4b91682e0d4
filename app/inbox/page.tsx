import type { Metadata } from "next";
import { inbox, unreadCount } from "@/db/queries/discussion";
import { getRuntime } from "@/server/runtime";
import { InboxView } from "../components/inbox/InboxView";
import { requireUser, signedInUser } from "../currentUser";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Inbox" };

/** Mentions of the signed-in user, and replies to threads they took part in. */
export default async function InboxPage() {
  const principal = await requireUser("/inbox");
  const { db } = getRuntime().db;
  const [items, unread] = await Promise.all([
    inbox(db, principal.userId),
    unreadCount(db, principal.userId),
  ]);
  return <InboxView user={signedInUser(principal)} initial={{ items, unread }} />;
}
