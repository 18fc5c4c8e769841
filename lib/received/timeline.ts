import type { Finding } from '../findings';
import { finding } from '../findings';
import { isoInstant } from '../text/iso-instant';
import type { SkewNote, Timeline } from './types';
import { first, groupRuns, markOffClocks, TOLERANCE_MS, zoneJump, type ClockStamp, type Run } from './clock-runs';
import { mapList } from '../list/map-list';

const HOUR = 3600;
/** A hop faster than this is not worth calling the slowest. */
const SLOWEST_MIN_S = 10;

export interface Stamp {
  index: number;
  epochMs: number | null;
  side: 'sender' | 'provider' | 'unknown';
  /** The host that wrote the stamp ("by"), lower-case, when named: consecutive stamps by one host share a clock. */
  host?: string | null;
  /** That host's address, when known. */
  ip?: string | null;
}

export interface DelayResult {
  timeline: Timeline;
  /** Per hop index: trusted delay and the plain difference. */
  delays: Map<number, { delaySeconds: number | null; rawDelaySeconds: number | null }>;
  findings: Finding[];
}

function iso(ms: number | null): string | null {
  return ms === null ? null : isoInstant(ms);
}

function duration(seconds: number): string {
  const abs = Math.abs(seconds);
  return abs >= 5400
    ? `${String(Math.round(abs / HOUR))} hours`
    : abs >= 120
      ? `${String(Math.round(abs / 60))} minutes`
      : `${String(abs)} seconds`;
}

/** A whole number of hours within 90 s: the mark of a clock set to the wrong time zone. */
function wholeHours(seconds: number): boolean {
  const h = Math.round(seconds / HOUR);
  return h !== 0 && Math.abs(h) <= 14 && Math.abs(seconds - h * HOUR) <= 90;
}

function who(run: Run): string {
  const idx = mapList(run.stamps, (s) => s.index);
  const hops = idx.length === 1 ? `hop ${String(idx[0])}` : `hops ${String(idx[0])}–${String(idx.at(-1))}`;
  return run.host === null ? `The clock of ${hops}` : `The clock of ${run.host} (${hops})`;
}

function note(run: Run, offsetS: number, why: string): SkewNote {
  const hours = Math.abs(Math.round(offsetS / HOUR));
  const size = run.exact
    ? `probably ${String(hours)} hour${hours === 1 ? '' : 's'} ${offsetS > 0 ? 'ahead' : 'behind'} (wrong time zone)`
    : `about ${duration(offsetS)} ${offsetS > 0 ? 'ahead' : 'behind'}`;
  return {
    hop: run.stamps[0]?.index ?? 0,
    offsetSeconds: offsetS,
    note: `${who(run)} is ${size}: ${why}`,
    hops: mapList(run.stamps, (s) => s.index),
    host: run.host,
    ip: run.ip,
  };
}

/** The sender's whole side read an exact number of hours early: correct every trusted run before the jump. */
function correctZoneJumps(runs: Run[]): Run[] {
  const corrected: Run[] = [];
  const trusted = runs.filter((r) => r.offsetMs === null || r.exact);
  for (let k = 1; k < trusted.length; k++) {
    const a = trusted[k - 1];
    const b = trusted[k];
    if (!a || !b || a.offsetMs !== null) continue;
    const jump = zoneJump(a, b);
    if (jump === null) continue;
    for (const r of trusted.slice(0, k)) {
      if (r.offsetMs !== null || r.stamps.some((s) => s.side === 'provider')) continue;
      r.offsetMs = -jump;
      r.exact = true;
      corrected.push(r);
    }
  }
  return corrected;
}

/**
 * Per-hop delays, total delivery time and clock skew. Delays are measured on corrected times: a run of stamps
 * with a wrong zone is moved by its whole hours; a clock off by another amount gives no delay into or out of
 * its stamps (only between stamps on that same clock). Delays are never negative.
 */
export function computeTimeline(oldestFirst: readonly Stamp[], dateMs: number | null): DelayResult {
  const delays: DelayResult['delays'] = new Map();
  const findings: Finding[] = [];
  const pts: ClockStamp[] = [];
  for (const s of oldestFirst)
    if (s.epochMs !== null) pts.push({ index: s.index, epochMs: s.epochMs, side: s.side, host: s.host ?? null, ip: s.ip ?? null });
  const runs = groupRuns(pts);
  markOffClocks(runs, dateMs);
  const zoned = correctZoneJumps(runs);
  const skew: SkewNote[] = [];
  for (const r of runs) {
    if (r.offsetMs === null) continue;
    const s = Math.round(r.offsetMs / 1000);
    const why = zoned.includes(r)
      ? 'the jump to the next hop is a time-zone error, not a real delay.'
      : s < 0
        ? 'its time is earlier than the hop before it.'
        : 'the hops after it all carry earlier times.';
    skew.push(note(r, s, why));
  }
  // Delays on corrected times; within a clock that is off by an unknown amount, only same-clock differences.
  let prevAny: number | null = null;
  let ref: number | null = null;
  // The first and last corrected times, and how many there are.
  let start: number | null = null;
  let end: number | null = null;
  let count = 0;
  for (const r of runs) {
    for (let k = 0; k < r.stamps.length; k++) {
      const s = r.stamps[k];
      if (s === undefined) continue;
      const raw = prevAny === null ? null : Math.round((s.epochMs - prevAny) / 1000);
      prevAny = s.epochMs;
      const known = r.offsetMs === null || r.exact;
      const t = s.epochMs - (known ? (r.offsetMs ?? 0) : 0);
      let d: number | null = null;
      if (known) {
        if (ref !== null) d = Math.max(0, Math.round((t - ref) / 1000));
        ref = t;
        start ??= t;
        end = t;
        count++;
      } else if (k > 0) d = Math.max(0, Math.round((s.epochMs - (r.stamps[k - 1]?.epochMs ?? s.epochMs)) / 1000));
      delays.set(s.index, { delaySeconds: d, rawDelaySeconds: raw });
    }
  }
  let createdAt: number | null = start;
  if (dateMs !== null && start !== null) {
    // The Date header's clock is the sender's; it shares the correction of the first stamps when it agrees with them as written.
    const firstRun = runs.find((r) => r.offsetMs === null || r.exact);
    const sameClock = firstRun?.exact === true && Math.abs(dateMs - first(firstRun)) <= TOLERANCE_MS;
    const date = sameClock ? dateMs - (firstRun.offsetMs ?? 0) : dateMs;
    const lead = Math.round((date - start) / 1000);
    if (lead > TOLERANCE_MS / 1000) {
      skew.unshift({
        hop: 0,
        offsetSeconds: lead,
        note: `The sender's clock (Date header) is about ${duration(lead)} ahead: the message is dated after the first server received it.`,
        hops: [],
        host: null,
        ip: null,
      });
    } else if (-lead > HOUR - 600 && wholeHours(-lead)) {
      skew.unshift({
        hop: 0,
        offsetSeconds: lead,
        note: `The sender's clock (Date header) is probably ${duration(lead)} behind (wrong time zone): the ${String(Math.round(-lead / HOUR))}-hour gap before the first server is not a real delay.`,
        hops: [],
        host: null,
        ip: null,
      });
    } else createdAt = Math.min(date, start);
  }
  let slowestHop: number | null = null;
  let slowest = 0;
  for (const [index, d] of delays) {
    if (d.delaySeconds !== null && d.delaySeconds > slowest) {
      slowest = d.delaySeconds;
      slowestHop = index;
    }
  }
  if (slowest < SLOWEST_MIN_S) slowestHop = null;
  if (slowest >= 600 && slowestHop !== null) {
    findings.push(
      finding(
        'received.slow-hop',
        'info',
        `${duration(slowest)} passed before hop ${String(slowestHop)} received the message`,
        `The server of hop ${String(slowestHop - 1)} held it that long before hop ${String(slowestHop)} accepted it: a queue, greylisting, a retry after a temporary error, or content scanning.`,
      ),
    );
  }
  if (skew.length > 0) {
    findings.push(
      finding(
        'received.clock-skew',
        'info',
        `${String(skew.length)} clock${skew.length === 1 ? '' : 's'} off`,
        mapList(skew, (s) => s.note).join(' '),
      ),
    );
  }
  // Unknown when nothing spans time: a single stamp and no usable Date header.
  const totalSeconds =
    createdAt !== null && end !== null && (count > 1 || createdAt !== end)
      ? Math.max(0, Math.round((end - createdAt) / 1000))
      : null;
  return {
    timeline: { createdAt: iso(createdAt), deliveredAt: iso(end), totalSeconds, slowestHop, skew },
    delays,
    findings,
  };
}
