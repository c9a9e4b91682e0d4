import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type pino from "pino";
import { WebSocketServer } from "ws";
import { parseCollabPath } from "../../lib/collab/paths";
import { Connection, type ConnectionIdentity, type ConnectionLimits } from "./connection";
import type { RoomRegistry } from "./registry";

/**
 * Decides who may open a socket to a timeline, from the upgrade request
 * (session cookie, or `?token=`). 401: nobody is signed in; 403: the user
 * has no role on this timeline.
 */
export type AuthorizeUpgrade = (
  req: IncomingMessage,
  timelineId: string,
) => Promise<{ ok: true; identity: ConnectionIdentity } | { ok: false; status: 401 | 403 }>;

const STATUS_TEXT = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  503: "Service Unavailable",
} as const;

function refuse(socket: Duplex, status: keyof typeof STATUS_TEXT): void {
  const text = STATUS_TEXT[status];
  const body = `${text}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * Upgrades `/collab/<timelineId>` requests. Everything is decided before the
 * upgrade, so a client never holds a socket it may not have: a malformed
 * path gets HTTP 400, no valid session or token 401, and no role on the
 * timeline 403 (an unknown timeline too: nobody has a role on it, and
 * outsiders learn nothing about which ids exist). Returns false for paths
 * that are not ours.
 */
export function createUpgradeHandler(opts: {
  rooms: RoomRegistry;
  authorize: AuthorizeUpgrade;
  limits: ConnectionLimits;
  log: pino.Logger;
  onConnection?: (conn: Connection) => void;
}) {
  // Frames between the limit and twice the limit are read and refused with
  // 4413 by the Connection; ws itself refuses anything bigger (1009) without
  // buffering it.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: opts.limits.maxMessageBytes * 2,
    perMessageDeflate: false,
  });

  function handle(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const path = parseCollabPath(new URL(req.url ?? "/", "http://localhost").pathname);
    if (path.kind === "other") return false;
    socket.on("error", () => {});
    if (path.kind === "malformed") {
      refuse(socket, 400);
      return true;
    }
    const { timelineId } = path;
    const decide = async () => {
      const decision = await opts.authorize(req, timelineId);
      // A timeline deleted a moment ago may still have rooms and tombstones here.
      if (decision.ok && !(await opts.rooms.exists(timelineId)))
        return { ok: false, status: 404 } as const;
      return decision;
    };
    decide().then(
      (decision) => {
        if (!decision.ok) return refuse(socket, decision.status);
        if (socket.destroyed) return;
        wss.handleUpgrade(req, socket, head, (ws) => {
          // Listeners first, synchronously: frames sent while the room loads are kept.
          const conn = new Connection(ws, timelineId, decision.identity, opts.limits);
          opts.onConnection?.(conn);
          void opts.rooms.connect(conn);
        });
      },
      (error) => {
        opts.log.error({ err: error, timelineId }, "upgrade failed");
        refuse(socket, 503);
      },
    );
    return true;
  }

  return { handle, close: () => wss.close() };
}
