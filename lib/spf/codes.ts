/**
 * The stable result codes of an SPF evaluation (GUIDE rule 3): what `SpfResult.code` can say. Scripts match on
 * them; add codes, never rename one.
 */
import type { DnsStatus } from '../dns/types';

export type SpfCode =
  // RFC 7208 §4.6.2 / §4.7: a mechanism matched, or nothing did.
  | 'spf.match'
  | 'spf.default'
  // §4.3 / §4.5: no record to evaluate.
  | 'spf.none.invalid-domain'
  | 'spf.none.nxdomain'
  | 'spf.none.no-record'
  // §4.5, §4.6, §5.2, §6.1: records that cannot be evaluated.
  | 'spf.record.multiple'
  | 'spf.syntax'
  | 'spf.include.none'
  | 'spf.redirect.none'
  | 'spf.input.ip'
  // §4.6.4: the processing limits.
  | 'spf.limit.lookups'
  | 'spf.limit.void'
  | 'spf.limit.mx'
  // §2.6.6 temperror: a DNS failure, by its status.
  | 'spf.dns'
  | `spf.dns.${Lowercase<DnsStatus>}`;
