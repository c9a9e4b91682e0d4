import type { Socket } from "node:net";
import type { WebSocket } from "ws";
import { canWriteContent, type Role } from "../../lib/auth/roles";
import { CloseCode, type CloseCodeValue, CloseReason } from "../../lib/collab/closeCodes";
import { TokenBucket } from "./rateLimit";

/** Who is on the other end, as the server authenticated them at the upgrade. */
export type ConnectionIdentity = {
  userId: string;
  name: string;
  color: string;
  role: Role;
  /** Set when the socket authenticated with an API token (revoking it closes the socket). */
  tokenId?: string;
  /** Set when the socket authenticated with a session cookie (signing out closes it). */
  sessionId?: string;
};

/** What may wait unhandled per connection, in maximum-size messages. */
const MAX_QUEUED_MESSAGES = 4;

export type ConnectionLimits = {
  maxMessageBytes: number;
  /** Sustained messages per second, and the burst allowed above it. */
  messagesPerSecond: number;
  messageBurst: number;
};

let nextId = 1;

/**
 * One websocket to one timeline, for one authenticated user. Frames are
 * checked for size and kind here; until the room is ready, or while the
 * sender is over its rate, they wait in a bounded queue in arrival order, so
 * nothing an honest client sends is lost.
 */
export class Connection {
  readonly id = nextId++;
  /** Awareness client ids this connection has announced (removed when it leaves). */
  readonly awarenessIds = new Set<number>();
  /** Cleared by the keepalive on each ping, set again by the pong. */
  alive = true;
  closed = false;
  /** Whether a refused write was already recorded in the audit log (once per connection). */
  refusedWriteAudited = false;
  /** Frames received but not yet handled: the room is loading, or the sender is over its rate. */
  private queue: Buffer[] = [];
  private queuedBytes = 0;
  private pumpTimer: NodeJS.Timeout | undefined;
  private handler: ((frame: Buffer) => void) | null = null;
  private closeListeners: (() => void)[] = [];
  private readonly bucket: TokenBucket;

  constructor(
    readonly ws: WebSocket,
    readonly timelineId: string,
    public identity: ConnectionIdentity,
    private readonly limits: ConnectionLimits,
  ) {
    this.bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    // Attached synchronously on upgrade, before any await.
    ws.on("message", (data, isBinary) =>
      this.receive(data as Buffer | Buffer[] | ArrayBuffer, isBinary),
    );
    ws.on("pong", () => {
      this.alive = true;
    });
    ws.on("error", () => {});
    ws.on("close", () => this.onClosed());
  }

  get canWrite(): boolean {
    return canWriteContent(this.identity.role);
  }

  /** Starts delivering frames to `handler`, those that waited for the room first. */
  ready(handler: (frame: Buffer) => void): void {
    this.handler = handler;
    this.pump();
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  send(frame: Uint8Array): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(frame, { binary: true });
  }

  /**
   * Writes websocket frames that are already encoded (see framing.ts) straight
   * to the socket. Safe because the server never compresses, so ws writes its
   * own frames synchronously too and frames never interleave.
   */
  sendFramed(frames: Buffer): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    // ws keeps its net.Socket private; it is the documented underlying stream.
    const socket = (this.ws as unknown as { _socket?: Socket })._socket;
    // A peer that went away fails writes with an error object each; skip it.
    if (socket?.writable) socket.write(frames);
  }

  /** Closes with a code from lib/collab/closeCodes and its stable reason. */
  close(code: CloseCodeValue): void {
    if (this.closed) return;
    this.ws.close(code, CloseReason[code]);
    this.onClosed();
  }

  terminate(): void {
    this.ws.terminate();
    this.onClosed();
  }

  private receive(data: Buffer | Buffer[] | ArrayBuffer, isBinary: boolean): void {
    if (this.closed) return;
    const frame = Array.isArray(data)
      ? Buffer.concat(data)
      : Buffer.isBuffer(data)
        ? data
        : Buffer.from(data);
    if (frame.byteLength > this.limits.maxMessageBytes) {
      this.close(CloseCode.messageTooLarge);
      return;
    }
    if (!isBinary) {
      this.close(CloseCode.malformedMessage);
      return;
    }
    if (this.handler && this.queue.length === 0 && this.bucket.take()) {
      this.handler(frame);
      return;
    }
    // Waiting for the room to load, or over the rate: queue, bounded.
    this.queuedBytes += frame.byteLength;
    if (this.queuedBytes > MAX_QUEUED_MESSAGES * this.limits.maxMessageBytes) {
      this.close(CloseCode.rateLimited);
      return;
    }
    this.queue.push(frame);
    this.pump();
  }

  /**
   * Delivers queued frames as the rate allows. While frames wait, the socket
   * is paused, so a fast sender is slowed down by TCP instead of buffered
   * here; an honest client that bursts loses nothing.
   */
  private pump(): void {
    if (this.closed || !this.handler || this.pumpTimer) return;
    while (this.queue.length > 0 && this.bucket.take()) {
      const frame = this.queue.shift() as Buffer;
      this.queuedBytes -= frame.byteLength;
      this.handler(frame);
      if (this.closed) return;
    }
    if (this.queue.length === 0) {
      this.ws.resume();
      return;
    }
    this.ws.pause();
    this.pumpTimer = setTimeout(() => {
      this.pumpTimer = undefined;
      this.pump();
    }, this.bucket.msUntilNext());
  }

  private onClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = [];
    clearTimeout(this.pumpTimer);
    this.handler = null;
    const listeners = this.closeListeners.splice(0);
    for (const listener of listeners) listener();
  }
}
