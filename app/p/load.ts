/**
 * What a public page shows, read from the frozen releases.
 */
import { cache } from "react";
import { type ReleaseSummary, releaseContent, releaseSummaries } from "@/db/queries/releases";
import type { Release } from "@/lib/publish/release";
import { getRuntime } from "@/server/runtime";
import { type PublicState, resolvePublic } from "./resolve";

export type LoadedRelease =
  | Exclude<PublicState, { state: "published" }>
  | {
      state: "published";
      slug: string;
      timelineId: string;
      latest: number;
      release: Release;
    };

/**
 * The release a page shows: the latest, or number `number`. Cached per
 * request, so the metadata and the page read it once.
 */
export const loadRelease = cache(
  async (slug: string, number: number | null): Promise<LoadedRelease> => {
    const found = await resolvePublic(slug, number);
    if (found.state !== "published") return found;
    const release = await releaseContent(
      getRuntime().db.db,
      found.timelineId,
      number ?? found.latest,
    );
    if (!release) return { state: "unknown" };
    return { ...found, release };
  },
);

/** The changelog (newest first) and the release before `number`, to say what changed. */
export async function loadHistory(
  timelineId: string,
  number: number,
): Promise<{ summaries: ReleaseSummary[]; previous: Release | undefined }> {
  const db = getRuntime().db.db;
  const [summaries, previous] = await Promise.all([
    releaseSummaries(db, timelineId),
    number > 1 ? releaseContent(db, timelineId, number - 1) : Promise.resolve(undefined),
  ]);
  return { summaries, previous };
}
