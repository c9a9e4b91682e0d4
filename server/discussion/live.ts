/**
 * Discussion on the timeline's websocket (message type 100). A socket that
 * sends `subscribe` receives every change to the timeline's threads, and its
 * user's inbox count, as events; stock y-websocket clients never subscribe,
 * so they never see this message type. Requests go to the same service as
 * the HTTP routes, with the socket's authenticated user and timeline: the
 * request carries no identity of its own.
 *
 * Ordering, per socket:
 * - requests are carried out one at a time, in the order they arrived, so
 *   replies come back in request order;
 * - events published while a `subscribe` is being answered wait until its
 *   reply is sent, so a client replaces its state with the reply first.
 *   Some of them may be older than the reply's copy (a reload that began
 *   before the reply's read), so clients keep a thread copy only when its
 *   `revision` is newer than the one they hold (`isNewerThread`).
 */
import * as encoding from "lib0/encoding";
import type pino from "pino";
import type { Database } from "../../db/client";
import { unreadCount } from "../../db/queries/discussion";
import {
  type DiscussionEvent,
  type DiscussionOp,
  DiscussionRequestSchema,
  type DiscussionResults,
  type DiscussionServerMessage,
  MESSAGE_DISCUSSION,
  type ProblemDTO,
} from "../../lib/discussion/protocol";
import type { ReviewDTO, ReviewSettings } from "../../lib/review/protocol";
import type { VersionDTO } from "../../lib/versions/protocol";
import type { Connection } from "../collab/connection";
import { isServiceProblem } from "../problem";
import type { Review } from "../review/service";
import type { Versions } from "../versions/service";
import * as service from "./service";

/**
 * Requests a socket may have waiting or running. The connection's token
 * bucket already bounds how fast frames arrive; this bounds the work queued
 * behind a slow database. Past it, a request is answered 429 at once.
 */
export const MAX_PENDING_REQUESTS = 64;

export function encodeDiscussion(message: DiscussionServerMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_DISCUSSION);
  encoding.writeVarString(encoder, JSON.stringify(message));
  return encoding.toUint8Array(encoder);
}

/** A subscribed socket; `held` collects events until its subscribe reply is out. */
type Subscriber = { conn: Connection; held: Uint8Array[] | null };

export function createDiscussionLive(database: Database, log: pino.Logger) {
  const byTimeline = new Map<string, Set<Subscriber>>();
  const byUser = new Map<string, Set<Subscriber>>();
  const subscriberOf = new WeakMap<Connection, Subscriber>();
  /** Per socket: the tail of its request chain, and how many requests are on it. */
  const queues = new WeakMap<Connection, { tail: Promise<void>; pending: number }>();
  /** Users whose unread count is being counted; `again` when it changed meanwhile. */
  const recounts = new Map<string, { again: boolean }>();

  const deliver = (sub: Subscriber, bytes: Uint8Array) => {
    if (sub.held) sub.held.push(bytes);
    else sub.conn.send(bytes);
  };

  /**
   * Counts the user's unread items and sends the count to their subscribed
   * sockets. Changes that arrive while it counts trigger one more count, so
   * the last event a socket gets is never older than the last change.
   */
  function recount(userId: string): void {
    if (!byUser.has(userId)) return; // nobody is listening
    const running = recounts.get(userId);
    if (running) {
      running.again = true;
      return;
    }
    const state = { again: false };
    recounts.set(userId, state);
    void (async () => {
      try {
        do {
          state.again = false;
          const unread = await unreadCount(database.db, userId);
          const bytes = encodeDiscussion({ type: "event", event: { kind: "inbox", unread } });
          for (const sub of byUser.get(userId) ?? []) deliver(sub, bytes);
        } while (state.again);
      } catch (err) {
        log.error({ err, userId }, "could not count unread inbox items");
      } finally {
        recounts.delete(userId);
      }
    })();
  }

  /** Sends one event to every subscribed socket of a timeline, encoded once. */
  const toTimeline = (timelineId: string, event: DiscussionEvent) => {
    const subs = byTimeline.get(timelineId);
    if (!subs) return;
    const bytes = encodeDiscussion({ type: "event", event });
    for (const sub of subs) deliver(sub, bytes);
  };
  const publish = {
    thread: (timelineId, thread) => toTimeline(timelineId, { kind: "thread", thread }),
    inbox: recount,
    review: (timelineId: string, review: ReviewDTO) =>
      toTimeline(timelineId, { kind: "review", review }),
    reviewSettings: (timelineId: string, settings: ReviewSettings) =>
      toTimeline(timelineId, { kind: "reviewSettings", settings }),
    version: (timelineId: string, version: VersionDTO) =>
      toTimeline(timelineId, { kind: "version", version }),
  } satisfies service.Publisher & Record<string, unknown>;
  /** Review and versions, created after the rooms they read (see `attach`). */
  let services: { review: Review; versions: Versions } | undefined;
  const reviewService = (): Review => {
    if (!services) throw new Error("review is not attached");
    return services.review;
  };
  const ctx: service.DiscussionContext = { database, publish, serial: service.keyedSerial() };

  const add = <K>(map: Map<K, Set<Subscriber>>, key: K, sub: Subscriber) => {
    let set = map.get(key);
    if (!set) {
      set = new Set();
      map.set(key, set);
    }
    set.add(sub);
  };
  const remove = <K>(map: Map<K, Set<Subscriber>>, key: K, sub: Subscriber) => {
    const set = map.get(key);
    if (!set) return;
    set.delete(sub);
    if (set.size === 0) map.delete(key);
  };

  /** Registers the socket for events, holding them until `release`. */
  function hold(conn: Connection): Subscriber {
    const existing = subscriberOf.get(conn);
    if (existing) {
      existing.held ??= [];
      return existing;
    }
    const sub: Subscriber = { conn, held: [] };
    subscriberOf.set(conn, sub);
    add(byTimeline, conn.timelineId, sub);
    add(byUser, conn.identity.userId, sub);
    conn.onClose(() => {
      remove(byTimeline, conn.timelineId, sub);
      remove(byUser, conn.identity.userId, sub);
    });
    return sub;
  }

  function release(sub: Subscriber): void {
    const held = sub.held ?? [];
    sub.held = null;
    for (const bytes of held) sub.conn.send(bytes);
  }

  /** Every operation but `subscribe` (see `handle`): the service, as the socket's user. */
  async function run(
    conn: Connection,
    op: Exclude<DiscussionOp, "subscribe">,
    args: unknown,
  ): Promise<DiscussionResults[DiscussionOp]> {
    const caller = { userId: conn.identity.userId };
    const timelineId = conn.timelineId;
    switch (op) {
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
      case "inbox.read":
        return service.markInboxRead(ctx, caller, args);
      case "review.request":
        return { review: await reviewService().request(caller.userId, timelineId, args) };
      case "review.assign":
        return { review: await reviewService().assign(caller.userId, timelineId, args) };
      case "review.approve":
        return { review: await reviewService().approve(caller.userId, timelineId, args) };
      case "review.requestChanges":
        return { review: await reviewService().requestChanges(caller.userId, timelineId, args) };
      case "review.history":
        return reviewService().history(caller.userId, timelineId, args);
    }
  }

  const problemOf = (err: unknown, conn: Connection): ProblemDTO => {
    if (isServiceProblem(err)) return { status: err.status, code: err.code, detail: err.message };
    log.error({ err, timelineId: conn.timelineId, conn: conn.id }, "discussion request failed");
    return { status: 500, code: "internal", detail: "The request could not be carried out." };
  };

  /** Carries out one request and sends its one reply. Never throws. */
  async function handle(conn: Connection, id: number, op: DiscussionOp, args: unknown) {
    if (conn.closed) return;
    const reply = (message: DiscussionServerMessage) => conn.send(encodeDiscussion(message));
    if (op === "subscribe") {
      const sub = hold(conn);
      try {
        const caller = { userId: conn.identity.userId };
        const threads = await service.listThreads(ctx, caller, conn.timelineId);
        const unread = await unreadCount(database.db, caller.userId);
        const { reviews, settings } = await reviewService().list(caller.userId, conn.timelineId);
        const result: DiscussionResults["subscribe"] = {
          threads,
          unread,
          reviews,
          reviewSettings: settings,
        };
        reply({ type: "reply", id, ok: true, result });
        release(sub);
      } catch (err) {
        // Not subscribed after all: drop what was held, and the registration.
        sub.held = null;
        subscriberOf.delete(conn);
        remove(byTimeline, conn.timelineId, sub);
        remove(byUser, conn.identity.userId, sub);
        reply({ type: "reply", id, ok: false, error: problemOf(err, conn) });
      }
      return;
    }
    try {
      reply({ type: "reply", id, ok: true, result: await run(conn, op, args) });
    } catch (err) {
      reply({ type: "reply", id, ok: false, error: problemOf(err, conn) });
    }
  }

  /**
   * Handles one type-100 message (already decoded as a varString by the
   * room). Every request gets exactly one reply: one that is not JSON or not
   * `{ id, op, args }` is answered with id -1 (or its id, when it has one)
   * and status 400; the socket stays open.
   */
  function receive(conn: Connection, text: string): void {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = undefined;
    }
    const parsed = DiscussionRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const rawId = (raw as { id?: unknown } | undefined)?.id;
      const id = Number.isSafeInteger(rawId) && (rawId as number) >= 0 ? (rawId as number) : -1;
      const error = {
        status: 400,
        code: "malformed_request",
        detail: "Send { id, op, args } with a known op.",
      };
      conn.send(encodeDiscussion({ type: "reply", id, ok: false, error }));
      return;
    }
    const { id, op, args } = parsed.data;
    let queue = queues.get(conn);
    if (!queue) {
      queue = { tail: Promise.resolve(), pending: 0 };
      queues.set(conn, queue);
    }
    if (queue.pending >= MAX_PENDING_REQUESTS) {
      const error = {
        status: 429,
        code: "rate_limited",
        detail: "Too many discussion requests at once; wait for the replies.",
      };
      conn.send(encodeDiscussion({ type: "reply", id, ok: false, error }));
      return;
    }
    queue.pending++;
    const q = queue;
    q.tail = q.tail.then(async () => {
      try {
        await handle(conn, id, op, args);
      } catch (err) {
        log.error({ err, conn: conn.id }, "discussion request failed");
      } finally {
        q.pending--;
      }
    });
  }

  return {
    /** The service context the route handlers use (the same publisher and ordering). */
    ctx,
    publish,
    receive,
    /** Connects the review and version services, whose events go out through `publish`. */
    attach(attached: { review: Review; versions: Versions }): void {
      services = attached;
    },
    /** Subscribed sockets (tests and metrics). */
    get subscriberCount(): number {
      let n = 0;
      for (const set of byTimeline.values()) n += set.size;
      return n;
    },
  };
}

export type DiscussionLive = ReturnType<typeof createDiscussionLive>;
