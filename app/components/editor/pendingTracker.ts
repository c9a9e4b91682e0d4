import * as decoding from "lib0/decoding";

/** y-websocket framing: message type 0 is sync; sync types 1 (step 2) and 2 (update) carry document changes. */
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** FNV-1a over the bytes, with the length: identifies an update payload cheaply. */
function fingerprint(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return `${bytes.length}:${hash >>> 0}`;
}

/** The document-change payload of a y-websocket message, or null for anything else. */
function changePayload(data: unknown): Uint8Array | null {
  if (!(data instanceof ArrayBuffer) && !ArrayBuffer.isView(data)) return null;
  const bytes =
    data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
    const kind = decoding.readVarUint(decoder);
    if (kind !== SYNC_STEP_2 && kind !== SYNC_UPDATE) return null;
    const payload = decoding.readVarUint8Array(decoder);
    // An empty update (no structs, no deletions) is two zero bytes.
    return payload.length > 2 ? payload : null;
  } catch {
    return null;
  }
}

/**
 * Counts local changes the server has not acknowledged yet. The server
 * commits every update before it relays it, and echoes it to its sender, so
 * an update is saved once its own bytes come back. Messages are processed in
 * order, so an echo also acknowledges everything sent before it.
 */
export class PendingTracker {
  private queue: string[] = [];
  private listeners = new Set<() => void>();

  get pending(): number {
    return this.queue.length;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }

  sent(data: unknown): void {
    const payload = changePayload(data);
    if (!payload) return;
    this.queue.push(fingerprint(payload));
    this.emit();
  }

  received(data: unknown): void {
    if (this.queue.length === 0) return;
    const payload = changePayload(data);
    if (!payload) return;
    const index = this.queue.indexOf(fingerprint(payload));
    if (index < 0) return;
    this.queue.splice(0, index + 1);
    this.emit();
  }

  /** A dropped connection loses the queue: the next sync step 2 resends what the server lacks. */
  reset(): void {
    if (this.queue.length === 0) return;
    this.queue = [];
    this.emit();
  }

  /** A WebSocket class that reports what goes out and comes in, for WebsocketProvider's polyfill option. */
  socketClass(): typeof WebSocket {
    const tracker = this;
    return class TrackedWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        this.addEventListener("message", (event) => tracker.received(event.data));
      }
      send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
        tracker.sent(data);
        super.send(data);
      }
    };
  }
}
