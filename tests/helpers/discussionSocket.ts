import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import {
  type DiscussionEvent,
  type DiscussionServerMessage,
  MESSAGE_DISCUSSION,
} from "../../lib/discussion/protocol";

export type DiscussionReply = DiscussionServerMessage & { type: "reply" };

/**
 * A raw websocket speaking only the discussion messages (type 100), as the
 * editor does on its timeline socket; other frames (sync, awareness) are ignored.
 */
export type DiscussionSocket = {
  request(op: string, args?: unknown): Promise<DiscussionReply>;
  events: DiscussionEvent[];
  /** Every type-100 frame received, replies included. */
  received: number;
  close(): void;
  /** Every reply, in arrival order (including those with id -1). */
  replies: DiscussionReply[];
  /** Every type-100 message, replies and events, in arrival order. */
  messages: DiscussionServerMessage[];
  /** Sends a type-100 message with this exact text (no id bookkeeping). */
  sendText(text: string): void;
  /** Sends a binary frame as it is. */
  sendFrame(bytes: Uint8Array): void;
  /** Resolves with the close code the server sent. */
  closed: Promise<number>;
  ws: WebSocket;
};

/** A type-100 frame carrying `text`. */
export function discussionFrame(text: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_DISCUSSION);
  encoding.writeVarString(encoder, text);
  return encoding.toUint8Array(encoder);
}

/**
 * Opens the socket. With `sync: true` it first does what a y-websocket
 * client does (sends sync step 1 and waits for the server's step 2), so the
 * discussion messages travel on a socket that is synced.
 */
export function openDiscussionSocket(
  url: string,
  opts: { sync?: boolean } = {},
): Promise<DiscussionSocket> {
  const ws = new WebSocket(url);
  ws.binaryType = "nodebuffer";
  const waiting = new Map<number, (reply: DiscussionReply) => void>();
  let next = 1;
  let markSynced: () => void = () => {};
  const synced = new Promise<void>((resolve) => {
    markSynced = resolve;
  });
  const socket: DiscussionSocket = {
    events: [],
    received: 0,
    replies: [],
    messages: [],
    ws,
    closed: new Promise((resolve) => ws.once("close", (code) => resolve(code))),
    request(op, args = {}) {
      const id = next++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no reply to ${op}`)), 10_000);
        waiting.set(id, (reply) => {
          clearTimeout(timer);
          resolve(reply);
        });
        ws.send(discussionFrame(JSON.stringify({ id, op, args })));
      });
    },
    sendText: (text) => ws.send(discussionFrame(text)),
    sendFrame: (bytes) => ws.send(bytes),
    close: () => ws.close(),
  };
  ws.on("message", (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(decoder);
    if (type === 0 && decoding.readVarUint(decoder) === 1) markSynced();
    if (type !== MESSAGE_DISCUSSION) return;
    socket.received++;
    const message = JSON.parse(decoding.readVarString(decoder)) as DiscussionServerMessage;
    socket.messages.push(message);
    if (message.type === "event") socket.events.push(message.event);
    else {
      socket.replies.push(message);
      waiting.get(message.id)?.(message);
      waiting.delete(message.id);
    }
  });
  return new Promise((resolve, reject) => {
    ws.once("open", () => {
      if (!opts.sync) {
        resolve(socket);
        return;
      }
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, new Y.Doc());
      ws.send(encoding.toUint8Array(encoder));
      const timer = setTimeout(() => reject(new Error("no sync step 2")), 10_000);
      void synced.then(() => {
        clearTimeout(timer);
        resolve(socket);
      });
    });
    ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once("error", reject);
  });
}
