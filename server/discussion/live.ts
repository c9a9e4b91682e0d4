/**
 * Discussion on the timeline's websocket (message type 100). A socket that
 * sends `subscribe` receives every change to the timeline's threads, and its
 * user's inbox count, as events; stock y-websocket clients never subscribe,
 * so they never see this message type. Requests go to the same service as
 * the HTTP routes, with the socket's authenticated user.
 */
import * as encoding from "lib0/encoding";
import type pino from "pino";
import type { Database } from "../../db/client";
import { unreadCount } from "../../db/queries/discussion";
import {
  type DiscussionEvent,
  DiscussionRequestSchema,
  type DiscussionServerMessage,
  MESSAGE_DISCUSSION,
} from "../../lib/discussion/protocol";
import type { Connection } from "../collab/connection";
import * as service from "./service";

function frame(message: DiscussionServerMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_DISCUSSION);
  encoding.writeVarString(encoder, JSON.stringify(message));
  return encoding.toUint8Array(encoder);
}

export function createDiscussionLive(database: Database, log: pino.Logger) {
  const subscribers = new Map<string, Set<Connection>>();

  const subscribed = function* () {
    for (const set of subscribers.values()) yield* set;
  };

  const publish: service.Publisher = {
    thread(timelineId, thread) {
      const set = subscribers.get(timelineId);
      if (!set) return;
      const bytes = frame({ type: "event", event: { kind: "thread", thread } });
      for (const conn of set) conn.send(bytes);
    },
    inbox(userId, unread) {
      const event: DiscussionEvent = { kind: "inbox", unread };
      const bytes = frame({ type: "event", event });
      for (const conn of subscribed()) if (conn.identity.userId === userId) conn.send(bytes);
    },
  };
  const ctx: service.DiscussionContext = { database, publish };

  function subscribe(conn: Connection): void {
    let set = subscribers.get(conn.timelineId);
    if (!set) {
      set = new Set();
      subscribers.set(conn.timelineId, set);
    }
    if (set.has(conn)) return;
    set.add(conn);
    conn.onClose(() => {
      set.delete(conn);
      if (set.size === 0 && subscribers.get(conn.timelineId) === set)
        subscribers.delete(conn.timelineId);
    });
  }

  async function run(conn: Connection, op: string, args: unknown): Promise<unknown> {
    const caller = { userId: conn.identity.userId };
    const timelineId = conn.timelineId;
    switch (op) {
      case "subscribe": {
        const threads = await service.listThreads(ctx, caller, timelineId);
        subscribe(conn);
        return { threads, unread: await unreadCount(database.db, caller.userId) };
      }
      case "thread.create":
        return { thread: await service.createThread(ctx, caller, timelineId, args) };
      case "comment.add":
        return { thread: await service.addComment(ctx, caller, timelineId, args) };
      case "comment.edit":
        return { thread: await service.editComment(ctx, caller, timelineId, args) };
      case "comment.delete":
        return { thread: await service.deleteComment(ctx, caller, timelineId, args) };
      case "thread.resolve":
        return { thread: await service.resolveThread(ctx, caller, timelineId, args) };
      case "thread.reopen":
        return { thread: await service.reopenThread(ctx, caller, timelineId, args) };
      default:
        throw new service.DiscussionProblem(400, "unknown_op", `Unknown operation ${op}.`);
    }
  }

  /** Handles one type-100 message; every request gets exactly one reply. */
  async function receive(conn: Connection, text: string): Promise<void> {
    let request: ReturnType<typeof DiscussionRequestSchema.parse>;
    try {
      request = DiscussionRequestSchema.parse(JSON.parse(text));
    } catch {
      const error = { status: 400, code: "malformed_request", detail: "Not a discussion request." };
      conn.send(frame({ type: "reply", id: -1, ok: false, error }));
      return;
    }
    try {
      const result = await run(conn, request.op, request.args);
      conn.send(frame({ type: "reply", id: request.id, ok: true, result }));
    } catch (err) {
      const error =
        err instanceof service.DiscussionProblem
          ? { status: err.status, code: err.code, detail: err.message }
          : { status: 500, code: "internal", detail: "The request could not be carried out." };
      if (!(err instanceof service.DiscussionProblem))
        log.error({ err, timelineId: conn.timelineId }, "discussion request failed");
      conn.send(frame({ type: "reply", id: request.id, ok: false, error }));
    }
  }

  return { ctx, publish, receive };
}

export type DiscussionLive = ReturnType<typeof createDiscussionLive>;
