import * as Y from "yjs";
import { type Citation, type CitationInput, cleanCitation, readCitation } from "./citations";
import { newId } from "./ids";
import { CLAIM, ENTRY, type EntryMap, entriesMap, num, str, VARIANT } from "./shape";

export const CLAIM_STATUSES = ["open", "disputed", "settled", "unresolvable"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** One account of a claim: its value, the citations behind it, and a note. */
export interface ClaimVariant {
  id: string;
  value: string;
  note: string;
  order: number;
  citations: Citation[];
}

/** A checkable statement in an entry (a figure, a date, a place, who did what). */
export interface Claim {
  id: string;
  /** What is claimed, e.g. "Japanese prisoners taken"; for a marked claim, the marked words. */
  label: string;
  status: ClaimStatus;
  /** For a settled claim, the accepted variant; otherwise "". */
  acceptedVariantId: string;
  /** Why the claim was settled or declared unresolvable; may be "". */
  reason: string;
  createdAt: number;
  variants: ClaimVariant[];
}

export interface VariantInput {
  value: string;
  note?: string;
  citations?: CitationInput[];
}

export const MAX_CLAIM_LABEL_LENGTH = 200;
export const MAX_VARIANT_VALUE_LENGTH = 500;
export const MAX_NOTE_LENGTH = 2000;

export class ClaimError extends Error {
  constructor(
    readonly code:
      | "entry_not_found"
      | "claim_not_found"
      | "variant_not_found"
      | "citation_not_found"
      | "invalid_claim",
    message: string,
  ) {
    super(message);
    this.name = "ClaimError";
  }
}

/** Disputed and unresolvable claims are shown to readers as "Accounts differ". */
export function accountsDiffer(claim: Pick<Claim, "status">): boolean {
  return claim.status === "disputed" || claim.status === "unresolvable";
}

function cleanText(text: string, max: number, what: string, required = false): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (required && !clean) throw new ClaimError("invalid_claim", `${what} cannot be empty.`);
  if (clean.length > max) {
    throw new ClaimError("invalid_claim", `${what} has at most ${max} characters.`);
  }
  return clean;
}

function cleanNote(note: string): string {
  const clean = note.trim();
  if (clean.length > MAX_NOTE_LENGTH) {
    throw new ClaimError("invalid_claim", `A note has at most ${MAX_NOTE_LENGTH} characters.`);
  }
  return clean;
}

// ---- reading -------------------------------------------------------------

function claimsOf(entry: EntryMap): Y.Map<Y.Map<unknown>> | undefined {
  const claims = entry.get(ENTRY.claims);
  return claims instanceof Y.Map ? (claims as Y.Map<Y.Map<unknown>>) : undefined;
}

function readVariantCitations(map: Y.Map<unknown>): Citation[] {
  const citations = map.get(VARIANT.citations);
  if (!(citations instanceof Y.Map)) return [];
  const out: { citation: Citation; order: number }[] = [];
  citations.forEach((raw, id) => {
    const citation = readCitation(raw, id);
    const order = (raw as { order?: unknown })?.order;
    if (citation) out.push({ citation, order: Number.isFinite(order) ? (order as number) : 0 });
  });
  return out
    .sort((a, b) => a.order - b.order || (a.citation.id < b.citation.id ? -1 : 1))
    .map(({ citation }) => citation);
}

function readVariants(claim: Y.Map<unknown>): ClaimVariant[] {
  const variants = claim.get(CLAIM.variants);
  if (!(variants instanceof Y.Map)) return [];
  const out: ClaimVariant[] = [];
  variants.forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    out.push({
      id,
      value: str(map, VARIANT.value),
      note: str(map, VARIANT.note),
      order: num(map, VARIANT.order),
      citations: readVariantCitations(map),
    });
  });
  return out.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}

function readClaim(id: string, map: Y.Map<unknown>): Claim {
  const status = str(map, CLAIM.status);
  const variants = readVariants(map);
  const accepted = str(map, CLAIM.acceptedVariantId);
  const known = CLAIM_STATUSES.includes(status as ClaimStatus) ? (status as ClaimStatus) : "open";
  // A settled claim whose accepted variant is gone (deleted concurrently) is disputed again.
  const settledOk = known !== "settled" || variants.some((v) => v.id === accepted);
  return {
    id,
    label: str(map, CLAIM.label),
    status: settledOk ? known : "disputed",
    acceptedVariantId: known === "settled" && settledOk ? accepted : "",
    reason: str(map, CLAIM.reason),
    createdAt: num(map, CLAIM.createdAt),
    variants,
  };
}

/** The claims of an entry, oldest first; [] for an entry without claims or no such entry. */
export function listClaims(doc: Y.Doc, entryId: string): Claim[] {
  const entry = entriesMap(doc).get(entryId);
  const claims = entry instanceof Y.Map ? claimsOf(entry) : undefined;
  if (!claims) return [];
  const out: Claim[] = [];
  claims.forEach((map, id) => {
    if (map instanceof Y.Map) out.push(readClaim(id, map));
  });
  return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

export function readClaimById(doc: Y.Doc, entryId: string, claimId: string): Claim | undefined {
  return listClaims(doc, entryId).find((claim) => claim.id === claimId);
}

// ---- locating, for writes ------------------------------------------------

function entryMap(doc: Y.Doc, entryId: string): EntryMap {
  const entry = entriesMap(doc).get(entryId);
  if (!(entry instanceof Y.Map) || !(entry.get(ENTRY.body) instanceof Y.XmlFragment)) {
    throw new ClaimError("entry_not_found", `There is no entry ${entryId}.`);
  }
  return entry;
}

function claimMap(doc: Y.Doc, entryId: string, claimId: string): Y.Map<unknown> {
  const claim = claimsOf(entryMap(doc, entryId))?.get(claimId);
  if (!(claim instanceof Y.Map)) {
    throw new ClaimError("claim_not_found", `There is no claim ${claimId} in this entry.`);
  }
  return claim;
}

function variantsOf(claim: Y.Map<unknown>): Y.Map<Y.Map<unknown>> {
  let variants = claim.get(CLAIM.variants);
  if (!(variants instanceof Y.Map)) {
    variants = new Y.Map();
    claim.set(CLAIM.variants, variants);
  }
  return variants as Y.Map<Y.Map<unknown>>;
}

function variantMap(claim: Y.Map<unknown>, variantId: string): Y.Map<unknown> {
  const variant = claim.get(CLAIM.variants);
  const map = variant instanceof Y.Map ? variant.get(variantId) : undefined;
  if (!(map instanceof Y.Map)) {
    throw new ClaimError("variant_not_found", `There is no variant ${variantId} of this claim.`);
  }
  return map;
}

function citationsOf(variant: Y.Map<unknown>): Y.Map<unknown> {
  let citations = variant.get(VARIANT.citations);
  if (!(citations instanceof Y.Map)) {
    citations = new Y.Map();
    variant.set(VARIANT.citations, citations);
  }
  return citations as Y.Map<unknown>;
}

function storedCitation(citation: Citation, order: number) {
  const { id: _id, ...rest } = citation;
  return { ...rest, order };
}

function nextOrder(values: Iterable<unknown>): number {
  let max = -1;
  for (const value of values) {
    const order =
      value instanceof Y.Map ? value.get(VARIANT.order) : (value as { order?: unknown })?.order;
    if (typeof order === "number" && order > max) max = order;
  }
  return max + 1;
}

// ---- writing -------------------------------------------------------------

interface CleanVariant {
  id: string;
  value: string;
  note: string;
  citations: Citation[];
}

function cleanVariant(input: VariantInput): CleanVariant {
  return {
    id: newId(),
    value: cleanText(input.value, MAX_VARIANT_VALUE_LENGTH, "A variant's value", true),
    note: cleanNote(input.note ?? ""),
    citations: (input.citations ?? []).map(cleanCitation),
  };
}

function writeVariant(variants: Y.Map<Y.Map<unknown>>, variant: CleanVariant): void {
  const map = new Y.Map<unknown>();
  map.set(VARIANT.order, nextOrder(variants.values()));
  variants.set(variant.id, map);
  map.set(VARIANT.value, variant.value);
  map.set(VARIANT.note, variant.note);
  const citations = new Y.Map<unknown>();
  map.set(VARIANT.citations, citations);
  variant.citations.forEach((citation, i) => {
    citations.set(citation.id, storedCitation(citation, i));
  });
}

/** An open claim that gains a second account becomes disputed. */
function disputeIfCompeting(claim: Y.Map<unknown>): void {
  if (str(claim, CLAIM.status, "open") === "open" && variantsOf(claim).size >= 2) {
    claim.set(CLAIM.status, "disputed");
  }
}

/**
 * Adds a claim to an entry, with its first variants. Give `id` when the body
 * already carries a `claim` mark for it (the editor marks the words first).
 */
export function createClaim(
  doc: Y.Doc,
  entryId: string,
  input: {
    id?: string;
    label: string;
    variants?: VariantInput[];
    status?: ClaimStatus;
    reason?: string;
    acceptedVariant?: number;
    createdAt?: number;
  },
  origin?: unknown,
): string {
  const entry = entryMap(doc, entryId);
  const label = cleanText(input.label, MAX_CLAIM_LABEL_LENGTH, "A claim", true);
  const variants = (input.variants ?? []).map(cleanVariant);
  const reason = cleanNote(input.reason ?? "");
  const id = input.id ?? newId();
  const accepted =
    input.acceptedVariant === undefined ? undefined : variants[input.acceptedVariant];
  if (input.status === "settled" && (!accepted || !reason)) {
    throw new ClaimError(
      "invalid_claim",
      "A settled claim needs its accepted variant and a reason.",
    );
  }
  doc.transact(() => {
    let claims = claimsOf(entry);
    if (!claims) {
      claims = new Y.Map();
      entry.set(ENTRY.claims, claims);
    }
    const map = new Y.Map<unknown>();
    claims.set(id, map);
    map.set(CLAIM.label, label);
    map.set(CLAIM.status, input.status ?? "open");
    map.set(CLAIM.acceptedVariantId, input.status === "settled" && accepted ? accepted.id : "");
    map.set(CLAIM.reason, reason);
    map.set(CLAIM.createdAt, input.createdAt ?? Date.now());
    const variantMaps = new Y.Map<Y.Map<unknown>>();
    map.set(CLAIM.variants, variantMaps);
    for (const variant of variants) writeVariant(variantMaps, variant);
    if (!input.status) disputeIfCompeting(map);
  }, origin);
  return id;
}

export function renameClaim(
  doc: Y.Doc,
  entryId: string,
  claimId: string,
  label: string,
  origin?: unknown,
): void {
  const clean = cleanText(label, MAX_CLAIM_LABEL_LENGTH, "A claim", true);
  const map = claimMap(doc, entryId, claimId);
  doc.transact(() => {
    if (str(map, CLAIM.label) !== clean) map.set(CLAIM.label, clean);
  }, origin);
}

/**
 * Sets a claim's status. `settled` needs the accepted variant and a reason;
 * the other statuses clear the accepted variant and keep the reason given.
 */
export function setClaimStatus(
  doc: Y.Doc,
  entryId: string,
  claimId: string,
  input: { status: ClaimStatus; acceptedVariantId?: string; reason?: string },
  origin?: unknown,
): void {
  const map = claimMap(doc, entryId, claimId);
  if (!CLAIM_STATUSES.includes(input.status)) {
    throw new ClaimError("invalid_claim", `"${input.status}" is not a claim status.`);
  }
  const reason = cleanNote(input.reason ?? "");
  let accepted = "";
  if (input.status === "settled") {
    accepted = input.acceptedVariantId ?? "";
    variantMap(map, accepted);
    if (!reason) throw new ClaimError("invalid_claim", "Say why this variant is accepted.");
  }
  doc.transact(() => {
    map.set(CLAIM.status, input.status);
    if (str(map, CLAIM.acceptedVariantId) !== accepted) map.set(CLAIM.acceptedVariantId, accepted);
    if (input.reason !== undefined && str(map, CLAIM.reason) !== reason)
      map.set(CLAIM.reason, reason);
  }, origin);
}

/** Deletes a claim with its variants. Marked words in the body stay, unmarked by readers. */
export function deleteClaim(doc: Y.Doc, entryId: string, claimId: string, origin?: unknown): void {
  claimMap(doc, entryId, claimId);
  const claims = claimsOf(entryMap(doc, entryId));
  doc.transact(() => claims?.delete(claimId), origin);
}

/** Adds a variant; an open claim with two or more variants becomes disputed. Returns its id. */
export function addVariant(
  doc: Y.Doc,
  entryId: string,
  claimId: string,
  input: VariantInput,
  origin?: unknown,
): string {
  const map = claimMap(doc, entryId, claimId);
  const variant = cleanVariant(input);
  doc.transact(() => {
    writeVariant(variantsOf(map), variant);
    disputeIfCompeting(map);
  }, origin);
  return variant.id;
}

export function updateVariant(
  doc: Y.Doc,
  entryId: string,
  claimId: string,
  variantId: string,
  patch: { value?: string; note?: string },
  origin?: unknown,
): void {
  const map = variantMap(claimMap(doc, entryId, claimId), variantId);
  const value =
    patch.value === undefined
      ? undefined
      : cleanText(patch.value, MAX_VARIANT_VALUE_LENGTH, "A variant's value", true);
  const note = patch.note === undefined ? undefined : cleanNote(patch.note);
  doc.transact(() => {
    if (value !== undefined && str(map, VARIANT.value) !== value) map.set(VARIANT.value, value);
    if (note !== undefined && str(map, VARIANT.note) !== note) map.set(VARIANT.note, note);
  }, origin);
}

/**
 * Removes a variant. If it was the accepted one, the claim is no longer
 * settled: it becomes disputed while two or more variants remain, else open.
 */
export function removeVariant(
  doc: Y.Doc,
  entryId: string,
  claimId: string,
  variantId: string,
  origin?: unknown,
): void {
  const claim = claimMap(doc, entryId, claimId);
  variantMap(claim, variantId);
  doc.transact(() => {
    const variants = variantsOf(claim);
    variants.delete(variantId);
    if (str(claim, CLAIM.acceptedVariantId) === variantId) {
      claim.set(CLAIM.acceptedVariantId, "");
      claim.set(CLAIM.status, variants.size >= 2 ? "disputed" : "open");
    }
  }, origin);
}

export function addVariantCitation(
  doc: Y.Doc,
  entryId: string,
  claimId: string,
  variantId: string,
  input: CitationInput,
  origin?: unknown,
): string {
  const variant = variantMap(claimMap(doc, entryId, claimId), variantId);
  const citation = cleanCitation(input);
  doc.transact(() => {
    const citations = citationsOf(variant);
    citations.set(citation.id, storedCitation(citation, nextOrder(citations.values())));
  }, origin);
  return citation.id;
}

export function updateVariantCitation(
  doc: Y.Doc,
  entryId: string,
  claimId: string,
  variantId: string,
  citationId: string,
  patch: Partial<Omit<Citation, "id">>,
  origin?: unknown,
): void {
  const citations = citationsOf(variantMap(claimMap(doc, entryId, claimId), variantId));
  const raw = citations.get(citationId);
  const current = readCitation(raw, citationId);
  if (!current) {
    throw new ClaimError("citation_not_found", `There is no citation ${citationId} here.`);
  }
  const next = cleanCitation({ ...current, ...patch, id: citationId });
  const order = (raw as { order?: unknown }).order;
  doc.transact(
    () => citations.set(citationId, storedCitation(next, typeof order === "number" ? order : 0)),
    origin,
  );
}

export function removeVariantCitation(
  doc: Y.Doc,
  entryId: string,
  claimId: string,
  variantId: string,
  citationId: string,
  origin?: unknown,
): void {
  const citations = citationsOf(variantMap(claimMap(doc, entryId, claimId), variantId));
  if (!citations.has(citationId)) {
    throw new ClaimError("citation_not_found", `There is no citation ${citationId} here.`);
  }
  doc.transact(() => citations.delete(citationId), origin);
}
