import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { existingEmails } from "@/db/queries/users";
import { safeNextPath } from "@/lib/account";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { getRuntime } from "@/server/runtime";
import { AuthShell } from "../components/account/AuthShell";
import { SignInForm } from "../components/account/SignInForm";
import { currentUser } from "../currentUser";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const raw = (await searchParams).next;
  const next = safeNextPath(Array.isArray(raw) ? raw[0] : raw);
  if (await currentUser()) redirect(next);
  // The demo accounts are offered only while they still exist.
  const present = await existingEmails(
    getRuntime().db.db,
    DEMO_ACCOUNTS.map((demo) => demo.email),
  );
  const demos = DEMO_ACCOUNTS.filter((demo) => present.has(demo.email));
  const signUp = next === "/" ? "/signup" : `/signup?next=${encodeURIComponent(next)}`;
  return (
    <AuthShell
      title="Sign in"
      subtitle="Welcome back. Sign in to open your timelines."
      footer={
        <>
          New to Parallax?{" "}
          <Link href={signUp} className="font-medium text-accent hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      <SignInForm
        next={next}
        demo={demos.length > 0 ? { accounts: demos, password: DEMO_PASSWORD } : null}
      />
    </AuthShell>
  );
}
