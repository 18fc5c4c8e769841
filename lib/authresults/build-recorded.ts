/** Build RecordedAuth from the header the provider wrote (plus its Received-SPF when the A-R has no SPF). */
import { parseAddressList, type HeaderField } from '../mime';
import type { AuthHeaderEntry } from './collect';
import type { OtherMethod, RecordedAuth, TrustBasis } from './auth-report';
import type { ResInfo } from './types';
import { computeAlignment } from './alignment';
import { domainOf } from '../dmarc/align';
import { arcVerdict, bimiVerdict, compauthVerdict, dkimVerdict, dmarcVerdict, otherMethod, spfFromReceivedSpf, spfVerdict } from './method-results';
import { mapList } from '../list/map-list';

const NAMED = new Set(['spf', 'dkim', 'dmarc', 'arc', 'compauth', 'bimi']);

function fromHeaderDomain(fields: readonly HeaderField[]): string | null {
  const from = fields.find((f) => f.key === 'from');
  if (!from) return null;
  return parseAddressList(from.value)[0]?.domain ?? null;
}

/**
 * The provider's headers in the order they are read: the primary one first, then its other trusted
 * A-Rs nearest the boundary first. iCloud and Proton write one A-R per method; each method is taken
 * from the first header that has it.
 */
function readingOrder(primary: AuthHeaderEntry, trusted: readonly AuthHeaderEntry[]): AuthHeaderEntry[] {
  const others = trusted.filter((e) => e !== primary && e.header === primary.header && e.parsed !== null).sort((a, b) => b.index - a.index);
  return [primary, ...others];
}

/** The methods outside NAMED, in reading order, at most 50. */
function otherMethods(order: readonly AuthHeaderEntry[]): OtherMethod[] {
  const out: OtherMethod[] = [];
  for (const e of order) {
    for (const r of e.parsed?.resinfo ?? []) {
      if (out.length === 50) return out;
      if (!NAMED.has(r.method)) out.push(otherMethod(r));
    }
  }
  return out;
}

export function buildRecorded(primary: AuthHeaderEntry, basis: TrustBasis, trusted: readonly AuthHeaderEntry[], fields: readonly HeaderField[]): RecordedAuth {
  const order = readingOrder(primary, trusted);
  const used = new Map<AuthHeaderEntry, Set<string>>();
  const take = (m: string): ResInfo[] => {
    for (const e of order) {
      const hits = (e.parsed?.resinfo ?? []).filter((r) => r.method === m);
      if (hits.length > 0) {
        const set = used.get(e) ?? new Set<string>();
        set.add(m);
        used.set(e, set);
        return hits;
      }
    }
    return [];
  };
  const find = (m: string) => take(m)[0];
  const spfInfo = find('spf');
  const receivedSpf = trusted.filter((e) => e.receivedSpf !== null).sort((a, b) => b.index - a.index)[0]?.receivedSpf ?? null;
  const spf = spfInfo ? spfVerdict(spfInfo) : receivedSpf ? spfFromReceivedSpf(receivedSpf) : null;
  const dkim = mapList(take('dkim'), dkimVerdict);
  const dmarcInfo = find('dmarc');
  const dmarc = dmarcInfo ? dmarcVerdict(dmarcInfo) : null;
  const arcInfo = find('arc');
  const compauthInfo = find('compauth');
  const bimiInfo = find('bimi');
  const headerFrom = dmarc?.headerFrom ?? domainOf(fromHeaderDomain(fields));
  const alignment = computeAlignment(headerFrom, spf, dkim);
  return {
    authservId: primary.parsed?.authservId ?? '',
    basis,
    trusted: basis !== 'topmost-guess',
    fieldIndex: primary.index,
    spf,
    dkim,
    dmarc,
    arc: arcInfo ? arcVerdict(arcInfo) : null,
    compauth: compauthInfo ? compauthVerdict(compauthInfo) : null,
    bimi: bimiInfo ? bimiVerdict(bimiInfo) : null,
    alignment,
    fromAuthenticated: dmarc ? dmarc.result === 'pass' : alignment.alignedBy !== null,
    other: otherMethods(order),
    sources: mapList(order.filter((e) => used.has(e)), (e) => ({ authservId: e.parsed?.authservId ?? '', fieldIndex: e.index, methods: [...(used.get(e) ?? [])] })),
  };
}
