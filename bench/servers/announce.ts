/** Shared by the peer server scripts: the same "listening" line our server logs. */
export function announceListening(host: string, port: number): void {
  process.stdout.write(`${JSON.stringify({ msg: "listening", url: `http://${host}:${port}` })}\n`);
}

/** Stops on SIGTERM/SIGINT, and exits if stopping hangs. */
export function stopOnSignals(stop: () => unknown): void {
  const handler = () => {
    setTimeout(() => process.exit(0), 2_000).unref();
    Promise.resolve()
      .then(stop)
      .finally(() => process.exit(0));
  };
  process.on("SIGTERM", handler);
  process.on("SIGINT", handler);
}
