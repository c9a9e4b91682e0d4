/**
 * The demo accounts the first start creates: one per role on the demo
 * timeline, all with one well-known password, so a newcomer can open the
 * same timeline as an owner, an editor, a reviewer, a commenter and a viewer
 * side by side. Listed in the README and the server log.
 */
import { ROLE_LABELS, ROLES, type Role } from "../auth/roles";

export const DEMO_PASSWORD = "parallax-demo";
export const DEMO_EMAIL_DOMAIN = "demo.parallax";

export type DemoAccount = { email: string; name: string; role: Role; roleLabel: string };

const NAMES: Record<Role, string> = {
  owner: "Olga Owner",
  editor: "Eiji Editor",
  reviewer: "Rina Reviewer",
  commenter: "Konstantin Commenter",
  viewer: "Vera Viewer",
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = ROLES.map((role) => ({
  email: `${role}@${DEMO_EMAIL_DOMAIN}`,
  name: NAMES[role],
  role,
  roleLabel: ROLE_LABELS[role],
}));
