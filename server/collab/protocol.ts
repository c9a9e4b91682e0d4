/**
 * The y-websocket wire protocol (as in yjs/y-websocket-server `src/utils.js`):
 * every frame is one binary message, a varuint type followed by its payload.
 * Decoding is strict: anything a stock client would not send is malformed,
 * apart from Parallax's own discussion messages (type 100).
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as authProtocol from "y-protocols/auth";
import * as Y from "yjs";
import { MESSAGE_DISCUSSION } from "../../lib/discussion/protocol";

export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** Parallax's own: discussion requests and events (server/discussion/live.ts). */
  discussion: MESSAGE_DISCUSSION,
} as const;
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

export type IncomingMessage =
  | { type: "syncStep1"; stateVector: Uint8Array }
  /**
   * A document update (sync step 2 or update). `relay` is the frame to send to
   * every connection once the update is stored: the incoming frame itself
   * when it already is an update message, so fan-out costs no encoding.
   */
  | { type: "update"; update: Uint8Array; empty: boolean; relay: Uint8Array }
  | { type: "awareness"; update: Uint8Array; frame: Uint8Array }
  | { type: "queryAwareness" }
  | { type: "discussion"; text: string };

export class MalformedMessageError extends Error {
  readonly code = "malformed_message";
  constructor(message: string) {
    super(message);
    this.name = "MalformedMessageError";
  }
}

function finish(decoder: decoding.Decoder): void {
  if (decoding.hasContent(decoder))
    throw new MalformedMessageError("trailing bytes after the message");
}

/** True when a decoded update carries neither structs nor deletions. */
function isEmptyUpdate(update: Uint8Array): boolean {
  const decoded = Y.decodeUpdate(update);
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0;
}

/** Decodes one frame; throws MalformedMessageError without side effects. */
export function decodeMessage(frame: Uint8Array): IncomingMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.sync) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      finish(decoder);
      if (syncType === SyncType.step1) {
        Y.decodeStateVector(payload);
        return { type: "syncStep1", stateVector: payload };
      }
      if (syncType === SyncType.step2 || syncType === SyncType.update) {
        // Parses every struct and the delete set: a corrupt update throws here,
        // before anything is stored or applied.
        const empty = isEmptyUpdate(payload);
        const relay = syncType === SyncType.update ? frame : encodeUpdate(payload);
        return { type: "update", update: payload, empty, relay };
      }
      throw new MalformedMessageError(`unknown sync message type ${syncType}`);
    }
    if (type === MessageType.awareness) {
      const update = decoding.readVarUint8Array(decoder);
      finish(decoder);
      return { type: "awareness", update, frame };
    }
    if (type === MessageType.queryAwareness) {
      finish(decoder);
      return { type: "queryAwareness" };
    }
    if (type === MessageType.discussion) {
      const text = decoding.readVarString(decoder);
      finish(decoder);
      return { type: "discussion", text };
    }
    throw new MalformedMessageError(`unknown message type ${type}`);
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(error instanceof Error ? error.message : String(error));
  }
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncType.step1);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  });
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncType.step2);
    encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc, stateVector));
  });
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncType.update);
    encoding.writeVarUint8Array(e, update);
  });
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.awareness);
    encoding.writeVarUint8Array(e, update);
  });
}

/** The y-protocols auth message a stock provider reports as `permission-denied`. */
export function encodePermissionDenied(reason: string): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.auth);
    authProtocol.writePermissionDenied(e, reason);
  });
}
