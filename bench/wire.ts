/**
 * Framing for the raw writers, written once per update so a writer only
 * copies bytes onto its socket. y-websocket frames are `[messageType, ...]`
 * (as in y-protocols); Hocuspocus prefixes every frame with the document
 * name and wants an auth message before anything else (see
 * @hocuspocus/provider OutgoingMessages and @hocuspocus/common auth.ts).
 */
import * as encoding from "lib0/encoding";

const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const SYNC_STEP1 = 0;
const SYNC_UPDATE = 2;
const AUTH_TOKEN = 0;

/** The state vector of an empty document. */
const EMPTY_STATE_VECTOR = new Uint8Array([0]);

export type Framing = { kind: "y-websocket" } | { kind: "hocuspocus"; documentName: string };

function frame(framing: Framing, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  if (framing.kind === "hocuspocus") encoding.writeVarString(encoder, framing.documentName);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** What a writer sends on open: (Hocuspocus: an empty token, then) sync step 1. */
export function handshakeFrames(framing: Framing): Uint8Array[] {
  const step1 = frame(framing, (e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_STEP1);
    encoding.writeVarUint8Array(e, EMPTY_STATE_VECTOR);
  });
  if (framing.kind === "y-websocket") return [step1];
  const auth = frame(framing, (e) => {
    encoding.writeVarUint(e, MESSAGE_AUTH);
    encoding.writeVarUint(e, AUTH_TOKEN);
    encoding.writeVarString(e, "");
  });
  return [auth, step1];
}

export function updateFrame(framing: Framing, update: Uint8Array): Uint8Array {
  return frame(framing, (e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, update);
  });
}
