import type { Report } from '../lib/report';
import { hopRows, type HopRow } from '../lib/received/hop-rows';
import { formatDuration } from '../lib/text/duration';
import { showInvisible } from '../lib/text/visible';

function cut(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);
}

const WIDTHS = { from: 44, by: 30, with: 14, time: 25, delay: 10 } as const;

function line(row: HopRow): string {
  const withText = row.auth === null ? row.with : `${row.with}, ${row.auth}`;
  const bar = row.delayShare === null ? '' : ` ${'#'.repeat(Math.max(1, Math.round(row.delayShare * 10)))}`;
  return [
    `  ${String(row.index).padStart(3)}`,
    cut(row.from.join(' / '), WIDTHS.from),
    cut(row.by, WIDTHS.by),
    cut(withText, WIDTHS.with),
    cut(row.time, WIDTHS.time),
    row.delay.padStart(WIDTHS.delay),
    `${row.tls.padEnd(7)}${bar}`,
  ].join('  ');
}

/** The hop table as text, hop 1 (the first hand-off) first as in the popup, with the entry into the provider drawn. */
export function formatHops(report: Report): string[] {
  const { hops, timeline, boundary } = report;
  if (hops.length === 0 || !timeline) return [];
  const rows = hopRows(hops, timeline, boundary);
  const out: string[] = [];
  const total =
    timeline.totalSeconds === null ? 'delivery time unknown' : `delivered in ${formatDuration(timeline.totalSeconds)}`;
  const slowest = rows.find((r) => r.slowest);
  out.push(
    `Delivery path (${String(hops.length)} hop${hops.length === 1 ? '' : 's'}, ${total}${slowest ? `; slowest: hop ${String(slowest.index)}, ${slowest.delay}` : ''})`,
  );
  if (boundary) {
    out.push(
      `  entered ${showInvisible(boundary.provider)} from ${showInvisible(boundary.rdns ?? boundary.helo ?? '?')}${boundary.ip ? ` [${boundary.ip}]` : ''} at hop ${String(boundary.hop)}`,
    );
  }
  for (const s of timeline.skew) out.push(`  clock: ${showInvisible(s.note)}`);
  out.push(
    [
      '  Hop',
      cut('From (HELO / rDNS / IP)', WIDTHS.from),
      cut('By', WIDTHS.by),
      cut('With', WIDTHS.with),
      cut('Time (as written)', WIDTHS.time),
      'Delay'.padStart(WIDTHS.delay),
      'TLS',
    ].join('  '),
  );
  for (const row of rows) {
    if (row.entry && boundary) {
      out.push(
        `       ${'-'.repeat(12)} ${row.index > 1 ? "above: the sender's side, could be forged; " : ''}below: written by your provider ${'-'.repeat(12)}`,
      );
    }
    out.push(line(row));
    for (const s of row.internal) out.push(`${' '.repeat(53)}+ ${s}`);
  }
  return out;
}
