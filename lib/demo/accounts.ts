/**
 * The demo accounts the first start creates: one per role on the demo
 * timeline, all with one well-known password, so a newcomer can open the
 * same timeline as an owner, an editor, a reviewer, a commenter and a viewer
 * side by side. Listed in the README and the server log.
 */
import { ROLE_LABELS, ROLES, type Role } from "../auth/roles";

export const DEMO_PASSWORD = "parallax-demo";
export const DEMO_EMAIL_DOMAIN = "demo.parallax";

export type DemoAccount = {
  email: string;
  name: string;
  /** One caret colour each, so people side by side are told apart at a glance. */
  color: string;
  role: Role;
  roleLabel: string;
};

const PEOPLE: Record<Role, { name: string; color: string }> = {
  owner: { name: "Olga Owner", color: "#0f766e" },
  editor: { name: "Eiji Editor", color: "#1d4ed8" },
  reviewer: { name: "Rina Reviewer", color: "#be185d" },
  commenter: { name: "Konstantin Commenter", color: "#c2410c" },
  viewer: { name: "Vera Viewer", color: "#6d28d9" },
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = ROLES.map((role) => ({
  email: `${role}@${DEMO_EMAIL_DOMAIN}`,
  ...PEOPLE[role],
  role,
  roleLabel: ROLE_LABELS[role],
}));
