import { exportResponse } from "../../../../../exportResponse";
import { releaseNumber } from "../../../../../publicPath";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; n: string; format: string }> };

/** Release n as a download (json, csv, timelinejs.json, md); it never changes. */
export async function GET(request: Request, context: Context): Promise<Response> {
  const { slug, n, format } = await context.params;
  const number = releaseNumber(n);
  if (number === null) {
    return new Response("There is no such release.\n", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  return exportResponse(request, slug, number, format);
}
