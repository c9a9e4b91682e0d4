import type { InviteInfo } from "../../../../db/queries/invites";
import type { Role } from "../../../../lib/auth/roles";
import type { MemberJson } from "../../../api/memberJson";
import type { TimelineJson } from "../../../api/timelineJson";
import { api } from "../../apiClient";

export type { InviteInfo, MemberJson };

const base = (timelineId: string) => `/api/timelines/${encodeURIComponent(timelineId)}`;

/** The members and share-link routes, as the Share dialog calls them. */
export const shareApi = {
  timeline: (id: string) => api.call<{ timeline: TimelineJson }>("GET", base(id)),
  members: (id: string) => api.call<{ members: MemberJson[] }>("GET", `${base(id)}/members`),
  addMember: (id: string, email: string, role: Role) =>
    api.call<{ status: "added" | "updated" | "unchanged" | "invited" }>(
      "POST",
      `${base(id)}/members`,
      { email, role },
    ),
  setRole: (id: string, userId: string, role: Role) =>
    api.call<{ member: MemberJson }>("PATCH", `${base(id)}/members/${encodeURIComponent(userId)}`, {
      role,
    }),
  removeMember: (id: string, userId: string) =>
    api.call<void>("DELETE", `${base(id)}/members/${encodeURIComponent(userId)}`),
  invites: (id: string) => api.call<{ invites: InviteInfo[] }>("GET", `${base(id)}/invites`),
  createLink: (id: string, role: Role, expiresInHours: number) =>
    api.call<{ invite: InviteInfo; url: string; expiresAt: string }>(
      "POST",
      `${base(id)}/invites`,
      { role, expiresInHours },
    ),
  revokeInvite: (id: string, inviteId: string) =>
    api.call<void>("DELETE", `${base(id)}/invites/${encodeURIComponent(inviteId)}`),
};
