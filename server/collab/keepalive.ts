import type { Connection } from "./connection";

/**
 * Pings every connection each `intervalMs`; one that has not answered the
 * previous ping is terminated, so dead peers do not keep rooms loaded.
 */
export function startKeepalive(
  connections: () => Iterable<Connection>,
  intervalMs = 30_000,
): () => void {
  const timer = setInterval(() => {
    for (const conn of connections()) {
      if (!conn.alive) {
        conn.terminate();
        continue;
      }
      conn.alive = false;
      conn.ws.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
