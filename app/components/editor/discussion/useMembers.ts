"use client";

import { useEffect, useState } from "react";
import type { MentionMember } from "./MentionTextarea";

/** The timeline's members, for @mentions; empty until loaded (or if it cannot be). */
export function useMembers(timelineId: string): MentionMember[] {
  const [members, setMembers] = useState<MentionMember[]>([]);
  useEffect(() => {
    let live = true;
    fetch(`/api/timelines/${encodeURIComponent(timelineId)}/members`)
      .then((response) => (response.ok ? response.json() : { members: [] }))
      .then((body: { members?: MentionMember[] }) => {
        if (live) setMembers(body.members ?? []);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [timelineId]);
  return members;
}
