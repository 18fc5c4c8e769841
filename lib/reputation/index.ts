/**
 * lib/reputation: blocklist (DNSxL) checks for one message.
 * Implements: RFC 5782 (DNS blacklists and whitelists: §2.1 IPv4 reversed-octet names, §2.2 domain names,
 * §2.3 A = listed / NXDOMAIN = not listed, §2.4 IPv6 nibble names, §5 test points as a health check).
 * Honest answers (RFC 5782 §2.3, security goal G4 in docs/security-goals.md; Spamhaus documents
 * 127.255.255.x as query errors for public resolvers): refusal, rate-limit and key-error codes, failed
 * lookups, answers outside 127.0.0.0/8 and undocumented codes are "unknown", never "listed" or "clear"; a list
 * whose health check fails through the chosen resolver is "unknown" with the reason.
 * Known deviations, on purpose:
 * - Spamhaus DBL, SURBL and URIBL are health-checked with RFC 5782's `test` and also with their operators' documented
 *   test domains (dbltest.com, test.surbl.org, test.uribl.com): either one listed is enough, since those lists are
 *   not known to carry `test`. `invalid` must be NXDOMAIN, as the RFC says.
 * - Lists that serve IPv4 and IPv6 in one zone (Spamhaus ZEN) are health-checked with the IPv4 test points only.
 * - Domains are checked at their organizational domain (Public Suffix List, lib/psl), not with SURBL's own
 *   two- and three-level TLD tables.
 * - Bitmask codes with unknown bits, and exact codes a list does not document, are "unknown" rather than RFC 5782's
 *   "any A record is a listing": a list that changes its codes must not make us claim a listing.
 * - SORBS and NiX Spam have shut down: catalogued with a note, never queried.
 */
export { checkReputation, DEFAULT_REPUTATION_LIMITS } from './check-reputation';
export { targetsFor, type TargetsInput, type DomainInput } from './targets';
export { BLOCKLISTS, RETIRED_LISTS, activeLists, type ActiveList } from './catalogue';
export { decodeAnswer } from './decode-answer';
export { healthFor, checkHealth } from './health-check';
export { linkDomains } from './link-domains';
export { ptrName, reversedName } from './query-name';
export { createHealthCache } from './types';
export type {
  Blocklist,
  CheckStatus,
  HealthCache,
  HealthResult,
  ListKind,
  Reputation,
  ReputationCheck,
  ReputationDeps,
  ReputationLimits,
  ReputationTargets,
  RetiredList,
  TargetSource,
} from './types';
