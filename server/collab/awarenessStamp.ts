import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { MalformedMessageError } from "./protocol";

/** The identity the server writes into every awareness state a connection sends. */
export type StampedUser = { id: string; name: string; color: string };

/**
 * Rewrites an awareness update (y-protocols layout: count, then per client
 * its id, clock and JSON state) so that every state's `user` is the
 * authenticated one: nobody can pose as someone else in presence or carets.
 * States for client ids that `owns` rejects (another connection's) are
 * dropped, so a connection cannot overwrite or remove someone else's
 * presence. Returns null when nothing is left. Throws MalformedMessageError
 * on bytes that do not decode.
 */
export function stampAwareness(
  update: Uint8Array,
  user: StampedUser,
  owns: (clientId: number) => boolean,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  let kept = 0;
  const states: [number, number, string][] = [];
  try {
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = JSON.parse(decoding.readVarString(decoder)) as unknown;
      if (!owns(clientId)) continue;
      kept++;
      const stamped =
        state !== null && typeof state === "object" && !Array.isArray(state)
          ? { ...state, user }
          : null;
      states.push([clientId, clock, JSON.stringify(stamped)]);
    }
    if (decoding.hasContent(decoder)) throw new Error("trailing bytes after the awareness update");
  } catch (error) {
    throw new MalformedMessageError(
      `bad awareness update: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (kept === 0) return null;
  encoding.writeVarUint(encoder, kept);
  for (const [clientId, clock, json] of states) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}
