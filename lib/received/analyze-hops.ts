import type { Finding } from '../findings';
import { finding } from '../findings';
import { isoInstant } from '../text/iso-instant';
import type { HeaderField } from '../mime/header-block';
import { parseReceived, type ParsedReceived } from './parse';
import { findBoundary } from './boundary';
import { computeTimeline } from './timeline';
import type { Boundary, Hop, Timeline } from './types';
import type { Provider } from './providers';
import { readInternalStamp, type InternalStamp } from './internal-stamps';
import { mapList } from '../list/map-list';

/** RFC 5321 §6.3: more than 100 Received fields is treated as a mail loop. */
export const MAX_HOPS = 100;
/**
 * RFC 5321 §4.4 / RFC 5322 §3.6.7: the trace field. Providers' other stamps (X-Received and the like,
 * internal-stamps.ts) are attached to the hop that held the message, never counted as hops.
 */
const STAMP_HEADER = 'received';

export interface HopAnalysis {
  /** Oldest first; index 1 = oldest. */
  hops: Hop[];
  timeline: Timeline;
  boundary: Boundary | null;
  provider: Provider | null;
  /** Index in the header list of the Received field at the boundary, or null (for the trust of other headers). */
  boundaryHeaderIndex: number | null;
  /** The newest stamp below the entry that claims to be the provider's and is not (received.forged-provider-hop): its hop and header index. */
  forgedProviderStamp: { hop: number; field: number } | null;
  findings: Finding[];
}

function forgedStamp(newestFirst: readonly Hop[], hop: number | undefined): { hop: number; field: number } | null {
  const h = hop === undefined ? undefined : newestFirst.find((x) => x.index === hop);
  return h === undefined ? null : { hop: h.index, field: h.headerIndex };
}

function zoneText(minutes: number | null): string | null {
  if (minutes === null) return null;
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;
}

function toHop(p: ParsedReceived, f: HeaderField, headerIndex: number, index: number): Hop {
  return {
    index,
    from: {
      helo: p.from.helo,
      rdns: p.from.rdns,
      ip: p.from.ip,
      name: p.from.name,
      port: p.from.port,
      ident: p.from.ident,
      rdnsUnverified: p.from.rdnsUnverified,
    },
    by: p.by,
    with: p.with,
    id: p.id,
    for: p.for,
    tls: p.tls,
    timestamp: p.epochMs === null ? null : isoInstant(p.epochMs),
    delaySeconds: null,
    side: 'unknown',
    raw: `${f.name}: ${f.value}`,
    header: f.name,
    via: p.via,
    authenticated: p.authenticated,
    zone: zoneText(p.zoneMinutes),
    rawDelaySeconds: null,
    problem: p.problem,
    clauses: p.clauses,
    note: p.note,
    headerIndex,
    authUser: p.authUser,
    internal: [],
    date: p.calendarDate,
    dialect: p.dialect,
  };
}

/**
 * Attach each internal stamp to the hop that held the message when it was written: the Received field just
 * below it (stamps are prepended, so that hop had received the message and had not yet passed it on), or,
 * below the oldest Received field, the oldest hop.
 */
function attachInternal(fields: readonly HeaderField[], newestFirst: readonly Hop[]): void {
  const byHeader = new Map(mapList(newestFirst, (h) => [h.headerIndex, h]));
  const pending: InternalStamp[] = [];
  for (let i = 0; i < fields.length; i++) {
    const hop = byHeader.get(i);
    if (hop) {
      hop.internal.push(...pending.splice(0));
      continue;
    }
    const f = fields[i];
    const stamp = f === undefined ? null : readInternalStamp(f);
    if (stamp) pending.push(stamp);
  }
  newestFirst.at(-1)?.internal.push(...pending);
}

/** The address of the host that wrote a stamp: its own ("by ... (ip)"), or the client address the next hop saw for that name. */
function writerIp(h: Hop, next: Hop | undefined): string | null {
  if (h.by.ip !== null) return h.by.ip;
  if (!next || h.by.host === null) return null;
  const named = (n: string | null): boolean => n?.toLowerCase().replace(/\.$/, '') === h.by.host;
  return named(next.from.rdns) || named(next.from.helo) || named(next.from.name) ? next.from.ip : null;
}

/** The delivery path: hops, delays, clock skew and the trust boundary, from the Received stamps. */
export function analyzeHops(fields: readonly HeaderField[], dateMs: number | null): HopAnalysis {
  const findings: Finding[] = [];
  const stamps: { f: HeaderField; i: number }[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f?.key === STAMP_HEADER) stamps.push({ f, i });
  }
  if (stamps.length > MAX_HOPS) {
    findings.push(finding('received.too-many', 'warn', `${String(stamps.length)} Received headers`, `RFC 5321 §6.3 treats more than ${String(MAX_HOPS)} as a mail loop. Only the newest ${String(MAX_HOPS)} are analysed.`));
  }
  const kept = stamps.slice(0, MAX_HOPS);
  const n = kept.length;
  // Newest first, as in the message; index counts from the oldest.
  const parsed = mapList(kept, ({ f }) => parseReceived(f.value));
  const newestFirst = mapList(kept, ({ f, i }, k) => toHop(parsed[k] ?? parseReceived(f.value), f, i, n - k));
  attachInternal(fields, newestFirst);
  const b = findBoundary(newestFirst);
  newestFirst.forEach((h, k) => {
    h.side = b.sides[k] ?? 'unknown';
  });
  const hops = [...newestFirst].reverse();
  const t = computeTimeline(
    // hops[k] is newestFirst[n - 1 - k]: its time as parsed (the ISO text of h.timestamp need not be read back).
    mapList(hops, (h, k) => ({ index: h.index, epochMs: parsed[n - 1 - k]?.epochMs ?? null, side: h.side, host: h.by.host ?? h.by.ip, ip: writerIp(h, hops[k + 1]) })),
    dateMs,
  );
  for (const h of hops) {
    const d = t.delays.get(h.index);
    h.delaySeconds = d?.delaySeconds ?? null;
    h.rawDelaySeconds = d?.rawDelaySeconds ?? null;
  }
  const unreadable = hops.filter((h) => h.problem !== null && h.problem !== 'no date' && h.problem !== 'date without a time');
  if (unreadable.length > 0) {
    findings.push(finding('received.unparsable', 'info', `${String(unreadable.length)} Received header${unreadable.length === 1 ? '' : 's'} could not be fully read`, mapList(unreadable, (h) => `Hop ${String(h.index)}: ${h.problem ?? ''}.`).join(' ') + ' They are shown as written.'));
  }
  const boundaryHop = b.boundary ? newestFirst.find((h) => h.index === b.boundary?.hop) : undefined;
  return {
    hops,
    timeline: t.timeline,
    boundary: b.boundary,
    provider: b.provider,
    boundaryHeaderIndex: boundaryHop?.headerIndex ?? null,
    forgedProviderStamp: forgedStamp(newestFirst, b.forgedHops[0]),
    findings: [...findings, ...b.findings, ...t.findings],
  };
}
