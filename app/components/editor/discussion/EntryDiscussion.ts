import type { ThreadDTO } from "@/lib/discussion/protocol";
import type { MentionMember } from "./MentionTextarea";
import type { NewThread } from "./useDiscussion";

/** What an entry card needs of the discussion: its threads, and starting or opening one. */
export interface EntryDiscussion {
  threads: ReadonlyMap<string, ThreadDTO>;
  openCount: ReadonlyMap<string, number>;
  activeThreadId: string | null;
  canComment: boolean;
  members: MentionMember[];
  start: (input: NewThread) => Promise<ThreadDTO>;
  open: (threadId: string | null) => void;
}
