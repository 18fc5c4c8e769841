/**
 * lib/dns: the DNS interface (types.ts) and a DNS-over-HTTPS resolver with an injected fetch.
 *
 * Implements: RFC 1035 §3-§4 (messages, names, compression), RFC 3596 (AAAA, ip6.arpa), RFC 6891 (EDNS(0)
 * OPT in queries), RFC 8484 (DoH, GET ?dns= base64url and POST application/dns-message), RFC 2308 §5
 * (negative TTL from the SOA), RFC 4648 §5 (base64url), RFC 5952 (IPv6 text), plus the Google/Cloudflare
 * JSON API (application/dns-json, no RFC).
 *
 * Known deviations / limits:
 * - No DNSSEC validation: the AD bit is passed through as the resolver reported it.
 * - Answer records owned by names outside the question's CNAME chain make the whole answer MALFORMED
 *   (strict on purpose: security goal G4, docs/security-goals.md).
 * - Without injected timers there is no per-query timeout; only the caller's AbortSignal applies.
 * - JSON TXT data: Cloudflare quotes each character-string, Google does not; unquoted data is one string.
 */
export type { DnsAnswer, DnsRecord, DnsResolver, DnsStatus, DohFormat, QueryOptions, RRType } from './types';
export { isAnswer } from './types';
export { createDohResolver, type DohResolver, type DohResolverOptions } from './doh-resolver';
export { createLookupBudget, DEFAULT_RESERVE, LOOKUP_TIERS, type LookupBudget, type LookupLimits, type LookupTier } from './lookup-budget';
export { createDnsCache, type DnsCache, type DnsCacheOptions } from './cache';
export type { FetchLike, FetchInitLike, FetchResponseLike, TimerFns } from './fetch-types';
export { encodeQuery } from './wire-query';
export { decodeResponse } from './wire-response';
export { decodeJsonAnswer } from './json-answer';
