import type { Member } from "@/db/queries/memberships";

export type MemberJson = Member;

export const memberJson = (member: Member): MemberJson => ({
  userId: member.userId,
  name: member.name,
  email: member.email,
  color: member.color,
  role: member.role,
});
