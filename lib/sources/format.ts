/**
 * How sources read on screen.
 *
 * - `formatReference`: the full reference in one style for the whole app,
 *   produced by citeproc (citation-js's plugin-csl) with its built-in
 *   "harvard1" style. That style was chosen over "apa" because its engine
 *   builds in about 25 ms where APA's takes over half a second, on the main
 *   thread of the editor. citeproc is large, so it is loaded on demand
 *   (`loadReferenceStyle`); until then, or if it cannot load (offline), a
 *   plainer reference stands in. Results are cached per item.
 * - `shortReference`: the note form for footnotes and variant lines:
 *   `Saito, “Negotiations to Normalize…”, sec. 4`. Written by hand: it is
 *   needed at once, everywhere, and CSL note output needs a citation cluster
 *   per call.
 */
import type { CslItem, LocatorLabel } from "@/lib/document";
import { describeIssued, issuedYear } from "./dates";
import { familyName } from "./names";

type Citeproc = typeof import("./citeproc");

let citeproc: Citeproc | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads citeproc and the reference style, once; later calls share the first.
 * `formatReference` uses it from then on. Rejects if the code cannot be
 * loaded; formatting then keeps using the plainer reference.
 */
export function loadReferenceStyle(): Promise<void> {
  loading ??= import("./citeproc").then(
    (module) => {
      citeproc = module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether `formatReference` gives the styled reference yet. */
export function referenceStyleReady(): boolean {
  return citeproc !== null;
}

export const REFERENCE_STYLE = "harvard1";

/** What a citation of a deleted source reads as. */
export const MISSING_SOURCE = "Missing source";

/** Abbreviations of CSL locator labels (singular, plural), as in CSL's en-US short terms. */
const LOCATOR_TERMS: Record<LocatorLabel, [string, string]> = {
  page: ["p.", "pp."],
  section: ["sec.", "secs."],
  chapter: ["ch.", "chs."],
  paragraph: ["para.", "paras."],
  part: ["pt.", "pts."],
  note: ["n.", "nn."],
  line: ["l.", "ll."],
  folio: ["fol.", "fols."],
  volume: ["vol.", "vols."],
  book: ["bk.", "bks."],
  column: ["col.", "cols."],
  figure: ["fig.", "figs."],
  issue: ["no.", "nos."],
  number: ["no.", "nos."],
  opus: ["op.", "opp."],
  "sub verbo": ["s.v.", "s.vv."],
  verse: ["v.", "vv."],
};

/** "p. 38", "pp. 38–39", "sec. 4"; "" when there is no locator. */
export function describeLocator(label: LocatorLabel, locator: string): string {
  const value = locator.trim();
  if (!value) return "";
  const [one, many] = LOCATOR_TERMS[label] ?? LOCATOR_TERMS.page;
  // Someone typed the label too ("p. 38"): keep what they wrote.
  if (value.toLowerCase().startsWith(one) || value.toLowerCase().startsWith(many)) return value;
  const plural = /[-–—,&]|\band\b/.test(value);
  return `${plural ? many : one} ${value.replace(/(\d)\s*-\s*(\d)/g, "$1–$2")}`;
}

/** "Saito", "Saito and Kimura", "Saito et al."; editors when there is no author; "" for none. */
export function shortAuthors(source: Pick<CslItem, "author" | "editor">): string {
  const people = source.author?.length ? source.author : source.editor;
  if (!people?.length) return "";
  const names = people.map(familyName);
  const list =
    names.length === 1
      ? names[0]
      : names.length === 2
        ? `${names[0]} and ${names[1]}`
        : `${names[0]} et al.`;
  return source.author?.length ? list : `${list} (${names.length > 1 ? "eds." : "ed."})`;
}

/**
 * A key that orders sources as a bibliography in this style reads: by the
 * name the reference starts with (authors, else editors, else the newspaper
 * or magazine of an unsigned piece, else the title, brackets and quotes
 * aside), then year, then title. Compare keys with `compareReferenceKeys`.
 */
export function referenceSortKey(source: CslItem): string {
  const people = source.author?.length ? source.author : source.editor;
  const unsigned =
    source.type === "article-newspaper" || source.type === "article-magazine"
      ? source["container-title"]
      : undefined;
  const lead = people?.length ? people.map(familyName).join(" ") : (unsigned ?? source.title);
  const year = issuedYear(source.issued);
  const clean = (text: string) => text.replace(/^[\s[(“"'‘«]+/, "");
  return `${clean(lead)}\u0000${year === undefined ? "" : String(year + 10000).padStart(5, "0")}\u0000${clean(source.title)}`;
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Compares two `referenceSortKey`s, in a way that suits Latin, Cyrillic and Japanese alike. */
export function compareReferenceKeys(a: string, b: string): number {
  return collator.compare(a, b);
}

const STOP_WORDS = new Set(["a", "an", "and", "the", "of", "to", "in", "on", "for", "at", "by"]);

/**
 * The title in short: `title-short` if given, else the main title (before a
 * colon) cut to four words ("Negotiations to Normalize…"); text without
 * spaces (Japanese) is cut to 16 characters.
 */
export function shortTitle(source: Pick<CslItem, "title" | "title-short">): string {
  if (source["title-short"]) return source["title-short"];
  const main = source.title.split(/:\s|：/)[0].trim() || source.title.trim();
  const words = main.split(/\s+/);
  if (words.length === 1) {
    const chars = Array.from(main);
    return chars.length > 20 ? `${chars.slice(0, 16).join("")}…` : main;
  }
  if (words.length <= 4) return main;
  const kept = words.slice(0, 4);
  while (kept.length > 1 && STOP_WORDS.has(kept[kept.length - 1].toLowerCase())) kept.pop();
  return `${kept.join(" ").replace(/[,;.]$/, "")}…`;
}

/**
 * A short reference for notes and variant lines: authors (or editors), the
 * short title in quotes, and the locator, e.g. `Saito, “Negotiations to
 * Normalize…”, sec. 4`. Without authors, the container follows the title
 * (`“London talks open”, The Times`). A missing source reads "Missing
 * source", with the locator still shown.
 */
export function shortReference(
  source:
    | Pick<CslItem, "title" | "title-short" | "author" | "editor" | "container-title">
    | null
    | undefined,
  citation?: { label: LocatorLabel; locator: string },
): string {
  const locator = citation ? describeLocator(citation.label, citation.locator) : "";
  if (!source) return [MISSING_SOURCE, locator].filter(Boolean).join(", ");
  const authors = shortAuthors(source);
  // An unsigned piece is known by where it appeared: “London talks open”, The Times.
  const where = authors ? "" : (source["container-title"] ?? "");
  return [authors, `“${shortTitle(source)}”`, where, locator].filter(Boolean).join(", ");
}

function initial(given: string): string {
  return given
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((part) => `${Array.from(part)[0]}.`)
    .join("");
}

/**
 * A plainer reference in the same order as the style (authors, year, title,
 * container, publisher, link), for before citeproc has loaded or when it
 * fails on an item.
 */
export function plainReference(source: CslItem): string {
  const people = (source.author ?? []).map((name) =>
    name.literal || !name.given ? familyName(name) : `${familyName(name)}, ${initial(name.given)}`,
  );
  const names =
    people.length > 1
      ? `${people.slice(0, -1).join(", ")} and ${people[people.length - 1]}`
      : people[0];
  const year = issuedYear(source.issued);
  const date = year ? String(year) : source.issued ? describeIssued(source.issued) : "no date";
  const head = names ? `${names} (${date}) ${source.title}` : `${source.title} (${date})`;
  const container = source["container-title"];
  const publisher = [source["publisher-place"], source.publisher].filter(Boolean).join(": ");
  return `${[head, container, publisher].filter(Boolean).join(". ")}.${
    source.URL ? ` Available at: ${source.URL}.` : ""
  }`;
}

/** Archives are left out by the Harvard style; history needs them: "Archive, place, file." */
function archiveSuffix(source: CslItem, text: string): string {
  const parts = [source.archive, source["archive-place"], source.archive_location].filter(
    (part): part is string => Boolean(part) && !text.includes(part as string),
  );
  return parts.length ? ` ${parts.join(", ")}.` : "";
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 2000;

/**
 * The full reference of a source in the app's one style, as plain text, e.g.
 * `Hasegawa, T. (2005) Racing the Enemy. Cambridge, MA: Belknap Press.`
 * Before `loadReferenceStyle()` has finished it gives `plainReference`.
 * Never throws: an item citeproc cannot handle gets the plainer reference too.
 */
export function formatReference(source: CslItem & { id?: string }): string {
  const { id: _id, ...item } = source;
  if (!citeproc) return plainReference(item) + archiveSuffix(item, "");
  const key = JSON.stringify(item);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let text: string;
  try {
    // A copy: citeproc annotates the items it is given.
    const copy = JSON.parse(key) as Record<string, unknown>;
    text = citeproc.bibliographyText({ ...copy, id: "item" }, REFERENCE_STYLE).trim();
    if (!text) text = plainReference(item);
  } catch {
    text = plainReference(item);
  }
  text += archiveSuffix(item, text);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, text);
  return text;
}
