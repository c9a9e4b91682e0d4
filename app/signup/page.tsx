import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/account";
import { AuthShell } from "../components/account/AuthShell";
import { SignUpForm } from "../components/account/SignUpForm";
import { currentUser } from "../currentUser";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const raw = (await searchParams).next;
  const next = safeNextPath(Array.isArray(raw) ? raw[0] : raw);
  if (await currentUser()) redirect(next);
  const signIn = next === "/" ? "/signin" : `/signin?next=${encodeURIComponent(next)}`;
  return (
    <AuthShell
      title="Create your account"
      subtitle="Your name and colour are what others see next to your edits and comments."
      footer={
        <>
          Already have an account?{" "}
          <Link href={signIn} className="font-medium text-accent hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm next={next} />
    </AuthShell>
  );
}
