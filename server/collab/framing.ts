/**
 * Websocket framing for fan-out. A frame from server to client is not
 * masked, so the bytes of a frame are the same for every connection: the
 * room frames its outgoing messages once and writes that one buffer to every
 * socket, instead of each connection building its own frame (RFC 6455 §5.2).
 */
const OPCODE_BINARY = 0x2;
const FIN = 0x80;

function header(length: number): Buffer {
  if (length < 126) return Buffer.from([FIN | OPCODE_BINARY, length]);
  if (length < 65536) {
    const head = Buffer.allocUnsafe(4);
    head[0] = FIN | OPCODE_BINARY;
    head[1] = 126;
    head.writeUInt16BE(length, 2);
    return head;
  }
  const head = Buffer.allocUnsafe(10);
  head[0] = FIN | OPCODE_BINARY;
  head[1] = 127;
  head.writeBigUInt64BE(BigInt(length), 2);
  return head;
}

/** Binary frames for `messages`, back to back in one buffer. */
export function frameMessages(messages: Uint8Array[]): Buffer {
  const parts: Uint8Array[] = [];
  for (const message of messages) parts.push(header(message.byteLength), message);
  return Buffer.concat(parts);
}
