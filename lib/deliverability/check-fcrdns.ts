/**
 * Forward-confirmed reverse DNS (RFC 8601 §3 "iprev"; RFC 7208 §5.5 takes the same steps): the PTR names of the
 * IP, then the A (or AAAA) records of each name; "pass" when one of them is the IP again. A failed lookup is
 * "unknown", never "pass" and never "fail".
 */
import type { DnsAnswer, DnsResolver } from '../dns/types';
import { normalizeIp } from '../received/ip';
import { ipv4Octets, ptrName } from '../reputation/query-name';
import { safeQuery } from '../reputation/safe-query';
import { skippedDetail } from '../dns/skipped';
import type { FcrdnsResult } from './types';

/** RFC 7208 §5.5: at most 10 PTR names are looked at. */
const MAX_NAMES = 10;

export interface FcrdnsDeps {
  /** null = live checks off. */
  dns: DnsResolver | null;
  signal?: AbortSignal;
}

function failed(a: DnsAnswer): boolean {
  return a.status !== 'NOERROR' && a.status !== 'NXDOMAIN';
}

function failure(ip: string, names: string[], a: DnsAnswer, step: string): FcrdnsResult {
  const skipped = skippedDetail(a);
  if (skipped !== null) return { ip, status: 'unknown', names, confirmed: null, code: `fcrdns.dns.${a.status.toLowerCase()}`, detail: `${skipped}: reverse DNS was not checked.` };
  const why = a.detail !== null && a.detail !== '' ? `${a.status}: ${a.detail}` : a.status;
  return { ip, status: 'unknown', names, confirmed: null, code: `fcrdns.dns.${a.status.toLowerCase()}`, detail: `The ${step} lookup failed (${why}); reverse DNS could not be checked.` };
}

export async function checkFcrdns(rawIp: string, deps: FcrdnsDeps): Promise<FcrdnsResult> {
  const ip = normalizeIp(rawIp);
  const name = ip === null ? null : ptrName(ip);
  if (ip === null || name === null) return { ip: rawIp, status: 'unknown', names: [], confirmed: null, code: 'fcrdns.not-an-ip', detail: `"${rawIp}" is not an IP address.` };
  if (deps.dns === null) return { ip, status: 'unknown', names: [], confirmed: null, code: 'fcrdns.live-off', detail: 'Live checks are off: reverse DNS was not looked up.' };
  const { dns, signal } = deps;
  const ptr = await safeQuery(dns, name, 'PTR', signal);
  if (failed(ptr)) return failure(ip, [], ptr, 'PTR');
  const names = [...new Set(ptr.records.flatMap((r) => (r.type === 'PTR' ? [r.name.toLowerCase().replace(/\.$/, '')] : [])))].slice(0, MAX_NAMES);
  if (names.length === 0) return { ip, status: 'fail', names, confirmed: null, code: 'fcrdns.no-ptr', detail: `${ip} has no reverse DNS (no PTR record at ${name}).` };
  const v4 = ipv4Octets(ip);
  const want = v4 ? v4.join('.') : ip;
  const type = v4 ? 'A' : 'AAAA';
  const forward = await Promise.all(names.map((n) => safeQuery(dns, n, type, signal)));
  const hit = names.find((_n, i) => (forward[i]?.records ?? []).some((r) => (r.type === 'A' || r.type === 'AAAA') && normalizeIp(r.address) === want));
  if (hit !== undefined) return { ip, status: 'pass', names, confirmed: hit, code: 'fcrdns.pass', detail: `${ip} -> ${hit} -> ${ip}: reverse DNS is forward-confirmed.` };
  const broken = forward.find(failed);
  if (broken) return failure(ip, names, broken, `${type} (forward)`);
  return { ip, status: 'fail', names, confirmed: null, code: 'fcrdns.mismatch', detail: `${ip} reverse-resolves to ${names.join(', ')}, but ${names.length === 1 ? 'that name does' : 'none of those names do'} not resolve back to ${ip}.` };
}
