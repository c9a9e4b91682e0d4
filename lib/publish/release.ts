/**
 * A release: the frozen, public copy of a timeline's approved content. It is
 * built once, when an owner publishes, stored as JSON and never changed; the
 * public pages and every export are rendered from it alone (no Yjs). The
 * JSON format is documented in docs/RELEASE.md and re-imports losslessly.
 */
import { z } from "zod";
import type { BodyNodeJson, Claim, Source } from "../document";

export const RELEASE_FORMAT = "parallax.release/1";

export const RELEASE_KINDS = ["first", "update", "correction", "clarification"] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

export const RELEASE_KIND_LABELS: Record<ReleaseKind, string> = {
  first: "First release",
  update: "Update",
  correction: "Correction",
  clarification: "Clarification",
};

/** Corrections and clarifications carry a public note; the others may. */
export const NOTE_REQUIRED: ReadonlySet<ReleaseKind> = new Set(["correction", "clarification"]);

export const MAX_RELEASE_NOTE_LENGTH = 4000;

export interface ReleaseLane {
  id: string;
  name: string;
  color: string;
  order: number;
}

/** One approved entry, exactly as it was approved. */
export interface ReleaseEntry {
  id: string;
  title: string;
  /** EDTF, or "" for an undated entry. */
  when: string;
  laneId: string;
  /** Tiptap JSON, as approved. */
  body: BodyNodeJson[];
  claims: Claim[];
  /** The content hash the approval was bound to (`contentHash` of this entry's content). */
  contentHash: string;
  approvedAt: string;
  /** The approver's display name (no ids or emails leave the server). */
  approvedBy: string;
}

export interface Release {
  format: typeof RELEASE_FORMAT;
  timeline: { id: string; title: string; description: string };
  /** Numbered from 1 per timeline. */
  number: number;
  kind: ReleaseKind;
  /** The public note (corrections and clarifications always have one). */
  note: string;
  publishedAt: string;
  publishedBy: string;
  lanes: ReleaseLane[];
  /** In chronological order (`sortEntries`). */
  entries: ReleaseEntry[];
  /**
   * The sources the entries cite, as CSL-JSON, in order of first citation.
   * Each keeps its library `id`, which citations name as `sourceId`.
   */
  sources: Source[];
}

/** A release as listed in the changelog and the Publish dialog. */
export interface ReleaseSummary {
  number: number;
  kind: ReleaseKind;
  note: string;
  publishedAt: string;
  publishedBy: string;
  entryCount: number;
  /** Why the owner published despite blocking checklist items, if they did. */
  overrideReason: string | null;
}

/** A timeline's public side, as the editor sees it. */
export interface PublicationState {
  /** Null until the first release. */
  slug: string | null;
  published: boolean;
  /** Newest first. */
  releases: ReleaseSummary[];
}

export const PublishSchema = z
  .object({
    kind: z.enum(RELEASE_KINDS),
    note: z
      .string()
      .trim()
      .max(MAX_RELEASE_NOTE_LENGTH, `A note has at most ${MAX_RELEASE_NOTE_LENGTH} characters.`)
      .default(""),
    /** Publish despite blocking checklist items; the reason is recorded. */
    override: z.string().trim().min(1).max(MAX_RELEASE_NOTE_LENGTH).optional(),
  })
  .refine((input) => !NOTE_REQUIRED.has(input.kind) || input.note.length > 0, {
    message: "Corrections and clarifications need a public note.",
    path: ["note"],
  });
export type PublishInput = z.infer<typeof PublishSchema>;

/** URL-safe, lower case: 3–80 characters of a–z, 0–9 and single hyphens. */
export const SlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "Use lower-case letters, digits and single hyphens (for example soviet-japanese-talks).",
  )
  .min(3, "A slug has at least 3 characters.")
  .max(80, "A slug has at most 80 characters.");

/**
 * A slug from a title: Latin letters lose their accents, anything else
 * becomes a hyphen. Titles with no Latin letters or digits (Japanese,
 * Cyrillic) give "" and the caller picks a fallback.
 */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}
