/** Plain-text tables for the bench output. */
import { DRAIN_MS } from "./config";
import type { LoadResult } from "./load";

export type Row = { server: string; result: LoadResult };

function fmt(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

/** Columns before `textColumns` are left-aligned text, the rest right-aligned numbers. */
function table(header: string[], rows: string[][], textColumns = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function latencyTable(clients: number, rows: Row[]): string {
  return [
    `Relay latency, ${clients} clients on one document (ms, send until every observer has it)`,
    `  lost: not at every observer ${DRAIN_MS / 1000} s after the last send; dropped: writer sockets the server closed;`,
    "  server cpu: of one core, while sending;",
    "  writers/observers busy: event-loop use of the load generator's threads (near 100% = generator-bound)",
    table(
      [
        "server",
        "p50",
        "p99",
        "max",
        "measured",
        "lost",
        "dropped",
        "server cpu",
        "writers busy",
        "observers busy",
      ],
      rows.map(({ server, result: r }) => [
        server,
        fmt(r.p50),
        fmt(r.p99),
        fmt(r.max),
        String(r.measured),
        String(r.lost),
        String(r.closedEarly),
        percent(r.serverCores),
        percent(r.writersBusy),
        percent(r.observersBusy),
      ]),
    ),
  ].join("\n");
}

function percent(fraction: number): string {
  return Number.isFinite(fraction) ? `${Math.round(fraction * 100)}%` : "n/a";
}

function ratio(ours: number, peer: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(peer) || peer <= 0) return "n/a";
  return ours / peer >= 10 ? (ours / peer).toFixed(0) : (ours / peer).toFixed(2);
}

/** Ours divided by each peer, per load level: below 1 means we are faster. */
export function ratioTable(ours: string, levels: { clients: number; rows: Row[] }[]): string {
  const out: string[][] = [];
  for (const { clients, rows } of levels) {
    const mine = rows.find((r) => r.server === ours);
    if (!mine) continue;
    for (const peer of rows) {
      if (peer.server === ours) continue;
      out.push([
        String(clients),
        peer.server,
        ratio(mine.result.p50, peer.result.p50),
        ratio(mine.result.p99, peer.result.p99),
      ]);
    }
  }
  return [
    `Our ratio to each peer (${ours} / peer; below 1 means we are faster)`,
    table(["clients", "peer", "p50", "p99"], out, 2),
  ].join("\n");
}

export function keyValues(title: string, pairs: [string, string][]): string {
  const width = Math.max(...pairs.map(([k]) => k.length));
  return [title, ...pairs.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join("\n");
}

export { fmt as formatMs };
