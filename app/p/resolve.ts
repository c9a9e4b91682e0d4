/**
 * Where a public slug points, read from the publication tables (no Yjs, no
 * session). proxy.ts, the pages and the export route handlers all go
 * through `resolvePublic`, so they agree on 404, 410 and 308.
 */
import { latestReleaseNumber, resolveSlug } from "@/db/queries/releases";
import { getRuntime } from "@/server/runtime";
import { isSlug } from "./publicPath";

export type PublicState =
  | { state: "unknown" }
  /** An old slug: answer 308 to the same sub-path under `slug`. */
  | { state: "moved"; slug: string }
  /** Unpublished by its owners: 410. */
  | { state: "withdrawn"; slug: string }
  | { state: "published"; slug: string; timelineId: string; latest: number };

/**
 * Where a slug points, with the latest release number of a live
 * publication. `number` (a /v/<n> address) that does not exist yet is unknown.
 */
export async function resolvePublic(slug: string, number?: number | null): Promise<PublicState> {
  if (!isSlug(slug)) return { state: "unknown" };
  const db = getRuntime().db.db;
  const address = await resolveSlug(db, slug);
  if (address.kind === "unknown") return { state: "unknown" };
  if (address.kind === "moved") return { state: "moved", slug: address.slug };
  if (address.kind === "unpublished") return { state: "withdrawn", slug: address.slug };
  const latest = await latestReleaseNumber(db, address.timelineId);
  if (latest === 0 || (number != null && number > latest)) return { state: "unknown" };
  return { state: "published", slug: address.slug, timelineId: address.timelineId, latest };
}
