import { uuidv4 } from "lib0/random";

/** Random ids that work in any JavaScript runtime, including insecure browser origins. */
export function newId(): string {
  return uuidv4();
}
