import type { Report } from '../lib/report';
import { formatDuration } from '../lib/text/duration';
import { showInvisible } from '../lib/text/visible';

function cut(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);
}

/** The hop table as text, newest first like the message, with the trust boundary drawn. */
export function formatHops(report: Report): string[] {
  const { hops, timeline, boundary } = report;
  if (hops.length === 0 || !timeline) return [];
  const out: string[] = [];
  const total = timeline.totalSeconds === null ? 'delivery time unknown' : `delivered in ${formatDuration(timeline.totalSeconds)}`;
  out.push(`Delivery path (${String(hops.length)} hop${hops.length === 1 ? '' : 's'}, ${total})`);
  if (boundary) {
    out.push(`  entered ${showInvisible(boundary.provider)} from ${showInvisible(boundary.rdns ?? boundary.helo ?? '?')}${boundary.ip ? ` [${boundary.ip}]` : ''} at hop ${String(boundary.hop)}`);
  }
  for (const s of timeline.skew) out.push(`  clock: ${s.note}`);
  out.push(`  ${'#'.padStart(3)}  ${cut('from', 40)} ${cut('by', 34)} ${'TLS'.padEnd(4)} ${'delay'.padStart(10)}`);
  const skewed = new Set(timeline.skew.map((s) => s.hop));
  for (const h of [...hops].reverse()) {
    const name = h.from.rdns ?? h.from.helo ?? h.from.name;
    const from = name === null && h.from.ip === null ? '(internal)' : `${name ?? ''}${h.from.ip ? ` [${h.from.ip}]` : ''}`.trim();
    const delay = h.delaySeconds !== null ? formatDuration(h.delaySeconds) : skewed.has(h.index) ? 'clock off' : '-';
    out.push(`  ${String(h.index).padStart(3)}  ${cut(showInvisible(from), 40)} ${cut(showInvisible(h.by.host ?? h.by.ip ?? '?'), 34)} ${(h.tls ? 'yes' : '-').padEnd(4)} ${delay.padStart(10)}`);
    if (boundary && h.index === boundary.hop && h.index > 1) out.push(`       ${'-'.repeat(20)} above: written by your provider; below: sender's side, could be forged`);
  }
  return out;
}
