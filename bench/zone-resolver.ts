/**
 * In-memory DNS for the bench: one zone map served to our DnsResolver interface (lib/dns/types.ts) and, through
 * nodeStyleResolver(), to mailauth's `resolver` option in the shape of Node's dns.promises.resolve. Both sides can
 * answer after a fixed latency (setTimeout; the bench is not lib/) and both count the questions they were asked.
 */
import type { DnsAnswer, DnsRecord, DnsResolver, QueryOptions, RRType } from '../lib/dns/types';

export type BenchZone = Readonly<Record<string, readonly DnsRecord[]>>;

/** A TXT record as DNS carries it: character-strings of at most 255 octets (RFC 1035 §3.3.14). */
export function txtRecord(text: string): DnsRecord {
  const strings: string[] = [];
  for (let i = 0; i < text.length; i += 255) strings.push(text.slice(i, i + 255));
  return { type: 'TXT', strings, text };
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Records of `type` at `name`: null when the name does not exist (NXDOMAIN), [] for NODATA. */
function lookup(zone: ReadonlyMap<string, readonly DnsRecord[]>, name: string, type: RRType): DnsRecord[] | null {
  const entries = zone.get(normalize(name));
  return entries ? entries.filter((r) => r.type === type) : null;
}

/** Our side: a DnsResolver over the zone, answering after `latencyMs`. */
export class ZoneResolver implements DnsResolver {
  queries = 0;
  private readonly zone: ReadonlyMap<string, readonly DnsRecord[]>;

  constructor(
    zone: BenchZone,
    private readonly latencyMs = 0,
  ) {
    this.zone = new Map(Object.entries(zone).map(([k, v]) => [normalize(k), v]));
  }

  async query(name: string, type: RRType, options?: QueryOptions): Promise<DnsAnswer> {
    this.queries++;
    await sleep(this.latencyMs);
    if (options?.signal?.aborted === true) return { status: 'ABORTED', records: [], ad: false, detail: 'aborted' };
    const records = lookup(this.zone, name, type);
    return records === null ? { status: 'NXDOMAIN', records: [], ad: false, detail: null } : { status: 'NOERROR', records, ad: false, detail: null };
  }
}

/** mailauth's resolver shape: (name, rrtype) => Node-style answers; MX answers are objects at run time. */
export type NodeStyleResolve = ((name: string, rrtype: string) => Promise<string[][] | string[]>) & { queries: () => number };

function nodeError(code: 'ENOTFOUND' | 'ENODATA', name: string, rrtype: string): Error {
  // Node's dns errors carry the c-ares code in `code`, which mailauth's SPF counts as void lookups.
  return Object.assign(new Error(`query${rrtype} ${code} ${name}`), { code, hostname: name });
}

/** The same zone as Node's dns.promises.resolve would answer it: TXT as string arrays, NXDOMAIN as ENOTFOUND. */
export function nodeStyleResolver(zone: BenchZone, latencyMs = 0): NodeStyleResolve {
  const map: ReadonlyMap<string, readonly DnsRecord[]> = new Map(Object.entries(zone).map(([k, v]) => [normalize(k), v]));
  let count = 0;
  const resolve = async (name: string, rrtype: string): Promise<string[][] | string[]> => {
    count++;
    await sleep(latencyMs);
    const records = lookup(map, name, rrtype.toUpperCase() as RRType);
    if (records === null) throw nodeError('ENOTFOUND', name, rrtype);
    if (records.length === 0) throw nodeError('ENODATA', name, rrtype);
    const out: unknown[] = records.map((r) => {
      switch (r.type) {
        case 'TXT':
          return r.strings;
        case 'MX':
          return { exchange: r.exchange, priority: r.preference };
        case 'A':
        case 'AAAA':
          return r.address;
        default:
          return r.name;
      }
    });
    // mailauth's DNSResolver type leaves out MX objects, which Node (and mailauth at run time) use.
    return out as string[][] | string[];
  };
  return Object.assign(resolve, { queries: () => count });
}
