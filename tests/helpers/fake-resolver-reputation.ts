/**
 * Test helpers for lib/reputation and lib/deliverability: healthy RFC 5782 §5 test points for each list, a
 * resolver that delays every answer (parallelism), one that never answers (cancellation) and one that throws.
 */
import type { DnsAnswer, DnsResolver, QueryOptions, RRType } from '../../lib/dns/types';
import { testPointName } from '../../lib/reputation/health-check';
import type { ActiveList } from '../../lib/reputation/catalogue';
import type { Blocklist } from '../../lib/reputation/types';
import type { Zone, ZoneEntry } from './fake-resolver';

export function a(address: string): ZoneEntry {
  return { type: 'A', address };
}

/** The first code (or bit) that means "listed" for a list. */
export function listedCode(list: Blocklist): string {
  const code = list.codes.find((c) => c.kind === 'listed');
  if (code) return code.code;
  const bit = list.bits?.find((b) => b.kind === 'listed' && !b.meaning.includes('reserved'));
  if (bit) return `127.0.0.${String(bit.bit)}`;
  throw new Error(`no listed code for ${list.id}`);
}

/** The first always-listed test point's query name. */
export function listedPoint(active: ActiveList): string {
  return testPointName(active, active.list.testListed[0] ?? '');
}

/**
 * Queries the health checks send for healthy lists when no target is listed: each list's first always-listed
 * point (the never-listed one is asked only before a listing is believed).
 */
export function healthQueries(lists: readonly ActiveList[]): number {
  return lists.length;
}

/** Zone entries that make every given list pass its health check (its first always-listed point answers). */
export function healthyZone(lists: readonly ActiveList[]): Zone {
  const zone: Zone = {};
  for (const active of lists) zone[listedPoint(active)] = [a(listedCode(active.list))];
  return zone;
}

/** Wraps a resolver; each answer arrives `ms` later. Records the peak number of queries in flight. */
export class DelayResolver implements DnsResolver {
  inFlight = 0;
  peak = 0;
  count = 0;
  constructor(
    private readonly inner: DnsResolver,
    private readonly ms: number,
  ) {}

  async query(name: string, type: RRType, options?: QueryOptions): Promise<DnsAnswer> {
    this.count++;
    this.inFlight++;
    this.peak = Math.max(this.peak, this.inFlight);
    await new Promise((resolve) => setTimeout(resolve, this.ms));
    this.inFlight--;
    return this.inner.query(name, type, options);
  }
}

/** Never answers and ignores the signal (a broken resolver): only our own cancellation can end the wait. */
export class HangingResolver implements DnsResolver {
  count = 0;
  query(): Promise<DnsAnswer> {
    this.count++;
    return new Promise<DnsAnswer>(() => undefined);
  }
}

/** Breaks the "never throws" promise of the interface. */
export class ThrowingResolver implements DnsResolver {
  count = 0;
  constructor(private readonly sync: boolean) {}
  query(): Promise<DnsAnswer> {
    this.count++;
    if (this.sync) throw new Error('boom');
    return Promise.reject(new Error('boom'));
  }
}
