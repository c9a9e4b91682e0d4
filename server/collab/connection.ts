import type { Socket } from "node:net";
import type { WebSocket } from "ws";
import { CloseCode, type CloseCodeValue, CloseReason } from "../../lib/collab/closeCodes";

let nextId = 1;

/**
 * One websocket to one timeline. Frames are checked for size and kind here;
 * until the room is ready they wait in a backlog, in arrival order, so
 * nothing a client sends while its document loads is lost.
 */
export class Connection {
  readonly id = nextId++;
  /** Awareness client ids this connection has announced (removed when it leaves). */
  readonly awarenessIds = new Set<number>();
  /** Cleared by the keepalive on each ping, set again by the pong. */
  alive = true;
  closed = false;
  private backlog: Buffer[] | null = [];
  private handler: ((frame: Buffer) => void) | null = null;
  private closeListeners: (() => void)[] = [];

  constructor(
    readonly ws: WebSocket,
    readonly timelineId: string,
    private readonly maxMessageBytes: number,
  ) {
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

  /** Starts delivering frames to `handler`, replaying the backlog first. */
  ready(handler: (frame: Buffer) => void): void {
    const backlog = this.backlog ?? [];
    this.backlog = null;
    this.handler = handler;
    for (const frame of backlog) {
      if (this.closed) return;
      handler(frame);
    }
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
    if (frame.byteLength > this.maxMessageBytes) this.close(CloseCode.messageTooLarge);
    else if (!isBinary) this.close(CloseCode.malformedMessage);
    else if (this.handler) this.handler(frame);
    else this.backlog?.push(frame);
  }

  private onClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.backlog = null;
    this.handler = null;
    const listeners = this.closeListeners.splice(0);
    for (const listener of listeners) listener();
  }
}
