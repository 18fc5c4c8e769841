import type { DnsAnswer, DnsRecord, DnsResolver, DnsStatus, RRType } from '../../lib/dns/types';

/** A zone entry: records, or a failure status for that name (and type) to simulate faults. */
export type ZoneEntry = DnsRecord | { fail: DnsStatus };
export type Zone = Record<string, ZoneEntry[]>;

export function txt(...strings: string[]): DnsRecord {
  return { type: 'TXT', strings, text: strings.join('') };
}

/**
 * In-memory resolver over a zone map (names are case-insensitive, trailing dot ignored).
 * Unknown names are NXDOMAIN; a name with records of other types only is NODATA. Counts queries.
 */
export class FakeResolver implements DnsResolver {
  readonly queries: { name: string; type: RRType }[] = [];
  private readonly zone = new Map<string, ZoneEntry[]>();

  constructor(zone: Zone = {}) {
    for (const [name, entries] of Object.entries(zone)) this.zone.set(normalize(name), entries);
  }

  query(name: string, type: RRType): Promise<DnsAnswer> {
    this.queries.push({ name, type });
    const entries = this.zone.get(normalize(name));
    if (!entries) return Promise.resolve({ status: 'NXDOMAIN', records: [], ad: false, detail: null });
    const failure = entries.find((e): e is { fail: DnsStatus } => 'fail' in e);
    if (failure) return Promise.resolve({ status: failure.fail, records: [], ad: false, detail: `simulated ${failure.fail}` });
    const records = entries.filter((e): e is DnsRecord => !('fail' in e) && e.type === type);
    return Promise.resolve({ status: 'NOERROR', records, ad: false, detail: null });
  }

  count(type?: RRType): number {
    return type ? this.queries.filter((q) => q.type === type).length : this.queries.length;
  }
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}
