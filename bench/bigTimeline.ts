/**
 * A large timeline written through lib/document: lanes, then entries with
 * varied EDTF dates (days, months, years, intervals, approximate and
 * uncertain) and short bodies. One update per entry, as if typed in over time.
 */
import * as Y from "yjs";
import { createEntry, createLane, writeMeta } from "../lib/document";

const LANES = ["Courts", "Press", "Witnesses", "Archives"];
const WORDS = [
  "statement",
  "record",
  "report",
  "letter",
  "hearing",
  "photograph",
  "interview",
  "memo",
];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A deterministic, varied `when` for entry i. */
function whenFor(i: number): string {
  const year = 1900 + (i % 120);
  const month = 1 + ((i * 7) % 12);
  const day = 1 + ((i * 13) % 19);
  switch (i % 8) {
    case 0:
      return `${year}-${pad(month)}-${pad(day)}`;
    case 1:
      return `${year}-${pad(month)}`;
    case 2:
      return `${year}`;
    case 3:
      return `${year}-${pad(month)}-${pad(day)}/${year}-${pad(month)}-${pad(day + 9)}`;
    case 4:
      return `${year}~`;
    case 5:
      return `${year}-${pad(month)}?`;
    case 6:
      return `${year}/${year + 1 + (i % 5)}`;
    default:
      return "";
  }
}

/** Builds the timeline and returns the updates it produced, in order. */
export function buildBigTimeline(entries: number): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  writeMeta(doc, { title: `Bench: ${entries} entries` });
  const lanes = LANES.map((name) => createLane(doc, { name }));
  for (let i = 0; i < entries; i++) {
    const word = WORDS[i % WORDS.length];
    createEntry(doc, {
      title: `Entry ${i + 1}: ${word}`,
      when: whenFor(i),
      laneId: lanes[i % lanes.length],
      tags: [word],
      createdAt: 1_700_000_000_000 + i,
      body: [
        {
          type: "paragraph",
          runs: [
            { text: `The ${word} as one source gives it, ` },
            { text: "disputed", italic: true },
          ],
        },
      ],
    });
  }
  return { updates, doc };
}
