import type { Finding } from '../findings';
import { finding } from '../findings';
import type { SkewNote, Timeline } from './types';

/** Clocks and second rounding: differences smaller than this are noise. */
const TOLERANCE_S = 120;
const HOUR = 3600;

export interface Stamp {
  index: number;
  epochMs: number | null;
  side: 'sender' | 'provider' | 'unknown';
}

export interface DelayResult {
  timeline: Timeline;
  /** Per hop index: trusted delay and the plain difference. */
  delays: Map<number, { delaySeconds: number | null; rawDelaySeconds: number | null }>;
  findings: Finding[];
}

function hours(seconds: number): number {
  return Math.round(seconds / HOUR);
}

/** Zone offsets run from -12:00 to +14:00, so a wrong zone moves a clock by at most 14 hours. */
const MAX_ZONE_ERROR_H = 14;

/** A jump of whole hours (within tolerance) is the mark of a clock set to the wrong time zone. */
function wholeHours(seconds: number): boolean {
  const h = hours(seconds);
  return h !== 0 && Math.abs(h) <= MAX_ZONE_ERROR_H && Math.abs(seconds - h * HOUR) <= 90;
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

function duration(seconds: number): string {
  const abs = Math.abs(seconds);
  return abs >= 5400 ? `${String(hours(abs))} hours` : abs >= 120 ? `${String(Math.round(abs / 60))} minutes` : `${String(abs)} seconds`;
}

function describe(offset: number): string {
  return `${duration(offset)} ${offset > 0 ? 'ahead' : 'behind'}`;
}

/**
 * Per-hop delays, total delivery time and clock skew (issue 3). A negative step means one clock is off: if the
 * next stamp agrees with the one before, the odd stamp is off; otherwise the earlier clock ran ahead. A jump of
 * whole hours is reported as a probable time-zone error. Delays touching a skewed clock are null, never negative.
 */
export function computeTimeline(oldestFirst: readonly Stamp[], dateMs: number | null): DelayResult {
  const delays: DelayResult['delays'] = new Map();
  const skew: SkewNote[] = [];
  const findings: Finding[] = [];
  const pts = oldestFirst.filter((s): s is Stamp & { epochMs: number } => s.epochMs !== null);
  const trusted: (Stamp & { epochMs: number })[] = [];
  let prevAny: number | null = null;
  for (const [k, p] of pts.entries()) {
    const raw = prevAny === null ? null : Math.round((p.epochMs - prevAny) / 1000);
    prevAny = p.epochMs;
    const ref = trusted.at(-1);
    if (!ref) {
      trusted.push(p);
      delays.set(p.index, { delaySeconds: null, rawDelaySeconds: raw });
      continue;
    }
    const d = Math.round((p.epochMs - ref.epochMs) / 1000);
    if (d >= -TOLERANCE_S) {
      if (d > HOUR - 600 && wholeHours(d) && ref.side !== p.side) {
        const off = hours(d) * HOUR;
        skew.push({ hop: ref.index, offsetSeconds: -off, note: `Hop ${String(ref.index)}'s clock is probably ${describe(-off)} (wrong time zone): the ${String(hours(d))}-hour gap to hop ${String(p.index)} is not a real delay.` });
        delays.set(p.index, { delaySeconds: null, rawDelaySeconds: raw });
      } else {
        delays.set(p.index, { delaySeconds: Math.max(0, d), rawDelaySeconds: raw });
      }
      trusted.push(p);
      continue;
    }
    const next = pts[k + 1];
    // The odd one out: the next stamp agrees with the one before, or (for the newest stamp) the one before has
    // company of its own. Two lone stamps that disagree: the earlier, sender-side clock is the suspect.
    const alone = next ? next.epochMs >= ref.epochMs - TOLERANCE_S * 1000 : trusted.length >= 2;
    if (alone) {
      // This stamp alone is out of line with both neighbours.
      const off = d;
      skew.push({ hop: p.index, offsetSeconds: off, note: `Hop ${String(p.index)}'s clock is about ${describe(off)}${wholeHours(off) ? ' (wrong time zone?)' : ''}: its time is earlier than the hop before it.` });
      delays.set(p.index, { delaySeconds: null, rawDelaySeconds: raw });
    } else {
      // The earlier clock ran ahead: every later stamp is behind it.
      trusted.pop();
      skew.push({ hop: ref.index, offsetSeconds: -d, note: `Hop ${String(ref.index)}'s clock is about ${describe(-d)}${wholeHours(-d) ? ' (wrong time zone?)' : ''}: the hops after it all carry earlier times.` });
      const prior = delays.get(ref.index);
      delays.set(ref.index, { delaySeconds: null, rawDelaySeconds: prior?.rawDelaySeconds ?? null });
      const before = trusted.at(-1);
      delays.set(p.index, { delaySeconds: before ? Math.max(0, Math.round((p.epochMs - before.epochMs) / 1000)) : null, rawDelaySeconds: raw });
      trusted.push(p);
    }
  }
  const first = trusted[0];
  const last = trusted.at(-1);
  let createdAt = dateMs;
  // When the first stamp's clock is off, a Date header that agrees with it was written on the same clock.
  const firstOffset = first ? (skew.find((s) => s.hop === first.index)?.offsetSeconds ?? 0) : 0;
  if (dateMs !== null && first) {
    const lead = Math.round((dateMs - first.epochMs) / 1000);
    if (lead > TOLERANCE_S) {
      skew.push({ hop: 0, offsetSeconds: lead, note: `The sender's clock (Date header) is about ${describe(lead)}: the message is dated after the first server received it.` });
      createdAt = first.epochMs;
    } else if (-lead > HOUR - 600 && wholeHours(-lead)) {
      skew.push({ hop: 0, offsetSeconds: lead, note: `The sender's clock (Date header) is probably ${describe(lead)} (wrong time zone): the ${String(hours(-lead))}-hour gap before the first server is not a real delay.` });
      createdAt = first.epochMs;
    } else if (firstOffset !== 0 && Math.abs(lead) <= TOLERANCE_S) {
      createdAt = dateMs - firstOffset * 1000;
    }
  }
  createdAt ??= first ? first.epochMs - firstOffset * 1000 : null;
  const deliveredAt = last?.epochMs ?? null;
  let slowestHop: number | null = null;
  let slowest = 0;
  for (const [index, d] of delays) {
    if (d.delaySeconds !== null && d.delaySeconds > slowest) {
      slowest = d.delaySeconds;
      slowestHop = index;
    }
  }
  if (slowest >= 600 && slowestHop !== null) {
    findings.push(finding('received.slow-hop', 'info', `${duration(slowest)} passed before hop ${String(slowestHop)} received the message`, `The server of hop ${String(slowestHop - 1)} held it that long before hop ${String(slowestHop)} accepted it: a queue, greylisting, a retry after a temporary error, or content scanning.`));
  }
  if (skew.length > 0) {
    findings.push(finding('received.clock-skew', 'info', `${String(skew.length)} clock${skew.length === 1 ? '' : 's'} off`, skew.map((s) => s.note).join(' ')));
  }
  const totalSeconds = createdAt !== null && deliveredAt !== null ? Math.max(0, Math.round((deliveredAt - createdAt) / 1000)) : null;
  return { timeline: { createdAt: iso(createdAt), deliveredAt: iso(deliveredAt), totalSeconds, slowestHop, skew }, delays, findings };
}
