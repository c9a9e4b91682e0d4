import edtf, { type EdtfObject, type ExtDate } from "edtf";
import { divisionRange, yearOf } from "./calendar";
import type { DateNode, PointNode, SetNode, WhenNode } from "./tree";

const OPTIONS = { seasonUncertainty: true } as const;

function dateNode(value: ExtDate): DateNode {
  const [year, month, day] = value.values;
  return {
    type: "date",
    year,
    month: value.precision >= 2 ? month + 1 : undefined,
    day: value.precision >= 3 ? day : undefined,
    approximate: value.approximate.value,
    uncertain: value.uncertain.value,
    unspecified: value.unspecified.value,
    min: value.min,
    max: value.max,
  };
}

function convert(value: EdtfObject): WhenNode | null {
  switch (value.type) {
    case "Date":
      // Precision 0 is a date with a time of day, which Parallax does not use.
      return value.precision >= 1 ? dateNode(value) : null;
    case "Season": {
      const [year, code] = value.values;
      // edtf reads seasons as calendar quarters; keep its year span, use our months.
      const span = divisionRange(code, yearOf(value.min), yearOf(value.max));
      return {
        type: "season",
        year,
        code,
        approximate: value.approximate.value,
        uncertain: value.uncertain.value,
        unspecified: value.unspecified.value,
        ...span,
      };
    }
    case "Decade":
    case "Century":
      return {
        type: value.type === "Decade" ? "decade" : "century",
        value: value.values[0],
        approximate: value.approximate,
        uncertain: value.uncertain,
        min: value.min,
        max: value.max,
      };
    case "Year":
      return {
        type: "longYear",
        year: value.values[0],
        significant: value.significant || undefined,
        min: value.min,
        max: value.max,
      };
    case "List":
    case "Set": {
      const members = value.values.map((member) => {
        if (!Array.isArray(member)) return dateNode(member);
        const from = dateNode(member[0]);
        const to = dateNode(member[1]);
        return { from, to, min: from.min, max: to.max };
      });
      const node: SetNode = {
        type: "set",
        all: value.type === "List",
        earlier: value.earlier,
        later: value.later,
        members,
        min: value.earlier ? -Infinity : Math.min(...members.map((member) => member.min)),
        max: value.later ? Infinity : Math.max(...members.map((member) => member.max)),
      };
      return node;
    }
    default:
      // Intervals are split and parsed end by end in parse.ts.
      return null;
  }
}

/**
 * Parses one EDTF expression with the `edtf` package (Levels 0–2, plus
 * qualified seasons). Returns null for forms Parallax does not use; throws
 * the package's error for invalid input.
 */
export function parseWithEdtf(text: string): WhenNode | null {
  return convert(edtf(text, OPTIONS));
}

export function isPoint(node: WhenNode | null): node is PointNode {
  return node !== null && node.type !== "interval" && node.type !== "set";
}
