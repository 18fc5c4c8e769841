/**
 * The hop table as rows of display text, shared by the popup, the full page and the CLI so that they show one
 * order and one wording: hop 1 (the first hand-off) first, as Microsoft's Message Header Analyzer lists them.
 * Every text is made visible (showInvisible) here: header values are hostile.
 */
import { formatDuration } from '../text/duration';
import { stampTime } from '../text/stamp-time';
import { showInvisible } from '../text/visible';
import { tlsLabel } from './tls-label';
import type { Boundary, Hop, Timeline } from './types';

export interface HopRow {
  index: number;
  side: Hop['side'];
  /** From (HELO / rDNS / IP): the reverse-DNS name (or HELO), "HELO x" when it differs, the address. */
  from: string[];
  by: string;
  /** Provider-internal stamps of this hop ("X-Received 2025-... "). */
  internal: string[];
  with: string;
  /** "authenticated as USER", "authenticated", or null. */
  auth: string | null;
  /** As written, with its zone; "2018-04-22 (no time)"; "–". */
  time: string;
  delay: string;
  /** Delay as a share of the longest delay (0-1), null when there is none to draw. */
  delayShare: number | null;
  delayKind: 'known' | 'clock-off' | 'unknown';
  slowest: boolean;
  tls: string;
  /** The message entered the provider at this hop: the sender's side is above it. */
  entry: boolean;
  raw: string;
  problem: string | null;
}

function address(h: Hop): string | null {
  const { ip, port } = h.from;
  if (ip === null) return null;
  if (port === null) return ip;
  return ip.includes(':') ? `[${ip}]:${String(port)}` : `${ip}:${String(port)}`;
}

function fromLines(h: Hop): string[] {
  const { rdns, helo, name } = h.from;
  const lines: string[] = [];
  const first = rdns ?? helo ?? name;
  if (first !== null) lines.push(first);
  if (rdns !== null && helo !== null && helo.toLowerCase().replace(/\.$/, '') !== rdns) lines.push(`HELO ${helo}`);
  const ip = address(h);
  if (ip !== null && !lines.some((l) => l.includes(ip))) lines.push(ip);
  return lines.length > 0 ? lines.map(showInvisible) : ['(internal)'];
}

function time(h: Hop): string {
  if (h.timestamp !== null) return stampTime(h.timestamp, h.zone);
  return h.date !== null ? `${h.date} (no time)` : '–';
}

/** The rows of the hop table, oldest first. */
export function hopRows(hops: readonly Hop[], timeline: Timeline | null, boundary: Boundary | null): HopRow[] {
  const skewed = new Set((timeline?.skew ?? []).flatMap((s) => (s.hops.length > 0 ? s.hops : [s.hop])));
  const longest = Math.max(0, ...hops.map((h) => h.delaySeconds ?? 0));
  return [...hops]
    .sort((a, b) => a.index - b.index)
    .map((h) => {
      const d = h.delaySeconds;
      const delayKind = d !== null ? 'known' : skewed.has(h.index) ? 'clock-off' : 'unknown';
      return {
        index: h.index,
        side: h.side,
        from: fromLines(h),
        by: showInvisible(h.by.host ?? h.by.ip ?? '(unnamed)'),
        internal: h.internal.map((s) =>
          showInvisible(`${s.name} ${s.timestamp === null ? '(no time)' : stampTime(s.timestamp, h.zone)}`),
        ),
        with: showInvisible(h.with ?? '–'),
        auth:
          h.authUser !== null
            ? showInvisible(`authenticated as ${h.authUser}`)
            : h.authenticated
              ? 'authenticated'
              : null,
        time: time(h),
        delay: d !== null ? formatDuration(d) : delayKind === 'clock-off' ? 'clock off' : '–',
        delayShare: d === null || longest === 0 ? null : d / longest,
        delayKind,
        slowest: timeline?.slowestHop === h.index,
        tls: tlsLabel(h.tls),
        entry: boundary?.hop === h.index,
        raw: showInvisible(h.raw),
        problem: h.problem,
      };
    });
}
