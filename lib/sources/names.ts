/**
 * Names of authors and editors as one line each: "Family, Given" for a
 * person, anything without a comma for an institution or a single name
 * ("Ministry of Foreign Affairs of Japan", "Plato").
 */
import type { CslName } from "@/lib/document";

/** Reads one name per line; blank lines are skipped. */
export function parseNames(text: string): CslName[] {
  const out: CslName[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(/\s+/g, " ");
    if (!line) continue;
    const comma = line.indexOf(",");
    if (comma < 0) {
      out.push({ literal: line });
      continue;
    }
    const family = line.slice(0, comma).trim();
    const rest = line.slice(comma + 1).trim();
    // "Family, Jr., Given" is BibTeX's order for a suffix.
    const suffixMatch = /^(Jr\.?|Sr\.?|I{2,3}|IV),\s*(.*)$/i.exec(rest);
    const name: CslName = family ? { family } : { literal: rest };
    if (family && suffixMatch) {
      name.suffix = suffixMatch[1];
      if (suffixMatch[2]) name.given = suffixMatch[2];
    } else if (family && rest) {
      name.given = rest;
    }
    out.push(name);
  }
  return out;
}

/** The family name with its particle ("van Gogh"), or the literal name. */
export function familyName(name: CslName): string {
  if (name.literal) return name.literal;
  return [name["non-dropping-particle"], name.family].filter(Boolean).join(" ");
}

/** One name as a line for `parseNames` (a family name alone comes back as a literal, which reads the same). */
export function nameLine(name: CslName): string {
  if (name.literal) return name.literal;
  const family = familyName(name);
  const given = [name.given, name["dropping-particle"]].filter(Boolean).join(" ");
  if (name.suffix) return `${family}, ${name.suffix}, ${given}`.replace(/, $/, "");
  return given ? `${family}, ${given}` : family;
}

/** Names as lines for a textarea. */
export function namesText(names: CslName[] | undefined): string {
  return (names ?? []).map(nameLine).join("\n");
}
