import type { LeftOut } from "@/lib/publish/build";
import type { ChecklistItem } from "@/lib/publish/checklist";
import type { PublicationState, ReleaseKind, ReleaseSummary } from "@/lib/publish/release";
import type { Preview } from "@/server/publish/service";
import { api } from "../../apiClient";

export type { ChecklistItem, LeftOut, Preview, PublicationState, ReleaseSummary };

const base = (timelineId: string) => `/api/timelines/${encodeURIComponent(timelineId)}`;

/** The publishing API (docs/API.md "Publishing"), typed for the Publish dialog. */
export const publishApi = {
  state: (timelineId: string) =>
    api.call<PublicationState>("GET", `${base(timelineId)}/publication`),
  preview: (timelineId: string) =>
    api.call<Preview>("GET", `${base(timelineId)}/publication/checklist`),
  publish: (timelineId: string, input: { kind: ReleaseKind; note: string; override?: string }) =>
    api.call<{ release: ReleaseSummary; slug: string }>(
      "POST",
      `${base(timelineId)}/releases`,
      input,
    ),
  setPublished: (timelineId: string, published: boolean) =>
    api.call<{ published: boolean }>(
      "POST",
      `${base(timelineId)}/publication/${published ? "republish" : "unpublish"}`,
    ),
  changeSlug: (timelineId: string, slug: string) =>
    api.call<{ slug: string }>("PUT", `${base(timelineId)}/publication/slug`, { slug }),
};
