/**
 * Turns what citation-js produced (or what a CSL-JSON file held) into a
 * source the document accepts: known types only, names and dates in shape,
 * numbers as text, and unknown or unusable fields dropped one by one, so a
 * single odd field never costs the whole item.
 */
import {
  CSL_FIELDS,
  CSL_TYPES,
  type CslDate,
  type CslField,
  type CslItem,
  CslItemSchema,
  type CslName,
  type CslType,
} from "@/lib/document";
import { parseIssued } from "./dates";
import { CSL_TYPE_FALLBACKS } from "./types";

const NAME_FIELDS = ["author", "editor", "translator"] as const;
const DATE_FIELDS = ["issued", "accessed"] as const;
const NAME_PARTS = [
  "family",
  "given",
  "literal",
  "non-dropping-particle",
  "dropping-particle",
  "suffix",
] as const;

/** Field limits of the schema: longer text is cut rather than refused. */
const LONG_FIELDS = new Set<CslField>(["note", "abstract"]);
const MAX_LONG = 5000;
const MAX_TITLE = 1000;

const GENRES: Record<string, string> = {
  phdthesis: "PhD thesis",
  mastersthesis: "Master's thesis",
  masterthesis: "Master's thesis",
};

function text(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value !== "string") return undefined;
  const trimmed = value.replace(/\s+/g, " ").trim();
  return trimmed || undefined;
}

function cut(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;
}

function normalizeType(value: unknown): CslType {
  if (typeof value !== "string") return "document";
  const type = value.trim().toLowerCase();
  if ((CSL_TYPES as readonly string[]).includes(type)) return type as CslType;
  return CSL_TYPE_FALLBACKS[type] ?? "document";
}

function normalizeName(value: unknown): CslName | undefined {
  if (typeof value === "string") {
    const literal = text(value);
    return literal ? { literal: cut(literal, 500) } : undefined;
  }
  if (!value || typeof value !== "object") return undefined;
  const raw = value as Record<string, unknown>;
  const name: Record<string, string> = {};
  for (const part of NAME_PARTS) {
    const v = text(raw[part]);
    if (v) name[part] = cut(v, 500);
  }
  // BibTeX's "and others" means "et al.", not a person called Others.
  if (!name.literal && name.family?.toLowerCase() === "others" && !name.given) return undefined;
  if (!name.family && !name.literal) {
    if (!name.given) return undefined;
    return { literal: name.given };
  }
  return name as CslName;
}

function normalizeNames(value: unknown): CslName[] | undefined {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names = list.map(normalizeName).filter((n): n is CslName => Boolean(n));
  return names.length ? names.slice(0, 200) : undefined;
}

function normalizeDate(value: unknown): CslDate | undefined {
  if (typeof value === "string" || typeof value === "number") return parseIssued(String(value));
  if (!value || typeof value !== "object") return undefined;
  const raw = value as Record<string, unknown>;
  const parts = raw["date-parts"];
  if (Array.isArray(parts) && parts.length > 0) {
    const clean = parts
      .slice(0, 2)
      .filter(Array.isArray)
      .map((p) =>
        (p as unknown[])
          .slice(0, 3)
          .map((n) => (typeof n === "string" ? Number.parseInt(n, 10) : n))
          .filter((n): n is number => typeof n === "number" && Number.isInteger(n)),
      )
      .filter((p) => p.length > 0 && p[0] !== 0);
    if (clean.length > 0) {
      const date: CslDate = { "date-parts": clean };
      if (raw.circa !== undefined && raw.circa !== false && raw.circa !== "") date.circa = true;
      if (typeof raw.season === "number" || typeof raw.season === "string") {
        date.season = raw.season;
      }
      return date;
    }
  }
  // citation-js keeps dates it could not read as `raw` or `literal`: try ours, else keep the words.
  const words = text(raw.literal) ?? text(raw.raw);
  if (!words) return undefined;
  const parsed = parseIssued(words);
  if (parsed && raw.circa && parsed["date-parts"]) parsed.circa = true;
  return parsed;
}

function normalizeDoi(value: string): string {
  return value.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, "").trim();
}

export type Normalized = { ok: true; item: CslItem } | { ok: false; reason: string };

/**
 * Normalises one raw CSL-JSON object. Fails only when the item has no usable
 * title; every other field that does not fit the schema is dropped.
 */
export function normalizeItem(input: Record<string, unknown>): Normalized {
  const raw: Record<string, unknown> = { ...input };
  // RIS puts a newspaper article's author in `reporter`, which CSL does not have.
  if (raw.author === undefined && raw.reporter !== undefined) raw.author = raw.reporter;
  // A key-like CSL-JSON id (Better BibTeX exports) doubles as the citation key.
  if (raw["citation-key"] === undefined && typeof raw.id === "string") {
    const id = raw.id.trim();
    if (/^[\w:.+-]{1,100}$/.test(id) && !/^\d+$/.test(id)) raw["citation-key"] = id;
  }

  const out: Record<string, unknown> = { type: normalizeType(raw.type) };
  for (const field of NAME_FIELDS) {
    const names = normalizeNames(raw[field]);
    if (names) out[field] = names;
  }
  for (const field of DATE_FIELDS) {
    const date = normalizeDate(raw[field]);
    if (date) out[field] = date;
  }
  for (const field of CSL_FIELDS) {
    if (field in out || field === "type") continue;
    let value = text(raw[field]);
    if (!value) continue;
    if (field === "title") value = cut(value, MAX_TITLE);
    else if (LONG_FIELDS.has(field)) value = cut(value, MAX_LONG);
    if (field === "DOI") value = normalizeDoi(value);
    if (field === "genre") value = GENRES[value.toLowerCase()] ?? value;
    out[field] = value;
  }

  if (!out.title) return { ok: false, reason: "It has no title." };
  // Drop what does not validate, field by field; only the title and type are required.
  for (const field of Object.keys(out) as CslField[]) {
    if (!CslItemSchema.shape[field].safeParse(out[field]).success) delete out[field];
  }
  const parsed = CslItemSchema.safeParse(out);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: issue?.message ?? "It is not a valid source." };
  }
  return { ok: true, item: parsed.data };
}
