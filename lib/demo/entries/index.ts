import type { DemoEntry } from "../types";
import { LATER_POSITIONS } from "./laterPositions";
import { NEGOTIATIONS } from "./negotiations";
import { PRISONERS } from "./prisoners";
import { TERRITORY } from "./territory";
import { WAR_AND_CAPTURE } from "./warAndCapture";

/** Every demo entry, lane by lane; the builder gives them increasing creation times in this order. */
export const DEMO_ENTRIES: readonly DemoEntry[] = [
  ...WAR_AND_CAPTURE,
  ...PRISONERS,
  ...NEGOTIATIONS,
  ...TERRITORY,
  ...LATER_POSITIONS,
];
