import type { ThreadKind } from "@/lib/discussion/protocol";

export const KIND_LABELS: Record<ThreadKind, string> = {
  comment: "Comment",
  question: "Question",
  dispute: "Dispute",
};

export const KIND_TONES: Record<ThreadKind, string> = {
  comment: "bg-sunken text-muted",
  question: "bg-accent-soft text-accent-strong",
  dispute: "bg-warning-soft text-warning",
};
