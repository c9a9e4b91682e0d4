/**
 * Hocuspocus (@hocuspocus/server 4.7), in memory with no extensions, as a
 * bench peer. Run as its own process; prints one JSON "listening" line.
 */
import { Server } from "@hocuspocus/server";
import { announceListening, stopOnSignals } from "./announce";

const host = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 0);

const server = new Server({ address: host, port, quiet: true, stopOnSignals: false });
server.listen().then(
  () => announceListening(host, server.address.port),
  (error: unknown) => {
    process.stderr.write(`Hocuspocus did not start: ${String(error)}\n`);
    process.exit(1);
  },
);
stopOnSignals(() => server.destroy());
