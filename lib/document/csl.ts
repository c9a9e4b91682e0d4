/**
 * The CSL-JSON fields a source may hold, validated with zod. A source is a
 * CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * so it can come from Zotero, BibTeX or RIS and be formatted by any CSL
 * processor. Fields outside this list are dropped on the way in.
 */
import { z } from "zod";

export const CSL_TYPES = [
  "article",
  "article-journal",
  "article-magazine",
  "article-newspaper",
  "bill",
  "book",
  "broadcast",
  "chapter",
  "dataset",
  "document",
  "entry",
  "entry-dictionary",
  "entry-encyclopedia",
  "interview",
  "legal_case",
  "legislation",
  "manuscript",
  "map",
  "motion_picture",
  "pamphlet",
  "paper-conference",
  "personal_communication",
  "post",
  "post-weblog",
  "report",
  "speech",
  "thesis",
  "treaty",
  "webpage",
] as const;

export type CslType = (typeof CSL_TYPES)[number];

const short = z.string().trim().max(500);
const long = z.string().trim().max(5000);

/** A person: family and given names, or one literal name (an institution). */
export const CslNameSchema = z
  .object({
    family: short.optional(),
    given: short.optional(),
    literal: short.optional(),
    "non-dropping-particle": short.optional(),
    "dropping-particle": short.optional(),
    suffix: short.optional(),
  })
  .refine((name) => Boolean(name.family || name.literal), {
    message: "A name needs a family name or a literal name.",
  });

const datePart = z.union([z.number().int(), z.string().regex(/^-?\d{1,6}$/)]).transform(Number);

/** A CSL date: one or two `date-parts` (a range), or a literal such as "late 1955". */
export const CslDateSchema = z
  .object({
    "date-parts": z.array(z.array(datePart).min(1).max(3)).min(1).max(2).optional(),
    literal: short.optional(),
    circa: z.union([z.boolean(), z.number(), z.string()]).optional(),
    season: z.union([z.number().int(), z.string().max(20)]).optional(),
  })
  .refine((date) => Boolean(date["date-parts"] || date.literal), {
    message: "A date needs date-parts or a literal.",
  });

export const CslItemSchema = z.object({
  type: z.enum(CSL_TYPES),
  title: z.string().trim().min(1, "A source needs a title.").max(1000),
  "title-short": short.optional(),
  author: z.array(CslNameSchema).max(200).optional(),
  editor: z.array(CslNameSchema).max(200).optional(),
  translator: z.array(CslNameSchema).max(200).optional(),
  issued: CslDateSchema.optional(),
  accessed: CslDateSchema.optional(),
  "container-title": short.optional(),
  "collection-title": short.optional(),
  publisher: short.optional(),
  "publisher-place": short.optional(),
  edition: short.optional(),
  volume: short.optional(),
  issue: short.optional(),
  page: short.optional(),
  number: short.optional(),
  genre: short.optional(),
  medium: short.optional(),
  language: short.optional(),
  URL: z
    .string()
    .trim()
    .max(2000)
    .refine((url) => url === "" || /^https?:\/\//i.test(url), {
      message: "A URL starts with http:// or https://.",
    })
    .optional(),
  DOI: short.optional(),
  ISBN: short.optional(),
  archive: short.optional(),
  archive_location: short.optional(),
  "archive-place": short.optional(),
  "citation-key": short.optional(),
  note: long.optional(),
  abstract: long.optional(),
});

/** A source as stored: a CSL-JSON item without its `id` (the map key is the id). */
export type CslItem = z.infer<typeof CslItemSchema>;
export type CslName = z.infer<typeof CslNameSchema>;
export type CslDate = z.infer<typeof CslDateSchema>;
export type CslField = keyof CslItem;

export const CSL_FIELDS = Object.keys(CslItemSchema.shape) as CslField[];
