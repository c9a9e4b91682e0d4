import type { TimelineComparison } from "@/lib/versions/compare";
import type { VersionDTO } from "@/lib/versions/protocol";
import { api } from "../../apiClient";
import type { VersionRef } from "../panelParams";

export type { VersionRef };

const base = (timelineId: string) => `/api/timelines/${encodeURIComponent(timelineId)}/versions`;

/** The timeline's versions over HTTP (docs/API.md); failures reject with ApiError. */
export const versionsApi = {
  async list(timelineId: string): Promise<VersionDTO[]> {
    return (await api.call<{ versions: VersionDTO[] }>("GET", base(timelineId))).versions;
  },
  async save(timelineId: string, name: string): Promise<VersionDTO> {
    return (await api.call<{ version: VersionDTO }>("POST", base(timelineId), { name })).version;
  },
  compare(timelineId: string, from: VersionRef, to: VersionRef): Promise<TimelineComparison> {
    const query = new URLSearchParams({ from: String(from), to: String(to) });
    return api.call<TimelineComparison>("GET", `${base(timelineId)}/compare?${query}`);
  },
  restore(
    timelineId: string,
    number: number,
    entryId?: string,
  ): Promise<{ restored: "entry" | "timeline"; savedBefore: VersionDTO }> {
    return api.call("POST", `${base(timelineId)}/${number}/restore`, entryId ? { entryId } : {});
  },
  /** The version's whole document as one Yjs update. */
  async state(timelineId: string, ref: VersionRef): Promise<Uint8Array> {
    let response: Response;
    try {
      response = await fetch(`${base(timelineId)}/${ref}/state`);
    } catch {
      throw new Error("Could not reach the server. Check your connection and try again.");
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
      throw new Error(problem?.detail ?? `The server answered ${response.status}.`);
    }
    return new Uint8Array(await response.arrayBuffer());
  },
};

/** "Version 4 · Before the London chapter" */
export function versionTitle(version: Pick<VersionDTO, "number" | "name">): string {
  return `Version ${version.number} · ${version.name}`;
}
