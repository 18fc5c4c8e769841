/** The "why did it land in spam?" checklist: inputs (every piece optional) and items. */
import type { Boundary, Hop } from '../received/types';
import type { Reputation } from '../reputation/types';

export type ItemStatus = 'pass' | 'warn' | 'fail' | 'unknown';

/** contract: one checklist line. */
export interface DeliverabilityItem {
  /** Stable id, e.g. `deliverability.spf`. */
  id: string;
  status: ItemStatus;
  title: string;
  /** What in this message (or in DNS) shows it. */
  evidence: string;
  /** What to change, or null when nothing needs to change. */
  fix: string | null;
}

/** Forward-confirmed reverse DNS of one IP (RFC 8601 §3 "iprev", the same test receivers run). */
export interface FcrdnsResult {
  ip: string;
  status: 'pass' | 'fail' | 'unknown';
  /** PTR names found (at most 10, RFC 7208 §5.5 takes the same cap). */
  names: string[];
  /** The PTR name whose A/AAAA records include the IP, or null. */
  confirmed: string | null;
  /** Stable code: fcrdns.pass, fcrdns.no-ptr, fcrdns.mismatch, fcrdns.live-off, fcrdns.not-an-ip, fcrdns.dns.timeout ... */
  code: string;
  detail: string;
}

/** The receiving provider's own verdict, already decoded from its stamps by another module. */
export interface SpamVerdict {
  /** Microsoft spam confidence level, -1 to 9. */
  scl?: number | null;
  /** Microsoft bulk complaint level, 0 to 9. */
  bcl?: number | null;
  /** Microsoft SFV: SPM, NSPM, BLK, SKS, SKB, SFE, SKA, SKN, SKI, SKQ ... */
  sfv?: string | null;
  spamAssassin?: { score: number; required: number | null; flagged: boolean | null } | null;
}

export interface DmarcInput {
  /** RFC 8601 dmarc result: pass, fail, none, temperror, permerror. */
  result: string;
  domain?: string | null;
  /** The policy that applies (p=, sp= or np=), or null without a record (or, from a recorded result, when the receiver did not write it). */
  policy: 'none' | 'quarantine' | 'reject' | null;
  /** Where the result comes from: a live evaluation, or the provider's recorded result (which may omit the policy). */
  source?: 'live' | 'recorded';
  /** A forwarder (list) whose change broke DMARC and whose ARC seal the provider accepted (lib/authresults/forwarding.ts). */
  forwardedBy?: string | null;
  /** The record as published, or null when none was found. */
  record?: string | null;
  spfAligned?: boolean | null;
  dkimAligned?: boolean | null;
  pct?: number | null;
  /** The pass rests only on a DKIM signature with l= shorter than the body. */
  partialBody?: boolean | null;
}

/** Everything is optional: what is missing makes its item "unknown", never "pass". */
export interface ChecklistInput {
  /** RFC5322.From domain. */
  headerFrom?: string | null;
  /** RFC 7208 result for the MAIL FROM (or HELO) identity. */
  spf?: { result: string; domain: string | null } | null;
  /** One entry per DKIM-Signature (RFC 8601 dkim results). */
  /** `partialBody`: l= shorter than the body (RFC 6376 §3.5): the signature vouches for part of it only. */
  dkim?:
    | readonly {
        result: string;
        domain: string | null;
        signedHeaders?: readonly string[] | null;
        partialBody?: boolean;
      }[]
    | null;
  dmarc?: DmarcInput | null;
  /** Oldest first, as in Report.hops. */
  hops?: readonly Hop[] | null;
  boundary?: Boundary | null;
  headers?: readonly { name: string; value: string }[] | null;
  spam?: SpamVerdict | null;
  reputation?: Reputation | null;
  /** FCrDNS of the connecting IP, from checkFcrdns (null when live checks are off). */
  fcrdns?: FcrdnsResult | null;
}
