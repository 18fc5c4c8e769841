/**
 * The `live` section of the Report: stages/live-stage assembles it from evaluateSpf,
 * evaluateDmarc, checkDomain and the DKIM/ARC verifiers. Plain JSON-safe data.
 */
import type { SpfResult } from '../spf/types';
import type { DmarcResult } from '../dmarc/types';
import type { DomainHealth, HealthRecord } from '../domain-health/check-domain';
import type { DkimResult } from '../dkim/types';
import type { ArcResult } from '../arc/types';
import type { SpfCode } from '../spf/codes';
import type { DmarcCode } from '../dmarc/codes';

export interface LiveSpf {
  result: SpfResult['result'];
  domain: string;
  ip: string;
  explanation: string | null;
  lookups: number;
  path: string[];
  /** Plain-words reason (added). */
  reason: string;
  code: SpfCode;
}

export interface LiveDmarc {
  result: DmarcResult['result'];
  domain: string;
  orgDomain: string | null;
  policy: DmarcResult['policy'];
  spfAligned: boolean;
  dkimAligned: boolean;
  record: string | null;
  /** Added: what a receiver would do, and why. */
  disposition: DmarcResult['disposition'];
  /** Added: the pass rests only on a DKIM signature with l= shorter than the body (RFC 6376 §8.2). */
  partialBody?: boolean;
  reason: string;
  code: DmarcCode;
}

export interface LiveReport {
  enabled: boolean;
  /** Added: DNS questions this analysis sent (security goal G4, docs/security-goals.md: at most 30), cache and repeats not counted. */
  queries?: number;
  /** Resolver label, e.g. "Cloudflare (1.1.1.1) · wire". */
  resolver: string;
  spf: LiveSpf | null;
  dmarc: LiveDmarc | null;
  records: HealthRecord[];
}

/** contract (issues 5, 6): live DNS verdicts, with the DKIM and ARC re-verification. */
export interface LiveSection extends LiveReport {
  dkim: DkimResult[];
  arc: ArcResult | null;
}

export function toLiveSpf(r: SpfResult): LiveSpf {
  return { result: r.result, domain: r.domain, ip: r.ip, explanation: r.explanation, lookups: r.lookups, path: r.path, reason: r.reason, code: r.code };
}

export function toLiveDmarc(r: DmarcResult): LiveDmarc {
  return { result: r.result, domain: r.domain, orgDomain: r.orgDomain, policy: r.policy, spfAligned: r.spfAligned, dkimAligned: r.dkimAligned, record: r.record, disposition: r.disposition, reason: r.reason, code: r.code, ...(r.partialBody ? { partialBody: true } : {}) };
}

export function liveRecords(health: DomainHealth): HealthRecord[] {
  return health.records;
}
