import * as Y from "yjs";
import { newId } from "./ids";
import { isHexColor, LANE_COLORS } from "./palette";
import { ENTRY, entriesMap, LANE, lanesMap, num, str } from "./shape";

export interface Lane {
  id: string;
  name: string;
  color: string;
  order: number;
}

export class LaneError extends Error {
  constructor(
    readonly code: "lane_not_found" | "invalid_color" | "invalid_name",
    message: string,
  ) {
    super(message);
    this.name = "LaneError";
  }
}

/** Lanes in display order (by `order`, then id for a stable tie-break). */
export function listLanes(doc: Y.Doc): Lane[] {
  const lanes: Lane[] = [];
  lanesMap(doc).forEach((map, id) => {
    // Values without the documented layout (written by a foreign peer) are not lanes.
    if (!(map instanceof Y.Map)) return;
    lanes.push({
      id,
      name: str(map, LANE.name),
      color: str(map, LANE.color, LANE_COLORS[0]),
      order: num(map, LANE.order),
    });
  });
  return lanes.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new LaneError("invalid_name", "A lane needs a name.");
  if (trimmed.length > 80)
    throw new LaneError("invalid_name", "A lane name has at most 80 characters.");
  return trimmed;
}

export function createLane(
  doc: Y.Doc,
  input: { name: string; color?: string; id?: string },
  origin?: unknown,
): string {
  const name = cleanName(input.name);
  const existing = listLanes(doc);
  const color = input.color ?? LANE_COLORS[existing.length % LANE_COLORS.length];
  if (!isHexColor(color))
    throw new LaneError("invalid_color", `"${color}" is not a colour like #2563eb.`);
  const id = input.id ?? newId();
  const order = existing.length ? existing[existing.length - 1].order + 1 : 0;
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set(LANE.name, name);
    map.set(LANE.color, color);
    map.set(LANE.order, order);
    lanesMap(doc).set(id, map);
  }, origin);
  return id;
}

function laneMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  const map = lanesMap(doc).get(id);
  if (!(map instanceof Y.Map)) throw new LaneError("lane_not_found", `There is no lane ${id}.`);
  return map;
}

export function renameLane(doc: Y.Doc, id: string, name: string, origin?: unknown): void {
  const clean = cleanName(name);
  doc.transact(() => laneMap(doc, id).set(LANE.name, clean), origin);
}

export function recolorLane(doc: Y.Doc, id: string, color: string, origin?: unknown): void {
  if (!isHexColor(color))
    throw new LaneError("invalid_color", `"${color}" is not a colour like #2563eb.`);
  doc.transact(() => laneMap(doc, id).set(LANE.color, color), origin);
}

/**
 * Moves a lane to `toIndex` in display order. Only the moved lane's `order`
 * changes (to a value between its new neighbours), so concurrent moves of
 * different lanes both survive.
 */
export function moveLane(doc: Y.Doc, id: string, toIndex: number, origin?: unknown): void {
  const others = listLanes(doc).filter((lane) => lane.id !== id);
  const index = Math.max(0, Math.min(toIndex, others.length));
  const before = others[index - 1]?.order;
  const after = others[index]?.order;
  let order: number;
  if (before === undefined && after === undefined) order = 0;
  else if (before === undefined) order = (after as number) - 1;
  else if (after === undefined) order = before + 1;
  else order = (before + after) / 2;
  doc.transact(() => laneMap(doc, id).set(LANE.order, order), origin);
}

/**
 * Deletes a lane. Its entries move to `moveEntriesTo` (an existing other
 * lane) or to the first other lane, so deleting a lane never deletes content.
 */
export function deleteLane(doc: Y.Doc, id: string, moveEntriesTo?: string, origin?: unknown): void {
  laneMap(doc, id);
  if (moveEntriesTo !== undefined && (moveEntriesTo === id || !lanesMap(doc).has(moveEntriesTo))) {
    throw new LaneError(
      "lane_not_found",
      `Entries cannot move to lane ${moveEntriesTo}: it is not another lane of this timeline.`,
    );
  }
  const target = moveEntriesTo ?? listLanes(doc).find((lane) => lane.id !== id)?.id ?? "";
  doc.transact(() => {
    entriesMap(doc).forEach((entry) => {
      if (entry instanceof Y.Map && entry.get(ENTRY.laneId) === id) entry.set(ENTRY.laneId, target);
    });
    lanesMap(doc).delete(id);
  }, origin);
}
