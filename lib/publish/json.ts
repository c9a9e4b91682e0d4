/**
 * The release JSON file (docs/RELEASE.md): our own format, pretty-printed,
 * and its validating reader. `parseReleaseJson(releaseJson(r))` equals `r`;
 * anything that is not a release is refused with the path of what is wrong.
 */
import { z } from "zod";
import { type BodyNodeJson, CitationSchema, CLAIM_STATUSES, CslItemSchema } from "../document";
import { RELEASE_FORMAT, RELEASE_KINDS, type Release } from "./release";

const id = z.string().min(1).max(64);
const hash = z.string().regex(/^[0-9a-f]{64}$/, "A content hash is 64 lowercase hex digits.");
const time = z.string().min(1, "A time is an ISO 8601 string.");

const MarkSchema = z.strictObject({
  type: z.string().min(1),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

/** Tiptap JSON, node by node (its attributes are free-form, as the editor's are). */
const BodyNodeSchema: z.ZodType<BodyNodeJson> = z.lazy(() =>
  z.strictObject({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(BodyNodeSchema).optional(),
    text: z.string().optional(),
    marks: z.array(MarkSchema).optional(),
  }),
);

const VariantSchema = z.strictObject({
  id,
  value: z.string(),
  note: z.string(),
  order: z.number(),
  citations: z.array(z.strictObject(CitationSchema.shape)),
});

const ClaimSchema = z.strictObject({
  id,
  label: z.string(),
  status: z.enum(CLAIM_STATUSES),
  acceptedVariantId: z.string(),
  reason: z.string(),
  createdAt: z.number(),
  variants: z.array(VariantSchema),
});

const EntrySchema = z.strictObject({
  id,
  title: z.string(),
  when: z.string(),
  laneId: z.string(),
  body: z.array(BodyNodeSchema),
  claims: z.array(ClaimSchema),
  contentHash: hash,
  approvedAt: time,
  approvedBy: z.string(),
});

const LaneSchema = z.strictObject({
  id,
  name: z.string(),
  color: z.string(),
  order: z.number(),
});

export const ReleaseSchema = z
  .strictObject({
    format: z.literal(RELEASE_FORMAT, `This is not a ${RELEASE_FORMAT} file.`),
    timeline: z.strictObject({ id, title: z.string(), description: z.string() }),
    number: z.number().int().positive(),
    kind: z.enum(RELEASE_KINDS),
    note: z.string(),
    publishedAt: time,
    publishedBy: z.string(),
    lanes: z.array(LaneSchema),
    entries: z.array(EntrySchema),
    sources: z.array(CslItemSchema.extend({ id })),
  })
  .superRefine((release, ctx) => {
    const lanes = new Set(release.lanes.map((lane) => lane.id));
    const seen = new Set<string>();
    release.entries.forEach((entry, i) => {
      if (seen.has(entry.id))
        ctx.addIssue({
          code: "custom",
          path: ["entries", i, "id"],
          message: "Duplicate entry id.",
        });
      seen.add(entry.id);
      if (entry.laneId && !lanes.has(entry.laneId))
        ctx.addIssue({
          code: "custom",
          path: ["entries", i, "laneId"],
          message: "The entry's lane is not in `lanes`.",
        });
    });
  }) satisfies z.ZodType<Release>;

export class ReleaseFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReleaseFormatError";
  }
}

/** The release as its JSON file: two-space indented, with a final newline. */
export function releaseJson(release: Release): string {
  return `${JSON.stringify(release, null, 2)}\n`;
}

/** Reads a release JSON file; throws ReleaseFormatError naming the first problems found. */
export function parseReleaseJson(text: string): Release {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReleaseFormatError(`This is not JSON: ${(error as Error).message}`);
  }
  const parsed = ReleaseSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(top)"}: ${issue.message}`);
  throw new ReleaseFormatError(`Not a valid release. ${problems.join("; ")}`);
}
