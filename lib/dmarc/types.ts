/** DMARC record, result and dependencies (RFC 7489; DMARCbis tags np, t, psd where noted). */
import type { DnsResolver } from '../dns/types';
import type { DmarcCode, DmarcRecordErrorCode } from './codes';

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';
export type AlignmentMode = 'r' | 's';

/** How one identifier aligns with the From domain (RFC 7489 §3.1); `unknown` when a domain is missing. */
export type AlignmentLevel = 'strict' | 'relaxed' | 'none' | 'unknown';
/** RFC 8601 §2.7.? dmarc method results. */
export type DmarcResultCode = 'pass' | 'fail' | 'none' | 'temperror' | 'permerror';
export type DiscoveryMode = 'rfc7489' | 'dmarcbis';

export interface ReportUri {
  uri: string;
  /** The mailbox of a mailto: URI, else null. */
  address: string | null;
  /** The "!size" limit as written (e.g. "10m"), or null. */
  maxSize: string | null;
}

export interface DmarcRecord {
  /** null when p= is absent or invalid (RFC 7489 §6.6.3 step 6 may still apply p=none). */
  p: DmarcPolicy | null;
  sp: DmarcPolicy | null;
  /** RFC 9091 / DMARCbis: policy for non-existent subdomains. */
  np: DmarcPolicy | null;
  pct: number;
  adkim: AlignmentMode;
  aspf: AlignmentMode;
  rua: ReportUri[];
  ruf: ReportUri[];
  fo: string[];
  rf: string[];
  ri: number;
  /** DMARCbis t=y (testing). */
  testing: boolean;
  /** DMARCbis psd= (y, n, u). */
  psd: 'y' | 'n' | 'u';
  /** Tags as written, in order (names lower-cased). */
  tags: [string, string][];
  /** Problems that make a tag be ignored or defaulted, with stable codes. */
  errors: { code: DmarcRecordErrorCode; detail: string }[];
}

export interface DmarcResult {
  result: DmarcResultCode;
  /** RFC5322.From domain. */
  domain: string;
  orgDomain: string | null;
  /** Where the record was found (_dmarc. removed), or null. */
  policyDomain: string | null;
  /** The policy that applies to this From domain (p, sp or np), or null without a record. */
  policy: DmarcPolicy | null;
  /** What a receiver would do with this message: none for pass; the policy (downgraded for t=y) for fail. */
  disposition: DmarcPolicy;
  pct: number;
  spfAligned: boolean;
  dkimAligned: boolean;
  /** The identifier that produced the pass. */
  alignedBy: { method: 'spf' | 'dkim'; domain: string } | null;
  /**
   * The pass rests only on a DKIM signature whose l= covers part of the body (RFC 6376 §8.2): text after the
   * signed bytes could have been appended by anyone.
   */
  partialBody: boolean;
  record: string | null;
  parsed: DmarcRecord | null;
  rua: string[];
  ruf: string[];
  /** Stable code: dmarc.pass, dmarc.fail.unaligned, dmarc.none.no-record, dmarc.dns.timeout ... */
  code: DmarcCode;
  reason: string;
  mode: DiscoveryMode;
}

export interface DmarcDeps {
  dns: DnsResolver;
  /** Policy discovery: RFC 7489 PSL lookup (default) or the DMARCbis DNS tree walk. */
  mode?: DiscoveryMode;
  signal?: AbortSignal;
}

export interface DmarcInput {
  /** RFC5322.From domain, or the From address. */
  headerFrom: string;
  spf: { result: string; domain: string } | null;
  /** `partialBody`: a pass whose l= is shorter than the body (RFC 6376 §3.5, §8.2). */
  dkim: readonly { result: string; domain: string; partialBody?: boolean }[];
}
