import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { WebsocketProvider } from "y-websocket";
import {
  type DiscussionOp,
  type DiscussionServerMessage,
  isNewerThread,
  MESSAGE_DISCUSSION,
  type ThreadDTO,
} from "@/lib/discussion/protocol";
import type { ReviewDTO, ReviewSettings } from "@/lib/review/protocol";
import type { VersionDTO } from "@/lib/versions/protocol";

export class DiscussionError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "DiscussionError";
  }
}

export interface DiscussionState {
  /** False until the first subscribe reply after (re)connecting. */
  ready: boolean;
  threads: ReadonlyMap<string, ThreadDTO>;
  unread: number;
  /** Each entry's review, by entry id; entries without one are drafts. */
  reviews: ReadonlyMap<string, ReviewDTO>;
  reviewSettings: ReviewSettings;
  /** Bumped on every subscribe reply, so views that load over HTTP know to load again. */
  generation: number;
}

export const EMPTY_DISCUSSION: DiscussionState = {
  ready: false,
  threads: new Map(),
  unread: 0,
  reviews: new Map(),
  reviewSettings: { fourEyes: true },
  generation: 0,
};

const REQUEST_TIMEOUT = 10_000;

/**
 * The discussion side of the timeline's websocket. Threads, comments and
 * reviews are written by the server (never through the shared document):
 * this client sends requests as message type 100 on the provider's socket,
 * resolves them from the server's replies, and keeps the threads and reviews
 * it is sent as events. It subscribes again after every reconnect, so the
 * state is never stale. Saved versions are not kept here: they are passed to
 * `onVersion` listeners as they arrive.
 */
export class DiscussionClient {
  private state: DiscussionState = EMPTY_DISCUSSION;
  private listeners = new Set<() => void>();
  private versionListeners = new Set<(version: VersionDTO) => void>();
  private nextId = 1;
  private pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: number }
  >();

  constructor(private readonly provider: WebsocketProvider) {
    provider.messageHandlers[MESSAGE_DISCUSSION] = (_encoder, decoder) => {
      this.receive(decoding.readVarString(decoder));
    };
    provider.on("status", this.onStatus);
    if (provider.wsconnected) void this.join();
  }

  destroy(): void {
    this.provider.off("status", this.onStatus);
    delete this.provider.messageHandlers[MESSAGE_DISCUSSION];
    for (const { reject, timer } of this.pending.values()) {
      window.clearTimeout(timer);
      reject(new DiscussionError(0, "closed", "The editor was closed."));
    }
    this.pending.clear();
    this.listeners.clear();
    this.versionListeners.clear();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): DiscussionState => this.state;

  /** Calls `listener` with each version saved from now on (by anyone, or by the server). */
  onVersion(listener: (version: VersionDTO) => void): () => void {
    this.versionListeners.add(listener);
    return () => this.versionListeners.delete(listener);
  }

  private set(next: Partial<DiscussionState>): void {
    this.state = { ...this.state, ...next };
    for (const listener of this.listeners) listener();
  }

  private onStatus = ({ status }: { status: string }) => {
    if (status === "connected") void this.join();
    else if (status === "disconnected") this.set({ ready: false });
  };

  /** Asks for every thread, review and the unread count; the server then sends changes as events. */
  private async join(): Promise<void> {
    try {
      const result = (await this.request("subscribe", {})) as {
        threads: ThreadDTO[];
        unread: number;
        reviews?: ReviewDTO[];
        reviewSettings?: ReviewSettings;
      };
      this.set({
        ready: true,
        threads: new Map(result.threads.map((thread) => [thread.id, thread])),
        unread: result.unread,
        reviews: new Map((result.reviews ?? []).map((review) => [review.entryId, review])),
        reviewSettings: result.reviewSettings ?? this.state.reviewSettings,
        generation: this.state.generation + 1,
      });
    } catch {
      // The next reconnect subscribes again.
    }
  }

  private receive(text: string): void {
    let message: DiscussionServerMessage;
    try {
      message = JSON.parse(text) as DiscussionServerMessage;
    } catch {
      return;
    }
    if (message.type === "reply") {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      window.clearTimeout(waiting.timer);
      if (message.ok) waiting.resolve(message.result);
      else
        waiting.reject(
          new DiscussionError(message.error.status, message.error.code, message.error.detail),
        );
      return;
    }
    const { event } = message;
    if (event.kind === "thread") {
      this.accept(event.thread);
    } else if (event.kind === "inbox") {
      this.set({ unread: event.unread });
    } else if (event.kind === "review") {
      this.acceptReview(event.review);
    } else if (event.kind === "reviewSettings") {
      this.acceptReviewSettings(event.settings);
    } else if (event.kind === "version") {
      for (const listener of this.versionListeners) listener(event.version);
    }
  }

  /** Sends one request; resolves with the server's result, or rejects with its error. */
  request(op: DiscussionOp, args: unknown): Promise<unknown> {
    const ws = this.provider.ws;
    if (!this.provider.wsconnected || !ws || ws.readyState !== ws.OPEN) {
      return Promise.reject(
        new DiscussionError(0, "offline", "You are offline; this needs a connection."),
      );
    }
    const id = this.nextId++;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_DISCUSSION);
    encoding.writeVarString(encoder, JSON.stringify({ id, op, args }));
    return new Promise((resolve, reject) => {
      const timer = window.setTimeout(() => {
        this.pending.delete(id);
        reject(new DiscussionError(0, "timeout", "The server did not answer; try again."));
      }, REQUEST_TIMEOUT);
      this.pending.set(id, { resolve, reject, timer });
      ws.send(encoding.toUint8Array(encoder));
    });
  }

  /**
   * Applies a thread returned by a request, or sent as an event. An older
   * copy never replaces a newer one (a reply and its event may cross).
   */
  accept(thread: ThreadDTO): void {
    if (!isNewerThread(thread, this.state.threads.get(thread.id))) return;
    const threads = new Map(this.state.threads);
    threads.set(thread.id, thread);
    this.set({ threads });
  }

  /** Applies review settings from a reply, or from an event when someone changed them. */
  acceptReviewSettings(reviewSettings: ReviewSettings): void {
    this.set({ reviewSettings });
  }

  /**
   * Applies a review returned by a request, or sent as an event. An older
   * copy never replaces a newer one (a reply and its event may cross).
   */
  acceptReview(review: ReviewDTO): void {
    const known = this.state.reviews.get(review.entryId);
    if (known && known.updatedAt > review.updatedAt) return;
    const reviews = new Map(this.state.reviews);
    reviews.set(review.entryId, review);
    this.set({ reviews });
  }
}
