import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import {
  type DiscussionEvent,
  type DiscussionServerMessage,
  MESSAGE_DISCUSSION,
} from "../../lib/discussion/protocol";

/**
 * A raw websocket speaking only the discussion messages (type 100), as the
 * editor does on its timeline socket; other frames (sync, awareness) are ignored.
 */
export type DiscussionSocket = {
  request(op: string, args?: unknown): Promise<DiscussionServerMessage & { type: "reply" }>;
  events: DiscussionEvent[];
  /** Every type-100 frame received, replies included. */
  received: number;
  close(): void;
};

export function openDiscussionSocket(url: string): Promise<DiscussionSocket> {
  const ws = new WebSocket(url);
  ws.binaryType = "nodebuffer";
  const waiting = new Map<number, (reply: DiscussionServerMessage & { type: "reply" }) => void>();
  let next = 1;
  const socket: DiscussionSocket = {
    events: [],
    received: 0,
    request(op, args = {}) {
      const id = next++;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_DISCUSSION);
      encoding.writeVarString(encoder, JSON.stringify({ id, op, args }));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no reply to ${op}`)), 10_000);
        waiting.set(id, (reply) => {
          clearTimeout(timer);
          resolve(reply);
        });
        ws.send(encoding.toUint8Array(encoder));
      });
    },
    close: () => ws.close(),
  };
  ws.on("message", (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MESSAGE_DISCUSSION) return;
    socket.received++;
    const message = JSON.parse(decoding.readVarString(decoder)) as DiscussionServerMessage;
    if (message.type === "event") socket.events.push(message.event);
    else waiting.get(message.id)?.(message);
  });
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve(socket));
    ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once("error", reject);
  });
}
