/**
 * Versions: named, immutable copies of a whole timeline document, saved by
 * hand or automatically (before a publication, before a restore, and at
 * most every 30 minutes while a timeline is being edited).
 */
import { z } from "zod";
import type { PersonDTO } from "../discussion/protocol";

export const VERSION_KINDS = ["named", "auto", "publication", "restore"] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  named: "Named version",
  auto: "Automatic",
  publication: "Before publishing",
  restore: "Before restoring",
};

export const MAX_VERSION_NAME_LENGTH = 120;

export interface VersionDTO {
  /** Numbered from 1 per timeline. */
  number: number;
  name: string;
  kind: VersionKind;
  /** Null for versions the server saved on its own (automatic ones). */
  createdBy: PersonDTO | null;
  createdAt: string;
  entryCount: number;
}

export const SaveVersionSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the version a name.")
    .max(MAX_VERSION_NAME_LENGTH, `A name has at most ${MAX_VERSION_NAME_LENGTH} characters.`),
});

export const RestoreSchema = z.object({
  /** Restore only this entry; without it, the whole timeline. */
  entryId: z.string().min(1).max(64).optional(),
});

/** `now` (the live document) or a version number. */
export const VersionRefSchema = z.union([
  z.literal("now"),
  z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
]);
export type VersionRef = z.infer<typeof VersionRefSchema>;
