import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createEntry,
  createLane,
  deleteLane,
  LANE_COLORS,
  LaneError,
  listLanes,
  moveLane,
  readEntry,
  recolorLane,
  renameLane,
} from "@/lib/document";

const names = (doc: Y.Doc) => listLanes(doc).map((lane) => lane.name);

function expectLaneError(fn: () => unknown, code: LaneError["code"]) {
  expect(fn).toThrow(LaneError);
  try {
    fn();
  } catch (error) {
    expect((error as LaneError).code).toBe(code);
  }
}

describe("lanes", () => {
  it("creates lanes in order with palette colours", () => {
    const doc = new Y.Doc();
    const a = createLane(doc, { name: " War & capture " });
    createLane(doc, { name: "Prisoners" });
    createLane(doc, { name: "Negotiations", color: "#123abc" });
    expect(names(doc)).toEqual(["War & capture", "Prisoners", "Negotiations"]);
    expect(listLanes(doc).map((lane) => lane.color)).toEqual([
      LANE_COLORS[0],
      LANE_COLORS[1],
      "#123abc",
    ]);
    expect(listLanes(doc)[0].id).toBe(a);
  });

  it("renames and recolours", () => {
    const doc = new Y.Doc();
    const id = createLane(doc, { name: "Talks" });
    renameLane(doc, id, "Negotiations");
    recolorLane(doc, id, "#047857");
    expect(listLanes(doc)).toEqual([{ id, name: "Negotiations", color: "#047857", order: 0 }]);
  });

  it("refuses empty names, bad colours and unknown lanes, writing nothing", () => {
    const doc = new Y.Doc();
    const id = createLane(doc, { name: "Talks" });
    const before = Y.encodeStateAsUpdate(doc);
    expectLaneError(() => createLane(doc, { name: "   " }), "invalid_name");
    expectLaneError(() => renameLane(doc, id, "x".repeat(81)), "invalid_name");
    expectLaneError(() => createLane(doc, { name: "x", color: "red" }), "invalid_color");
    expectLaneError(() => recolorLane(doc, id, "#12345"), "invalid_color");
    expectLaneError(() => renameLane(doc, "missing", "x"), "lane_not_found");
    expectLaneError(() => moveLane(doc, "missing", 0), "lane_not_found");
    expectLaneError(() => deleteLane(doc, "missing"), "lane_not_found");
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it("moves a lane to any position", () => {
    const doc = new Y.Doc();
    const [a, b, c, d] = ["A", "B", "C", "D"].map((name) => createLane(doc, { name }));
    moveLane(doc, d, 0);
    expect(names(doc)).toEqual(["D", "A", "B", "C"]);
    moveLane(doc, d, 2);
    expect(names(doc)).toEqual(["A", "B", "D", "C"]);
    moveLane(doc, a, 99);
    expect(names(doc)).toEqual(["B", "D", "C", "A"]);
    moveLane(doc, c, -5);
    expect(names(doc)).toEqual(["C", "B", "D", "A"]);
    expect([a, b, c, d].every((id) => listLanes(doc).some((lane) => lane.id === id))).toBe(true);
  });

  it("deletes a lane and moves its entries to another lane", () => {
    const doc = new Y.Doc();
    const war = createLane(doc, { name: "War" });
    const talks = createLane(doc, { name: "Talks" });
    const pows = createLane(doc, { name: "Prisoners" });
    const e1 = createEntry(doc, { title: "one", laneId: talks });
    const e2 = createEntry(doc, { title: "two", laneId: talks });
    const e3 = createEntry(doc, { title: "three", laneId: pows });
    deleteLane(doc, talks, pows);
    expect(names(doc)).toEqual(["War", "Prisoners"]);
    expect([e1, e2, e3].map((id) => readEntry(doc, id)?.laneId)).toEqual([pows, pows, pows]);
    // Without a target, entries go to the first remaining lane.
    deleteLane(doc, pows);
    expect([e1, e2, e3].map((id) => readEntry(doc, id)?.laneId)).toEqual([war, war, war]);
    // The last lane leaves its entries without a lane, never deletes them.
    deleteLane(doc, war);
    expect([e1, e2, e3].map((id) => readEntry(doc, id)?.laneId)).toEqual(["", "", ""]);
  });

  it("refuses to move entries into a lane that does not exist", () => {
    const doc = new Y.Doc();
    const talks = createLane(doc, { name: "Talks" });
    const entry = createEntry(doc, { laneId: talks });
    expectLaneError(() => deleteLane(doc, talks, "missing"), "lane_not_found");
    expectLaneError(() => deleteLane(doc, talks, talks), "lane_not_found");
    expect(readEntry(doc, entry)?.laneId).toBe(talks);
    expect(names(doc)).toEqual(["Talks"]);
  });
});
