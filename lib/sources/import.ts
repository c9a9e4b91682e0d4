/**
 * Reading sources from text: CSL-JSON (Zotero, Better BibTeX), BibTeX or
 * BibLaTeX, and RIS. citation-js does the parsing; this module bounds the
 * input, finds each record so one broken record is skipped rather than
 * failing the file, and normalises every item to the document's schema.
 *
 * Only text is read. A DOI or a URL is refused with a message rather than
 * looked up: nothing here touches the network.
 */
import type { CslItem } from "@/lib/document";
import { parseIssued } from "./dates";
import { normalizeItem } from "./normalize";
import { parseText } from "./parsers";

export type SourceFormat = "csl-json" | "bibtex" | "ris";

/** The largest text accepted, in UTF-8 bytes. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** The most records one import may hold. */
export const MAX_IMPORT_ITEMS = 2000;

export type SourceImportErrorCode =
  | "empty"
  | "too_large"
  | "too_many"
  | "unknown_format"
  | "not_offline"
  | "unreadable";

/** The whole text could not be read; `message` says why, for people. */
export class SourceImportError extends Error {
  constructor(
    readonly code: SourceImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SourceImportError";
  }
}

/** A record that was left out, and why. */
export interface SkippedRecord {
  /** Position of the record in the text, from 0. */
  index: number;
  /** Its citation key, when it has one. */
  key?: string;
  /** The line it starts on, from 1, when known. */
  line?: number;
  reason: string;
}

export interface ParsedSources {
  format: SourceFormat;
  items: CslItem[];
  skipped: SkippedRecord[];
}

interface RawRecord {
  index: number;
  key?: string;
  line?: number;
  raw?: Record<string, unknown>;
  error?: string;
}

function byteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const DOI_OR_URL = /^(?:doi:\s*|https?:\/\/\S+$|10\.\d{4,9}\/\S+$)/i;

/** Which format the text is in, from its first significant characters; undefined if none. */
export function detectFormat(text: string): SourceFormat | undefined {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) return "csl-json";
  if (/^\s*TY {2}-/m.test(text)) return "ris";
  if (/@\s*[A-Za-z]+\s*[{(]/.test(text)) return "bibtex";
  return undefined;
}

function tooMany(count: number): SourceImportError {
  return new SourceImportError(
    "too_many",
    `This holds ${count.toLocaleString("en")} records; one import takes at most ${MAX_IMPORT_ITEMS.toLocaleString("en")}. Split the file and import it in parts.`,
  );
}

/** The first line of a parser's message, without the parser's own line numbers. */
function parserMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message
    .split("\n")[0]
    .replace(/\s+at line \d+ col \d+:?$/, "")
    .trim();
  return first.replace(/:$/, "");
}

// ---------------------------------------------------------------- CSL-JSON

function readCslJson(text: string): RawRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SourceImportError(
      "unreadable",
      `This is not valid JSON (${parserMessage(error)}). Export CSL-JSON from Zotero, or paste BibTeX or RIS instead.`,
    );
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === "object" && Array.isArray((data as { items?: unknown }).items)
      ? (data as { items: unknown[] }).items
      : [data];
  if (list.length > MAX_IMPORT_ITEMS) throw tooMany(list.length);
  return list.map((value, index) => {
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      return { index, error: "It is not a CSL-JSON object." };
    }
    const record = value as Record<string, unknown>;
    const key =
      typeof record["citation-key"] === "string"
        ? record["citation-key"]
        : typeof record.id === "string" || typeof record.id === "number"
          ? String(record.id)
          : undefined;
    return { index, key, raw: record };
  });
}

// ---------------------------------------------------------------- BibTeX

interface BibChunk {
  kind: "entry" | "macro" | "comment";
  text: string;
  line: number;
  key?: string;
}

/** Splits BibTeX at each "@" that starts a line; text outside entries is a comment, as in BibTeX. */
function splitBibtex(text: string): BibChunk[] {
  const starts: number[] = [];
  const re = /^[ \t]*@/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  return starts.map((start, i) => {
    const chunk = text.slice(start, starts[i + 1] ?? text.length);
    const head = /^\s*@\s*([A-Za-z]+)\s*[{(]\s*([^,\s{}()=]*)/.exec(chunk);
    const type = head?.[1]?.toLowerCase() ?? "";
    const line = text.slice(0, start).split("\n").length;
    if (type === "string" || type === "preamble") return { kind: "macro", text: chunk, line };
    if (type === "comment") return { kind: "comment", text: chunk, line };
    return { kind: "entry", text: chunk, line, key: head?.[2] || undefined };
  });
}

function parseBibtexChunk(text: string): Record<string, unknown> | string {
  try {
    const items = parseText(text, "@biblatex/text");
    if (items.length === 1) return items[0];
    return items.length === 0 ? "No entry could be read here." : "This holds more than one entry.";
  } catch (error) {
    return parserMessage(error);
  }
}

function readBibtex(text: string): RawRecord[] {
  const chunks = splitBibtex(text);
  const entries = chunks.filter((chunk) => chunk.kind === "entry");
  if (entries.length > MAX_IMPORT_ITEMS) throw tooMany(entries.length);
  // The whole file first: @string macros and crossrefs work across entries.
  try {
    const items = parseText(text, "@biblatex/text");
    if (items.length > 0) {
      const lines = new Map(entries.map((entry) => [entry.key, entry.line]));
      return items.map((raw, index) => {
        const key = typeof raw["citation-key"] === "string" ? raw["citation-key"] : undefined;
        return { index, key, line: key ? lines.get(key) : undefined, raw };
      });
    }
  } catch {
    // One entry is broken: read them one by one below, so only that one is lost.
  }
  const macros = chunks
    .filter((chunk) => chunk.kind === "macro")
    .map((chunk) => chunk.text)
    .join("\n");
  return entries.map((entry, index) => {
    const result = parseBibtexChunk(macros ? `${macros}\n${entry.text}` : entry.text);
    if (typeof result === "string") {
      return {
        index,
        key: entry.key,
        line: entry.line,
        error: `This BibTeX entry could not be read (${result}). Check its braces, quotes and commas.`,
      };
    }
    return { index, key: entry.key, line: entry.line, raw: result };
  });
}

// ---------------------------------------------------------------- RIS

interface RisRecord {
  lines: string[];
  line: number;
  hasType: boolean;
}

const RIS_TAG = /^([A-Z][A-Z0-9]) {2}-(?: (.*)|$)/;

/** Splits RIS into records: TY opens one, ER closes it; tags outside a record make a broken one. */
function splitRis(text: string): RisRecord[] {
  const records: RisRecord[] = [];
  let current: RisRecord | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/, "").trimEnd();
    const tag = RIS_TAG.exec(line.trimStart())?.[1];
    if (tag === "TY") {
      current = { lines: [line.trimStart()], line: i + 1, hasType: true };
      records.push(current);
    } else if (tag === "ER") {
      current = undefined;
    } else if (current) {
      current.lines.push(line);
    } else if (tag) {
      current = { lines: [line.trimStart()], line: i + 1, hasType: false };
      records.push(current);
    }
  });
  return records;
}

function risValue(lines: string[], tag: string): string | undefined {
  for (const line of lines) {
    const m = RIS_TAG.exec(line.trimStart());
    if (m?.[1] === tag && m[2]?.trim()) return m[2].trim();
  }
  return undefined;
}

function readRis(text: string): RawRecord[] {
  const records = splitRis(text);
  if (records.length > MAX_IMPORT_ITEMS) throw tooMany(records.length);
  return records.map((record, index) => {
    const key = risValue(record.lines, "ID");
    if (!record.hasType) {
      return {
        index,
        key,
        line: record.line,
        error: "This RIS record does not start with a TY (type) line.",
      };
    }
    let raw: Record<string, unknown> | undefined;
    try {
      raw = parseText(`${record.lines.join("\n")}\nER  - \n`, "@ris/file")[0];
    } catch (error) {
      return {
        index,
        key,
        line: record.line,
        error: `This RIS record could not be read (${parserMessage(error)}).`,
      };
    }
    if (!raw) return { index, key, line: record.line, error: "This RIS record is empty." };
    // Newspaper and other records keep their date in DA, which citation-js maps only for some types.
    if (raw.issued === undefined) {
      const date = risValue(record.lines, "DA") ?? risValue(record.lines, "Y1");
      const issued = date ? parseIssued(date) : undefined;
      if (issued) raw = { ...raw, issued };
    }
    return { index, key, line: record.line, raw };
  });
}

// ---------------------------------------------------------------- entry point

const READERS: Record<SourceFormat, (text: string) => RawRecord[]> = {
  "csl-json": readCslJson,
  bibtex: readBibtex,
  ris: readRis,
};

/**
 * Reads sources from CSL-JSON, BibTeX or RIS text. Records that cannot be
 * read, or hold no title, are listed in `skipped` with a reason; the rest
 * come back as valid CSL items (without ids), in the order of the text.
 *
 * Throws only `SourceImportError`: for empty, oversized or unrecognised text.
 */
export function parseSources(text: string, format: "auto" | SourceFormat = "auto"): ParsedSources {
  if (typeof text !== "string" || text.trim() === "") {
    throw new SourceImportError("empty", "Paste BibTeX, RIS or CSL-JSON, or choose a file.");
  }
  if (byteLength(text) > MAX_IMPORT_BYTES) {
    throw new SourceImportError(
      "too_large",
      "This is larger than 2 MB. Split the file and import it in parts.",
    );
  }
  const chosen = format === "auto" ? detectFormat(text) : format;
  if (!chosen) {
    if (DOI_OR_URL.test(text.trim())) {
      throw new SourceImportError(
        "not_offline",
        "Parallax does not look up DOIs or links. Export the reference from Zotero or the publisher's page as BibTeX, RIS or CSL-JSON, and paste that.",
      );
    }
    throw new SourceImportError(
      "unknown_format",
      "This is not BibTeX (@book{…}), RIS (TY  - …) or CSL-JSON ([{…}]). Export your references in one of these formats.",
    );
  }

  let records: RawRecord[];
  try {
    records = READERS[chosen](text);
  } catch (error) {
    if (error instanceof SourceImportError) throw error;
    throw new SourceImportError(
      "unreadable",
      `This ${chosen === "csl-json" ? "CSL-JSON" : chosen === "ris" ? "RIS" : "BibTeX"} could not be read (${parserMessage(error)}).`,
    );
  }
  if (records.length === 0) {
    throw new SourceImportError(
      "empty",
      chosen === "bibtex"
        ? "No BibTeX entries were found (each starts with @type{key, …)."
        : chosen === "ris"
          ? "No RIS records were found (each starts with TY  - and ends with ER  -)."
          : "No CSL-JSON items were found.",
    );
  }

  const items: CslItem[] = [];
  const skipped: SkippedRecord[] = [];
  for (const record of records) {
    const where = { index: record.index, key: record.key, line: record.line };
    if (!record.raw) {
      skipped.push({ ...where, reason: record.error ?? "This record could not be read." });
      continue;
    }
    const normalized = normalizeItem(record.raw);
    if (normalized.ok) items.push(normalized.item);
    else skipped.push({ ...where, reason: normalized.reason });
  }
  for (const entry of skipped) {
    if (entry.key === undefined) delete entry.key;
    if (entry.line === undefined) delete entry.line;
  }
  return { format: chosen, items, skipped };
}

/**
 * About how much CSL-JSON one transaction of an import may carry. The server
 * refuses websocket messages above MAX_MESSAGE_BYTES (1 MiB by default) and
 * each transaction is sent as one message, so a large import is written in
 * several transactions; an undo manager still merges them into one step.
 */
export const IMPORT_BATCH_BYTES = 256 * 1024;

/** Splits items into runs of at most `maxBytes` of JSON each (an item larger than that goes alone). */
export function batchForTransactions<T>(items: readonly T[], maxBytes = IMPORT_BATCH_BYTES): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = byteLength(JSON.stringify(item));
    if (current.length > 0 && size + bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
