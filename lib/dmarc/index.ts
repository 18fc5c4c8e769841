/**
 * lib/dmarc: RFC 7489 (record §6.3/§6.4, alignment §3.1, policy discovery §6.6.3 with the Public Suffix
 * List (lib/psl), disposition §6.6.4 with pct) and, as an option (deps.mode = 'dmarcbis'), the DMARCbis
 * DNS Tree Walk (draft-ietf-dmarc-dmarcbis §4.10: ≤ 5 queries, psd=, np=, t=). Default: 'rfc7489'.
 * Conformance: the PSL test vectors, 78/78 (tests/conformance/psl.test.ts).
 *
 * Known deviations / choices:
 * - PSL: both ICANN and PRIVATE sections count, so github.io tenants are
 *   separate organizations. lib/psl is generated from the same list snapshot the corpus tests use.
 * - np= (RFC 9091 / DMARCbis) is honoured in both modes; "non-existent" = A, AAAA and MX all empty.
 * - Several v=DMARC1 records, or a record without a usable p= and no rua=: result none (§6.6.3).
 * - pct<100 is reported, not sampled: the disposition shown is the policy for the sampled share.
 */
export { evaluateDmarc, fromDomainOf } from './evaluate';
export { parseDmarcRecord, isDmarcRecord } from './parse-record';
export { organizationalDomain } from '../psl/org-domain';
export { isAligned, alignmentLevel, domainOf } from './align';
export { lintDmarc } from './lint';
export type { DmarcResult, DmarcRecord, DmarcInput, DmarcDeps, DmarcPolicy, DiscoveryMode } from './types';
export type { DmarcCode, DmarcRecordErrorCode, DmarcTag } from './codes';
