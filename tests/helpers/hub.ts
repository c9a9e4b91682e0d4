import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import type { Database } from "../../db/client";
import type { ConnectionLimits } from "../../server/collab/connection";
import { type CollabHub, createCollabHub } from "../../server/collab/hub";
import type { AuthorizeUpgrade } from "../../server/collab/upgrade";

/** Admits every upgrade as the same editor: for suites about rooms and the protocol, not auth. */
export const admitAsEditor: AuthorizeUpgrade = async () => ({
  ok: true,
  identity: { userId: "test-editor", name: "Test Editor", color: "#2563eb", role: "editor" },
});

export type TestHub = { hub: CollabHub; collabUrl: string; close(): Promise<void> };

/** The collaboration hub alone, in this process, on a free port. */
export async function startHub(
  database: Database,
  opts: {
    authorize?: AuthorizeUpgrade;
    limits?: Partial<ConnectionLimits>;
    autoVersionMs?: number;
  } = {},
): Promise<TestHub> {
  const hub = createCollabHub({
    database,
    authorize: opts.authorize ?? admitAsEditor,
    limits: {
      maxMessageBytes: 1024 * 1024,
      messagesPerSecond: 1000,
      messageBurst: 5000,
      ...opts.limits,
    },
    autoVersionMs: opts.autoVersionMs ?? 30 * 60_000,
    log: pino({ level: "silent" }),
  });
  const http = createServer((_req, res) => res.writeHead(404).end());
  http.on(
    "upgrade",
    (req, socket, head) => hub.handleUpgrade(req, socket, head) || socket.destroy(),
  );
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  return {
    hub,
    collabUrl: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/collab`,
    async close() {
      http.close();
      await hub.close();
    },
  };
}
