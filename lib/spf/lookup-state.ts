/**
 * State shared by one check_host() evaluation and all its include/redirect recursion: the §4.6.4
 * lookup and void-lookup counters, and a per-evaluation memo of DNS answers so that prefetched
 * questions are asked once.
 */
import type { DnsAnswer, DnsResolver, RRType } from '../dns/types';
import { normalizeName } from '../dns/dns-name';

export class LookupState {
  lookups = 0;
  voids = 0;
  /** Questions asked ahead of need (bounded separately from the RFC counts). */
  prefetched = 0;
  private readonly memo = new Map<string, Promise<DnsAnswer>>();

  constructor(
    private readonly dns: DnsResolver,
    readonly maxLookups: number,
    readonly maxVoids: number,
    private readonly signal: AbortSignal | undefined,
  ) {}

  query(name: string, type: RRType): Promise<DnsAnswer> {
    const key = `${type} ${normalizeName(name)}`;
    let p = this.memo.get(key);
    if (!p) {
      p = this.dns.query(name, type, this.signal ? { signal: this.signal } : {}).catch(
        (): DnsAnswer => ({ status: 'OTHER', records: [], ad: false, detail: 'resolver threw' }),
      );
      this.memo.set(key, p);
    }
    return p;
  }

  /** Count one DNS mechanism/modifier; false when that goes past the limit. */
  countLookup(): boolean {
    this.lookups++;
    return this.lookups <= this.maxLookups;
  }

  /** Count a void lookup (NXDOMAIN or no records); false when that goes past the limit. */
  countVoid(): boolean {
    this.voids++;
    return this.voids <= this.maxVoids;
  }
}
