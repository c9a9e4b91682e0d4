import { exportResponse } from "../../../exportResponse";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; format: string }> };

/** The latest release as a download (json, csv, timelinejs.json, md). */
export async function GET(request: Request, context: Context): Promise<Response> {
  const { slug, format } = await context.params;
  return exportResponse(request, slug, null, format);
}
