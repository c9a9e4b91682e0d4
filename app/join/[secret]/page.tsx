import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { findLinkInvite, grantAtLeast } from "@/db/queries/invites";
import { signInPath } from "@/lib/account";
import { audit } from "@/server/audit";
import { getRuntime } from "@/server/runtime";
import { inviteSecretParam } from "../../api/memberSchemas";
import { EmptyState } from "../../components/ui/EmptyState";
import { currentUser } from "../../currentUser";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Join a timeline", referrer: "no-referrer" };

type Props = { params: Promise<{ secret: string }> };

const MESSAGES = {
  unknown: {
    title: "This share link does not work",
    body: "It may be mistyped or incomplete. Ask the person who shared it for a new link.",
  },
  revoked: {
    title: "This share link was revoked",
    body: "An owner of the timeline turned it off. Ask them for a new link.",
  },
  expired: {
    title: "This share link has expired",
    body: "Share links work for a limited time. Ask an owner of the timeline for a new one.",
  },
} as const;

/**
 * Opening a share link: signed out, sign in (or up) first and come back;
 * a live link makes the user a member with its role (never lowering a
 * higher role they already have) and opens the timeline.
 */
export default async function JoinPage({ params }: Props) {
  const { secret } = await params;
  const principal = await currentUser();
  if (!principal) redirect(signInPath(`/join/${encodeURIComponent(secret)}`));

  const { db, hub } = getRuntime();
  const found = inviteSecretParam.safeParse(secret).success
    ? await findLinkInvite(db.db, secret)
    : ({ status: "unknown" } as const);
  if (found.status !== "ok") {
    const message = MESSAGES[found.status];
    return (
      <main className="mx-auto max-w-lg px-6 py-24" data-testid="join-refused">
        <EmptyState
          icon="link"
          title={message.title}
          action={
            <Link
              href="/"
              className="inline-flex h-9 items-center rounded-md bg-accent px-3.5 text-base font-medium text-white shadow-card hover:bg-accent-strong"
            >
              Back to timelines
            </Link>
          }
        >
          {message.body}
        </EmptyState>
      </main>
    );
  }

  const { invite, role } = found;
  const { before, after } = await grantAtLeast(db.db, {
    timelineId: invite.timelineId,
    userId: principal.userId,
    role,
  });
  await audit(db.db, {
    actorId: principal.userId,
    action: "invite.accepted",
    timelineId: invite.timelineId,
    target: invite.id,
    detail: { via: "link", offered: role, before, role: after },
  });
  if (before !== after) hub.membershipChanged(invite.timelineId, principal.userId, after);
  redirect(`/t/${encodeURIComponent(invite.timelineId)}`);
}
