/**
 * Whether an imported item is already in the library: the same DOI, or the
 * same title, first author and year once case, accents and punctuation are
 * set aside. Two items with different DOIs are never duplicates.
 */
import type { CslField, CslItem, Source } from "@/lib/document";
import { issuedYear } from "./dates";
import { familyName } from "./names";

/** Lower case, accents and punctuation removed, spaces collapsed; keeps every script. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function normalizeDoi(doi: string | undefined): string | undefined {
  if (!doi) return undefined;
  const clean = doi
    .trim()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, "")
    .toLowerCase();
  return clean || undefined;
}

function titleKey(item: CslItem): string | undefined {
  const title = normalizeText(item.title);
  if (!title) return undefined;
  const first = item.author?.[0] ?? item.editor?.[0];
  const author = first ? normalizeText(familyName(first)) : "";
  return `${title}|${author}|${issuedYear(item.issued) ?? ""}`;
}

export type DuplicateReason = "doi" | "title";

export interface DuplicateMatch {
  /** The library source it matches, or null when it repeats an earlier item of the same import. */
  sourceId: string | null;
  reason: DuplicateReason;
}

/** An index of the library that answers "is this item already here?". */
export class DuplicateIndex {
  private byDoi = new Map<string, string | null>();
  private byTitle = new Map<string, { id: string | null; doi?: string }>();

  constructor(sources: readonly Source[] = []) {
    for (const source of sources) this.add(source, source.id);
  }

  /** Records an item; `id` null stands for an item of the import being planned. */
  add(item: CslItem, id: string | null): void {
    const doi = normalizeDoi(item.DOI);
    if (doi && !this.byDoi.has(doi)) this.byDoi.set(doi, id);
    const key = titleKey(item);
    if (key && !this.byTitle.has(key)) this.byTitle.set(key, { id, doi });
  }

  find(item: CslItem): DuplicateMatch | undefined {
    const doi = normalizeDoi(item.DOI);
    if (doi && this.byDoi.has(doi)) return { sourceId: this.byDoi.get(doi) ?? null, reason: "doi" };
    const key = titleKey(item);
    const match = key ? this.byTitle.get(key) : undefined;
    if (!match || (doi && match.doi && match.doi !== doi)) return undefined;
    return { sourceId: match.id, reason: "title" };
  }
}

export interface ImportPlan {
  /** Items to add, in order. */
  fresh: CslItem[];
  /** Items that are already in the library, or repeat an earlier item of this import. */
  duplicates: Array<{ item: CslItem } & DuplicateMatch>;
}

/** Sorts parsed items into new ones and duplicates of the library (or of each other). */
export function planImport(items: readonly CslItem[], library: readonly Source[]): ImportPlan {
  const index = new DuplicateIndex(library);
  const plan: ImportPlan = { fresh: [], duplicates: [] };
  for (const item of items) {
    const match = index.find(item);
    if (match) plan.duplicates.push({ item, ...match });
    else {
      plan.fresh.push(item);
      index.add(item, null);
    }
  }
  return plan;
}

/** The fields an imported duplicate would add to the source it matches (none it already has). */
export function missingFields(existing: Partial<CslItem>, item: CslItem): Partial<CslItem> {
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(item) as [CslField, unknown][]) {
    if (field === "type" || field === "title") continue;
    if (existing[field] === undefined && value !== undefined) patch[field] = value;
  }
  return patch as Partial<CslItem>;
}
