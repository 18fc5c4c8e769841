/**
 * The stable codes of DMARC evaluation and record parsing (GUIDE rule 3): what `DmarcResult.code` and a record's
 * `errors[].code` can say. Scripts match on them; add codes, never rename one.
 */
import type { DnsStatus } from '../dns/types';

/** RFC 7489 §6.3 tags this parser reads (plus DMARCbis np= and psd=). */
export type DmarcTag = 'p' | 'sp' | 'np' | 'adkim' | 'aspf' | 'pct' | 'ri' | 'rua' | 'ruf' | 'fo' | 'rf' | 't' | 'psd';

/** One problem inside a record (§6.3, §6.4); the tag's default is used instead. */
export type DmarcRecordErrorCode = 'dmarc.tag.syntax' | 'dmarc.tag.duplicate' | 'dmarc.tag.p.missing' | `dmarc.tag.${DmarcTag}.invalid`;

export type DmarcCode =
  // §6.6.2: the outcome.
  | 'dmarc.pass'
  // A pass resting only on a DKIM signature that covers part of the body (l=).
  | 'dmarc.pass.partial-body'
  | 'dmarc.fail.unaligned'
  // §6.6.1 / §6.6.3: nothing to evaluate.
  | 'dmarc.from.invalid'
  | 'dmarc.none.no-record'
  | 'dmarc.record.multiple'
  | 'dmarc.record.version'
  | 'dmarc.record.no-policy'
  // A DNS failure while discovering the record, by its status.
  | `dmarc.dns.${Lowercase<DnsStatus>}`
  // Before the evaluation: an input result was a temporary error.
  | 'dmarc.input.temperror';
