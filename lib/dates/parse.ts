import { isRepresentable } from "./calendar";
import { diagnose, diagnoseNotation } from "./diagnose";
import { WHEN_EXAMPLES, WhenError } from "./errors";
import { isPoint, parseWithEdtf } from "./fromEdtf";
import { parseSimple } from "./simple";
import type { DateNode, IntervalEnd, PointNode, SeasonNode, WhenNode } from "./tree";
import { MAX_WHEN_LENGTH, type ParsedWhen, type WhenBound, type WhenResult } from "./types";

type Parsed = { ok: true; value: ParsedWhen; tree: WhenNode } | Extract<WhenResult, { ok: false }>;

/** Parses are pure, so they are cached: views re-sort thousands of entries on every change. */
const CACHE_LIMIT = 20_000;
const cache = new Map<string, Parsed>();

/**
 * Parses an EDTF `when` string (Levels 0–2: days, months, years, seasons,
 * decades, centuries, X digits, `~ ? %` qualifiers on the whole or on one
 * part, intervals with open `..` or unknown ends, and `[…]` / `{…}` sets).
 * Never throws; invalid input gets a readable error with an example.
 */
export function parseWhen(input: string): WhenResult {
  const parsed = parseCached(input);
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}

/** The structure behind a valid `when`, for the readable preview; null if invalid. */
export function parseWhenTree(input: string): WhenNode | null {
  const parsed = parseCached(input);
  return parsed.ok ? parsed.tree : null;
}

function parseCached(input: string): Parsed {
  if (typeof input !== "string")
    return { ok: false, code: "syntax", error: `A date is text in EDTF. ${WHEN_EXAMPLES}` };
  let parsed = cache.get(input);
  if (!parsed) {
    parsed = parseFresh(input);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(input, parsed);
  }
  return parsed;
}

function parseFresh(input: string): Parsed {
  const text = input.trim().replace(/\s*,\s*/g, ",");
  if (!text) return { ok: false, code: "empty", error: `Enter a date. ${WHEN_EXAMPLES}` };
  if (text.length > MAX_WHEN_LENGTH) {
    return {
      ok: false,
      code: "too_long",
      error: `A date has at most ${MAX_WHEN_LENGTH} characters, e.g. 1955-09-02/1955-09-21.`,
    };
  }
  try {
    const tree = parseTree(text);
    return { ok: true, value: Object.freeze(summarize(text, tree)), tree };
  } catch (error) {
    const problem = error instanceof WhenError ? error : diagnose(text);
    return { ok: false, code: problem.code, error: problem.message };
  }
}

function parseTree(text: string): WhenNode {
  const simple = parseSimple(text);
  if (simple) return simple;
  const notation = diagnoseNotation(text);
  if (notation) throw notation;
  if (text.includes("/")) return parseInterval(text);
  const node = parsePoint(text);
  checkRange(node);
  return node;
}

/** One date, season, decade, century or set. Throws a WhenError explaining any problem. */
function parsePoint(text: string): WhenNode {
  const simple = parseSimple(text);
  if (simple) return simple;
  // The edtf package quietly turns impossible days such as 1955-02-29 into
  // real ones, and its own errors are grammar dumps: explain first.
  const problem = diagnose(text);
  if (problem.code !== "syntax") throw problem;
  let node: WhenNode | null;
  try {
    node = parseWithEdtf(text);
  } catch {
    throw problem;
  }
  if (!node) throw problem;
  if (node.type === "set") {
    for (const member of node.members) {
      if ("from" in member && member.from.min >= member.to.min) {
        throw new WhenError(
          "interval_order",
          `A range in a set runs from earlier to later, e.g. [1955..1957], not [1957..1955].`,
        );
      }
    }
  }
  return node;
}

function parseEnd(text: string): IntervalEnd {
  if (text === "") return "unknown";
  if (text === "..") return "open";
  const node = parsePoint(text);
  if (!isPoint(node) || (node.type !== "date" && node.type !== "season")) {
    throw new WhenError(
      "interval_ends",
      `Each end of an interval is a date or a season, e.g. 1955-06/1955-08 or 1956-21/1956-23; "${text}" cannot be one.`,
    );
  }
  checkRange(node);
  return node;
}

function parseInterval(text: string): WhenNode {
  const parts = text.split("/");
  if (parts.length !== 2) {
    throw new WhenError(
      "syntax",
      `An interval has one slash between its start and end, e.g. 1955-09-02/1955-09-21.`,
    );
  }
  const start = parseEnd(parts[0]);
  const end = parseEnd(parts[1]);
  if (typeof start === "string" && typeof end === "string") {
    throw new WhenError(
      "interval_ends",
      "An interval needs at least one date, e.g. 1955/.. (from 1955 on) or ../1956 (until 1956).",
    );
  }
  if (typeof start !== "string" && typeof end !== "string") {
    if (start.type !== end.type) {
      throw new WhenError(
        "interval_ends",
        "An interval joins two dates or two seasons, e.g. 1955-03/1956 or 1956-21/1956-23, not a season and a date.",
      );
    }
    if (start.min >= end.min) {
      throw new WhenError(
        "interval_order",
        `An interval ends after it starts: ${parts[1]} does not come after ${parts[0]}. Write the earlier date first, e.g. 1955-06/1955-08.`,
      );
    }
  }
  return {
    type: "interval",
    start,
    end,
    min: typeof start === "string" ? -Infinity : start.min,
    max: typeof end === "string" ? Infinity : end.max,
  };
}

function checkRange(node: WhenNode): void {
  const spans = node.type === "set" ? node.members : [node];
  for (const span of spans) {
    if (!isRepresentable(span.min) || !isRepresentable(span.max)) {
      throw new WhenError(
        "out_of_range",
        "This date is too far in the past or the future to place on a timeline (years -271820 to 275759).",
      );
    }
  }
}

/** All the dates a tree is made of, for qualifier flags. */
function pointsOf(tree: WhenNode): PointNode[] {
  switch (tree.type) {
    case "interval":
      return [tree.start, tree.end].filter((end): end is PointNode => typeof end !== "string");
    case "set":
      return tree.members.flatMap((member) =>
        "from" in member ? [member.from, member.to] : [member],
      );
    default:
      return [tree];
  }
}

function pointKind(node: PointNode): ParsedWhen["kind"] {
  switch (node.type) {
    case "date":
      if (node.day !== undefined) return "day";
      if (node.month !== undefined) return "month";
      if (node.unspecified === 8) return "decade";
      if (node.unspecified === 12) return "century";
      return "year";
    case "season":
      return "season";
    case "decade":
    case "century":
      return node.type;
    case "longYear":
      return "year";
  }
}

function flags(node: PointNode) {
  if (node.type === "decade" || node.type === "century") {
    return { approximate: node.approximate, uncertain: node.uncertain, unspecified: false };
  }
  if (node.type === "longYear")
    return { approximate: Boolean(node.significant), uncertain: false, unspecified: false };
  const dated = node as DateNode | SeasonNode;
  return {
    approximate: dated.approximate > 0,
    uncertain: dated.uncertain > 0,
    unspecified: dated.unspecified > 0,
  };
}

function bound(end: IntervalEnd): WhenBound {
  return typeof end === "string" ? end : "known";
}

function summarize(text: string, tree: WhenNode): ParsedWhen {
  const points = pointsOf(tree).map(flags);
  const approximate = points.some((point) => point.approximate);
  const uncertain = points.some((point) => point.uncertain);
  return {
    edtf: text,
    kind: tree.type === "interval" ? "interval" : tree.type === "set" ? "set" : pointKind(tree),
    min: tree.min,
    max: tree.max,
    approximate,
    uncertain,
    fuzzy: approximate || uncertain,
    unspecified: points.some((point) => point.unspecified),
    start:
      tree.type === "interval"
        ? bound(tree.start)
        : tree.type === "set" && tree.earlier
          ? "open"
          : "known",
    end:
      tree.type === "interval"
        ? bound(tree.end)
        : tree.type === "set" && tree.later
          ? "open"
          : "known",
  };
}
