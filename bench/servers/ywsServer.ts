/**
 * The stock y-websocket server (@y/websocket-server 0.1.1), in memory, as a
 * bench peer. Run as its own process; prints one JSON "listening" line.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { setupWSConnection } from "@y/websocket-server/utils";
import { WebSocketServer } from "ws";
import { announceListening, stopOnSignals } from "./announce";

const host = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 0);

const wss = new WebSocketServer({ noServer: true });
wss.on("connection", (conn, req) => setupWSConnection(conn, req));

const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
});
server.on("upgrade", (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
});
server.listen(port, host, () => {
  announceListening(host, (server.address() as AddressInfo).port);
});
stopOnSignals(() => server.close());
