/**
 * Adapter from the openspf YAML `zonedata` (../shared/corpora/spf-rfc7208/SOURCE.md) to a resolver:
 * a FakeResolver zone plus CNAME following. SPF-type entries count as TXT only when the name has no
 * TXT entry (the usual driver convention, see the file header); `TXT: NONE` marks "no TXT records"
 * (pyspf's convention). `TIMEOUT` makes every query for that name time out, except for types the
 * name has records of ("spftimeout": TXT answers, the SPF-type query would time out).
 */
import type { DnsAnswer, DnsRecord, DnsResolver, RRType } from '../../../lib/dns/types';
import { FakeResolver, txt, type Zone, type ZoneEntry } from '../../helpers/fake-resolver';

type YamlRecord = string | Record<string, unknown>;

function toRecord(kind: string, value: unknown): DnsRecord | null {
  const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  switch (kind) {
    case 'TXT':
    case 'SPF':
      return Array.isArray(value) ? txt(...value.map(str)) : txt(str(value));
    case 'A':
      return { type: 'A', address: str(value) };
    case 'AAAA':
      return { type: 'AAAA', address: str(value) };
    case 'MX': {
      const [pref, exchange] = Array.isArray(value) ? (value as unknown[]) : [0, ''];
      return { type: 'MX', preference: Number(pref), exchange: str(exchange).replace(/\.$/, '') };
    }
    case 'PTR':
      return { type: 'PTR', name: str(value).replace(/\.$/, '') };
    case 'CNAME':
      return { type: 'CNAME', name: str(value).replace(/\.$/, '') };
    default:
      return null;
  }
}

export function zoneFromYaml(zonedata: Record<string, YamlRecord[] | null>): { zone: Zone; timeouts: Set<string> } {
  const zone: Zone = {};
  const timeouts = new Set<string>();
  for (const [name, list] of Object.entries(zonedata)) {
    const items = list ?? [];
    const hasTxt = items.some((r) => typeof r === 'object' && 'TXT' in r);
    const entries: ZoneEntry[] = [];
    for (const item of items) {
      if (item === 'TIMEOUT') {
        timeouts.add(name.toLowerCase());
        continue;
      }
      if (typeof item !== 'object') continue;
      for (const [kind, value] of Object.entries(item)) {
        if ((kind === 'SPF' && hasTxt) || (kind === 'TXT' && value === 'NONE')) continue;
        const rec = toRecord(kind, value);
        if (rec) entries.push(rec);
      }
    }
    zone[name] = entries;
  }
  return { zone, timeouts };
}

/** FakeResolver with CNAME chains followed (as a recursive resolver would). */
export class CorpusResolver implements DnsResolver {
  readonly inner: FakeResolver;
  constructor(
    zone: Zone,
    private readonly timeouts = new Set<string>(),
  ) {
    this.inner = new FakeResolver(zone);
  }
  async query(name: string, type: RRType): Promise<DnsAnswer> {
    let current = name;
    for (let hop = 0; hop < 8; hop++) {
      const a = await this.inner.query(current, type);
      if (a.records.length === 0 && this.timeouts.has(current.toLowerCase().replace(/\.$/, ''))) return { status: 'TIMEOUT', records: [], ad: false, detail: 'simulated TIMEOUT' };
      if (a.status !== 'NOERROR' || a.records.length > 0 || type === 'CNAME') return a;
      const c = await this.inner.query(current, 'CNAME');
      const target = c.records[0];
      if (target?.type !== 'CNAME') return a;
      current = target.name;
    }
    return { status: 'SERVFAIL', records: [], ad: false, detail: 'CNAME chain too long' };
  }
}
