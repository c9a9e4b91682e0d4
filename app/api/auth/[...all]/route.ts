/**
 * better-auth's endpoints (sign-up, sign-in, sign-out, session, profile) on
 * the instance server/main.ts created. Calling the shared instance, rather
 * than toNextJsHandler(auth) on an import, keeps better-auth out of this
 * bundle and keeps one instance (and one database handle) per process.
 */
import { getAuth } from "@/server/auth/instance";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function handle(request: Request): Promise<Response> {
  return getAuth().handler(request);
}

export { handle as DELETE, handle as GET, handle as PATCH, handle as POST, handle as PUT };
