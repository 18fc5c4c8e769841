import type { Report } from '../report';
import type { Deps } from '../deps';
import type { ChecklistInput, DeliverabilityItem, DmarcInput } from '../deliverability/types';
import type { Reputation, HealthCache } from '../reputation/types';
import { deliverabilityChecklist } from '../deliverability/checklist';
import { checkFcrdns } from '../deliverability/check-fcrdns';
import { checkReputation } from '../reputation/check-reputation';
import { targetsFor } from '../reputation/targets';
import { createHealthCache } from '../reputation/types';
import { spamVerdict } from './spam-verdict';
import { listIdOf, trustedForwarding } from '../authresults/forwarding';

export interface DeliverabilityStage {
  reputation: { checks: Reputation['checks']; notes: string[] } | null;
  deliverability: DeliverabilityItem[];
}

const POLICIES = new Set(['none', 'quarantine', 'reject']);
function policyOf(p: string | null | undefined): DmarcInput['policy'] {
  return p && POLICIES.has(p) ? (p as DmarcInput['policy']) : null;
}

/** What the checklist knows about authentication: live results when there are any, else the provider's trusted record. */
function authInput(report: Report): Pick<ChecklistInput, 'spf' | 'dkim' | 'dmarc'> {
  const live = report.live?.enabled ? report.live : null;
  const rec = report.auth?.recorded?.trusted ? report.auth.recorded : null;
  const mailFromDomain = rec?.spf?.mailFrom ? (rec.spf.mailFrom.split('@').pop() ?? null) : null;
  return {
    spf: live?.spf ? { result: live.spf.result, domain: live.spf.domain } : rec?.spf ? { result: rec.spf.result, domain: mailFromDomain } : null,
    dkim: live && live.dkim.length > 0 ? live.dkim.map((d) => ({ result: d.result, domain: d.domain, signedHeaders: d.signedHeaders, partialBody: d.bodyLength !== null && (d.bodyLength.total === null || d.bodyLength.signed < d.bodyLength.total) })) : rec ? rec.dkim.map((d) => ({ result: d.result, domain: d.domain })) : null,
    dmarc: live?.dmarc
      ? { result: live.dmarc.result, domain: live.dmarc.domain, policy: policyOf(live.dmarc.policy), record: live.dmarc.record, spfAligned: live.dmarc.spfAligned, dkimAligned: live.dmarc.dkimAligned, partialBody: live.dmarc.partialBody === true, source: 'live' }
      : rec?.dmarc
        ? { result: rec.dmarc.result, domain: rec.dmarc.headerFrom, policy: policyOf(rec.dmarc.policy), source: 'recorded', forwardedBy: report.auth ? (trustedForwarding(rec, report.auth.arcChain, listIdOf(report.headers))?.via ?? null) : null }
        : null,
  };
}

/** Blocklists and the "why did it land in spam?" checklist (issue 9). No resolver: no query, every live item unknown. */
export async function deliverabilityStage(report: Report, body: string | null, deps: Deps & { health?: HealthCache; dqsKey?: string | null }): Promise<DeliverabilityStage> {
  const dns = deps.dns ?? null;
  const fromDomain = report.addresses.from[0]?.domain ?? null;
  const mailFromDomain = report.addresses.returnPath[0]?.domain ?? null;
  const dkimDomains = report.live?.dkim.map((d) => d.domain).filter((d): d is string => d !== null) ?? [];
  const domains = [
    ...(fromDomain ? [{ domain: fromDomain, source: 'From domain' }] : []),
    ...(mailFromDomain ? [{ domain: mailFromDomain, source: 'MAIL FROM domain' }] : []),
    ...dkimDomains.map((domain) => ({ domain, source: 'DKIM d= domain' })),
  ];
  const targets = targetsFor({ hops: report.hops, boundary: report.boundary, domains, bodyText: body === null ? null : body.slice(0, 200_000) });
  const ip = report.boundary?.ip ?? null;
  const signal = deps.signal ? { signal: deps.signal } : {};
  const [reputation, fcrdns] = await Promise.all([
    dns ? checkReputation(targets, { dns, health: deps.health ?? createHealthCache(), dqsKey: deps.dqsKey ?? null, resolverKey: deps.resolverLabel ?? 'resolver', ...signal }) : Promise.resolve(null),
    ip && dns ? checkFcrdns(ip, { dns, ...signal }) : Promise.resolve(null),
  ]);
  const deliverability = deliverabilityChecklist({
    headerFrom: fromDomain,
    ...authInput(report),
    hops: report.hops,
    boundary: report.boundary,
    headers: report.headers,
    spam: spamVerdict(report.stamps, report.headers),
    reputation,
    fcrdns,
  });
  return { reputation: reputation ? { checks: reputation.checks, notes: reputation.notes } : null, deliverability };
}
