import type { Metadata } from "next";
import { listTokens } from "@/server/auth/tokens";
import { getRuntime } from "@/server/runtime";
import { SettingsView } from "../components/account/SettingsView";
import { requireUser, signedInUser } from "../currentUser";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Settings" };

/** The signed-in user's profile (name, avatar colour) and personal API tokens. */
export default async function SettingsPage() {
  const principal = await requireUser("/settings");
  const tokens = await listTokens(getRuntime().db.db, principal.userId);
  return <SettingsView user={signedInUser(principal)} initialTokens={tokens} />;
}
