import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type pino from "pino";
import { WebSocketServer } from "ws";
import { parseCollabPath } from "../../lib/collab/paths";
import { Connection } from "./connection";
import type { RoomRegistry } from "./registry";

function refuse(socket: Duplex, status: 400 | 404 | 503, text: string): void {
  const body = `${text}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * Upgrades `/collab/<timelineId>` requests. A malformed path gets HTTP 400 and
 * an unknown timeline 404, both before the upgrade, so a client never holds a
 * socket to nothing. Returns false for paths that are not ours.
 */
export function createUpgradeHandler(opts: {
  rooms: RoomRegistry;
  maxMessageBytes: number;
  log: pino.Logger;
  onConnection?: (conn: Connection) => void;
}) {
  // Frames between the limit and twice the limit are read and refused with
  // 4413 by the Connection; ws itself refuses anything bigger (1009) without
  // buffering it.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: opts.maxMessageBytes * 2,
    perMessageDeflate: false,
  });

  function handle(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const path = parseCollabPath(new URL(req.url ?? "/", "http://localhost").pathname);
    if (path.kind === "other") return false;
    socket.on("error", () => {});
    if (path.kind === "malformed") {
      refuse(socket, 400, "Bad Request");
      return true;
    }
    const { timelineId } = path;
    opts.rooms.exists(timelineId).then(
      (exists) => {
        if (!exists) return refuse(socket, 404, "Not Found");
        if (socket.destroyed) return;
        wss.handleUpgrade(req, socket, head, (ws) => {
          // Listeners first, synchronously: frames sent while the room loads are kept.
          const conn = new Connection(ws, timelineId, opts.maxMessageBytes);
          opts.onConnection?.(conn);
          void opts.rooms.connect(conn);
        });
      },
      (error) => {
        opts.log.error({ err: error, timelineId }, "upgrade failed");
        refuse(socket, 503, "Service Unavailable");
      },
    );
    return true;
  }

  return { handle, close: () => wss.close() };
}
