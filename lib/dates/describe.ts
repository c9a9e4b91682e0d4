import { endOfDay, endOfMonth, MONTH_NAMES } from "./calendar";
import { parseWhenTree } from "./parse";
import {
  DAY_BITS,
  type DateNode,
  type DecadeNode,
  type IntervalEnd,
  type IntervalNode,
  type LongYearNode,
  MONTH_BITS,
  type PointNode,
  type SeasonNode,
  type SetNode,
  YEAR_BITS,
} from "./tree";

/**
 * A `when` in plain English, for people who do not read EDTF:
 * "1 June 1955", "about December 1955", "2–21 September 1955",
 * "summer 1956", "spring 1956?", "1950s", "from June 1955". "" reads
 * "Undated"; invalid input is returned as it is. Never throws.
 */
export function describeWhen(input: string): string {
  if (typeof input !== "string" || !input.trim()) return "Undated";
  let text = cache.get(input);
  if (text === undefined) {
    text = describeFresh(input);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(input, text);
  }
  return text;
}

/** Lists of thousands of entries show a preview for each on every render. */
const CACHE_LIMIT = 20_000;
const cache = new Map<string, string>();

function describeFresh(input: string): string {
  try {
    const tree = parseWhenTree(input);
    if (!tree) return input;
    switch (tree.type) {
      case "interval":
        return describeInterval(tree);
      case "set":
        return describeSet(tree);
      default:
        return render(label(tree));
    }
  } catch {
    return input;
  }
}

/** A date broken into the words a reader sees, so ranges can share a month or year. */
interface Label {
  day?: string;
  month?: string;
  year?: string;
  /** Replaces day, month and year when the date cannot be said part by part. */
  whole?: string;
  about: boolean;
  question: boolean;
  notes: string[];
}

const SEASON_NAMES: Record<number, string> = {
  21: "spring",
  22: "summer",
  23: "autumn",
  24: "winter",
  25: "spring",
  26: "summer",
  27: "autumn",
  28: "winter",
  29: "spring",
  30: "summer",
  31: "autumn",
  32: "winter",
};
const DIVISION_NAMES: Record<number, string> = {
  33: "first quarter of",
  34: "second quarter of",
  35: "third quarter of",
  36: "fourth quarter of",
  37: "January–April",
  38: "May–August",
  39: "September–December",
  40: "first half of",
  41: "second half of",
};

/** Astronomical year numbering, as in EDTF: year 0 is 1 BC. */
function yearText(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BC`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

function joinWords(words: string[], conjunction = "and"): string {
  if (words.length < 2) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${conjunction} ${words[words.length - 1]}`;
}

function plain(): Pick<Label, "about" | "question" | "notes"> {
  return { about: false, question: false, notes: [] };
}

/**
 * Reads qualifier bitmasks: a qualifier over every part becomes "about …"
 * or "…?"; one over some parts becomes a note such as "(month uncertain)".
 */
function qualify(
  target: Label,
  parts: [name: string, bits: number][],
  approximate: number,
  uncertain: number,
): void {
  for (const [mask, word, whole] of [
    [approximate, "approximate", "about"],
    [uncertain, "uncertain", "question"],
  ] as const) {
    const marked = parts.filter(([, bits]) => (mask & bits) !== 0).map(([name]) => name);
    if (!marked.length) continue;
    if (marked.length === parts.length) target[whole] = true;
    else target.notes.push(`${joinWords(marked)} ${word}`);
  }
}

function render(target: Label): string {
  let text = target.whole ?? [target.day, target.month, target.year].filter(Boolean).join(" ");
  if (target.about) text = `about ${text}`;
  if (target.question) text = `${text}?`;
  if (target.notes.length) text = `${text} (${target.notes.join("; ")})`;
  return text;
}

function label(node: PointNode): Label {
  switch (node.type) {
    case "date":
      return dateLabel(node);
    case "season":
      return seasonLabel(node);
    case "decade":
    case "century":
      return decadeLabel(node);
    case "longYear":
      return longYearLabel(node);
  }
}

/** A day, month or year read off an instant, for dates with X digits. */
function dateAt(instant: number, precision: "day" | "month" | "year"): DateNode {
  const date = new Date(instant);
  const year = date.getUTCFullYear();
  const month = precision === "year" ? undefined : date.getUTCMonth() + 1;
  const day = precision === "day" ? date.getUTCDate() : undefined;
  return {
    type: "date",
    year,
    month,
    day,
    approximate: 0,
    uncertain: 0,
    unspecified: 0,
    min: instant,
    max: day !== undefined ? endOfDay(year, month as number, day) : endOfMonth(year, month ?? 12),
  };
}

function dateLabel(node: DateNode): Label {
  const parts: [string, number][] = [["year", YEAR_BITS]];
  if (node.month !== undefined) parts.push(["month", MONTH_BITS]);
  if (node.day !== undefined) parts.push(["day", DAY_BITS]);
  const target: Label = { ...plain(), year: yearText(node.year) };
  qualify(target, parts, node.approximate, node.uncertain);
  if (node.unspecified) {
    target.whole = unspecifiedText(node, target);
    return target;
  }
  if (node.month !== undefined) target.month = MONTH_NAMES[node.month - 1];
  if (node.day !== undefined) target.day = String(node.day);
  return target;
}

/** `195X`, `1955-XX`, `1955-06-1X` and other dates with unspecified digits. */
function unspecifiedText(node: DateNode, target: Label): string {
  const yearX = node.unspecified & YEAR_BITS;
  const monthX = node.unspecified & MONTH_BITS;
  const dayX = node.unspecified & DAY_BITS;
  const year = yearText(node.year);
  const month = node.month === undefined ? "" : MONTH_NAMES[node.month - 1];
  if (node.year >= 0 && node.month === undefined) {
    if (yearX === 8) return `${node.year}s`;
    if (yearX === 12) return `${ordinal(Math.floor(node.year / 100) + 1)} century`;
    if (yearX === 15) return "an unknown year";
  }
  if (!yearX && monthX === MONTH_BITS && node.day === undefined) return `${year} (month unknown)`;
  if (!yearX && monthX === MONTH_BITS && dayX === DAY_BITS)
    return `${year} (month and day unknown)`;
  if (!yearX && !monthX && dayX === DAY_BITS) return `${month} ${year} (day unknown)`;
  // Anything else: the span it can mean, e.g. "10–19 June 1955 (exact day unknown)".
  const precision = node.day !== undefined ? "day" : node.month !== undefined ? "month" : "year";
  const span = rangeText(label(dateAt(node.min, precision)), label(dateAt(node.max, precision)), [
    dateAt(node.min, precision),
    dateAt(node.max, precision),
  ]);
  target.notes.push(`exact ${precision} unknown`);
  return span;
}

function seasonLabel(node: SeasonNode): Label {
  const target: Label = { ...plain(), year: yearText(node.year) };
  qualify(
    target,
    [
      ["year", YEAR_BITS],
      [node.code <= 32 ? "season" : "part of the year", MONTH_BITS],
    ],
    node.approximate,
    node.uncertain,
  );
  if (node.unspecified) {
    const decade = node.unspecified === 8 ? `the ${node.year}s` : "an unknown year";
    target.whole = `${SEASON_NAMES[node.code] ?? DIVISION_NAMES[node.code]} in ${decade}`;
    return target;
  }
  if (SEASON_NAMES[node.code]) {
    // Seasons read like months, so ranges can share the year: "spring–autumn 1956".
    target.month = SEASON_NAMES[node.code];
    if (node.code >= 25 && node.code <= 28) target.notes.push("Northern Hemisphere");
    if (node.code >= 29) target.notes.push("Southern Hemisphere");
  } else {
    target.whole = `${DIVISION_NAMES[node.code]} ${target.year}`;
  }
  return target;
}

function decadeLabel(node: DecadeNode): Label {
  const target: Label = { ...plain(), about: node.approximate, question: node.uncertain };
  if (node.value < 0) {
    target.whole = `${yearText(new Date(node.min).getUTCFullYear())} – ${yearText(new Date(node.max).getUTCFullYear())}`;
  } else if (node.type === "decade") {
    target.whole = `${target.about ? "the " : ""}${node.value * 10}s`;
  } else {
    target.whole = `${target.about ? "the " : ""}${ordinal(node.value + 1)} century`;
  }
  return target;
}

function longYearLabel(node: LongYearNode): Label {
  return { ...plain(), year: yearText(node.year), about: Boolean(node.significant) };
}

/** Whether a side of a range may be written short ("2" in "2–21 September 1955"). */
function sharable(side: Label): boolean {
  return side.whole === undefined && side.notes.length === 0;
}

/**
 * "2–21 September 1955", "June–August 1955", "20 December 1955 – 10 January 1956".
 * A range shares the month or year of its end when both ends are plain
 * dates of the same precision, and the end carries no qualifier.
 */
function rangeText(from: Label, to: Label, nodes: [PointNode, PointNode]): string {
  const [a, b] = nodes;
  const samePrecision =
    (from.day === undefined) === (to.day === undefined) &&
    (from.month === undefined) === (to.month === undefined);
  const canShare =
    sharable(from) &&
    sharable(to) &&
    !to.about &&
    !to.question &&
    samePrecision &&
    a.type === b.type;
  let left = from;
  let suffix = "";
  let right = to;
  if (canShare && from.year === to.year && from.month !== undefined) {
    if (from.day !== undefined && from.month === to.month) {
      left = { ...from, month: undefined, year: undefined };
      right = { ...to, month: undefined, year: undefined };
      suffix = ` ${to.month} ${to.year}`;
    } else {
      left = { ...from, year: undefined };
      right = { ...to, year: undefined };
      suffix = ` ${to.year}`;
    }
  }
  const leftText = render(left);
  const rightText = render(right);
  const tight = !/[\s?]/.test(leftText) && !/[\s?]/.test(rightText);
  return `${leftText}${tight ? "–" : " – "}${rightText}${suffix}`;
}

function endText(end: IntervalEnd): string {
  return typeof end === "string" ? "" : render(label(end));
}

function describeInterval(node: IntervalNode): string {
  const { start, end } = node;
  if (typeof start === "string") {
    return start === "open" ? `until ${endText(end)}` : `until ${endText(end)} (start unknown)`;
  }
  if (typeof end === "string") {
    return end === "open" ? `from ${endText(start)}` : `from ${endText(start)} (end unknown)`;
  }
  return rangeText(label(start), label(end), [start, end]);
}

function describeSet(node: SetNode): string {
  const conjunction = node.all ? "and" : "or";
  const items = node.members.map((member) =>
    "from" in member
      ? rangeText(label(member.from), label(member.to), [member.from, member.to])
      : render(label(member)),
  );
  if (node.earlier) items[0] = `${items[0]} ${conjunction} earlier`;
  if (node.later) items[items.length - 1] = `${items[items.length - 1]} ${conjunction} later`;
  if (items.length < 2) return items.join("");
  const nested = items.some((item) => item.includes(` ${conjunction} `));
  return nested
    ? `${items.slice(0, -1).join(", ")}, ${conjunction} ${items[items.length - 1]}`
    : joinWords(items, conjunction);
}
