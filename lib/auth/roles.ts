/**
 * Membership roles and what each may do on a timeline. This table is the one
 * place the permission rules live: the websocket hub, the route handlers and
 * the UI all ask `can(role, action)`.
 */
import { z } from "zod";

export const ROLES = ["owner", "editor", "reviewer", "commenter", "viewer"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ACTIONS = [
  "read",
  "comment",
  "review",
  "edit",
  "manageMembers",
  "publish",
  "deleteTimeline",
  /** Delete anyone's comment (others may delete only their own). */
  "moderate",
] as const;
export type Action = (typeof ACTIONS)[number];

const GRANTS: Record<Role, ReadonlySet<Action>> = {
  owner: new Set(ACTIONS),
  editor: new Set(["read", "comment", "edit"]),
  reviewer: new Set(["read", "comment", "review"]),
  commenter: new Set(["read", "comment"]),
  viewer: new Set(["read"]),
};

export function can(role: Role | null | undefined, action: Action): boolean {
  return role ? GRANTS[role].has(action) : false;
}

/** Whether a role may change the shared content document (entries, lanes, title). */
export function canWriteContent(role: Role | null | undefined): boolean {
  return can(role, "edit");
}

/** Readable names, for menus and messages. */
export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  editor: "Editor",
  reviewer: "Reviewer",
  commenter: "Commenter",
  viewer: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Everything, including members, publishing and deleting",
  editor: "Edits entries, lanes and sources",
  reviewer: "Reads, comments and reviews",
  commenter: "Reads and comments",
  viewer: "Reads only",
};
