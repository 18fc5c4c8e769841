/**
 * The DNS interface every live check uses (lib is pure: the host supplies it). Implementations: the DoH client (lib/dns/),
 * the zone-file fake resolver in tests/helpers/fake-resolver.ts. Nothing here throws: every failure is a status.
 */
export type RRType = 'TXT' | 'A' | 'AAAA' | 'MX' | 'PTR' | 'CNAME' | 'NS';

export type DnsRecord =
  | { type: 'TXT'; /** character-strings as sent */ strings: string[]; /** strings joined without separator (RFC 7208 §3.3, RFC 6376 §3.6.2.2) */ text: string }
  | { type: 'A'; address: string }
  | { type: 'AAAA'; address: string }
  | { type: 'MX'; preference: number; exchange: string }
  | { type: 'PTR'; name: string }
  | { type: 'CNAME'; name: string }
  | { type: 'NS'; name: string };

/**
 * NOERROR and NXDOMAIN are answers; everything else is a failure of the lookup, which consumers must turn
 * into temperror (or "unknown"), never into pass or "not listed".
 */
export type DnsStatus =
  | 'NOERROR'
  | 'NXDOMAIN'
  | 'SERVFAIL'
  | 'REFUSED'
  | 'FORMERR'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'HTTP'
  | 'MALFORMED'
  | 'TRUNCATED'
  | 'ABORTED'
  | 'BUDGET'
  | 'OTHER';

export interface DnsAnswer {
  status: DnsStatus;
  /** Records of the asked type (NOERROR only; empty = NODATA). */
  records: DnsRecord[];
  /** DNSSEC Authenticated Data bit as reported by the resolver. */
  ad: boolean;
  /** Human-readable reason for a failure, or null. */
  detail: string | null;
}

export interface QueryOptions {
  signal?: AbortSignal;
}

export interface DnsResolver {
  query(name: string, type: RRType, options?: QueryOptions): Promise<DnsAnswer>;
}

/** True when the lookup produced an answer (possibly empty or NXDOMAIN), false on any failure. */
export function isAnswer(a: DnsAnswer): boolean {
  return a.status === 'NOERROR' || a.status === 'NXDOMAIN';
}

/** How a DoH endpoint is asked: RFC 8484 wire format, or the Google/Cloudflare JSON API. */
export type DohFormat = 'wire' | 'json';
