import type { Report } from '../report';
import type { Deps } from '../deps';
import type { ChecklistInput, DeliverabilityItem, DmarcInput } from '../deliverability/types';
import type { Reputation } from '../reputation/types';
import type { FcrdnsResult } from '../deliverability/types';
import type { SignedMessage } from '../dkim/types';
import type { LookupBudget } from '../dns/lookup-budget';
import type { MessageText } from '../mime/ascii-text';
import { parseDkimSignature } from '../dkim/dkim-signature';
import { MAX_DKIM_SIGNATURES } from '../dkim/verify';
import { deliverabilityChecklist } from '../deliverability/checklist';
import { checkFcrdns } from '../deliverability/check-fcrdns';
import { checkReputation } from '../reputation/check-reputation';
import { targetsFor } from '../reputation/targets';
import { createHealthCache } from '../reputation/types';
import { spamVerdict } from './spam-verdict';
import { listIdOf, trustedForwarding } from '../authresults/forwarding';
import { mapList } from '../list/map-list';

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
    dkim: live && live.dkim.length > 0 ? mapList(live.dkim, (d) => ({ result: d.result, domain: d.domain, signedHeaders: d.signedHeaders, partialBody: d.bodyLength !== null && (d.bodyLength.total === null || d.bodyLength.signed < d.bodyLength.total) })) : rec ? mapList(rec.dkim, (d) => ({ result: d.result, domain: d.domain })) : null,
    dmarc: live?.dmarc
      ? { result: live.dmarc.result, domain: live.dmarc.domain, policy: policyOf(live.dmarc.policy), record: live.dmarc.record, spfAligned: live.dmarc.spfAligned, dkimAligned: live.dmarc.dkimAligned, partialBody: live.dmarc.partialBody === true, source: 'live' }
      : rec?.dmarc
        ? { result: rec.dmarc.result, domain: rec.dmarc.headerFrom, policy: policyOf(rec.dmarc.policy), source: 'recorded', forwardedBy: report.auth ? (trustedForwarding(rec, report.auth.arcChain, listIdOf(report.headers))?.via ?? null) : null }
        : null,
  };
}

export interface DeliverabilityLookups {
  reputation: Reputation | null;
  fcrdns: FcrdnsResult | null;
}

/** The d= domains of the message's DKIM signatures (as many as are verified), read from the headers. */
function signingDomains(fields: SignedMessage['fields']): string[] {
  return fields
    .filter((f) => f.key === 'dkim-signature')
    .slice(0, MAX_DKIM_SIGNATURES)
    .flatMap((f) => {
      const d = parseDkimSignature(f.value).info.domain;
      return d === null ? [] : [d];
    });
}

/**
 * Blocklists and forward-confirmed reverse DNS, started with the verdicts (they only need the headers): reverse
 * DNS asks on the budget's "rdns" tier, blocklists and their health checks on the last one. No resolver: no query.
 */
export async function deliverabilityLookups(
  report: Report,
  message: SignedMessage,
  bodyHead: MessageText | null,
  deps: Deps,
  budget: LookupBudget | null,
): Promise<DeliverabilityLookups> {
  // Offline (no budget) nothing is asked, so the targets (IPs, domains, the body's links) are not even gathered.
  if (budget === null) return { reputation: null, fcrdns: null };
  const fromDomain = report.addresses.from[0]?.domain ?? null;
  const mailFromDomain = report.addresses.returnPath[0]?.domain ?? null;
  const domains = [
    ...(fromDomain ? [{ domain: fromDomain, source: 'From domain' }] : []),
    ...(mailFromDomain ? [{ domain: mailFromDomain, source: 'MAIL FROM domain' }] : []),
    ...mapList(signingDomains(message.fields), (domain) => ({ domain, source: 'DKIM d= domain' })),
  ];
  const targets = targetsFor({ hops: report.hops, boundary: report.boundary, domains, bodyText: bodyHead });
  const ip = report.boundary?.ip ?? null;
  const signal = deps.signal ? { signal: deps.signal } : {};
  const reputation = checkReputation(targets, { dns: budget.tier('blocklists'), health: deps.health ?? createHealthCache(), dqsKey: deps.dqsKey ?? null, resolverKey: deps.resolverLabel ?? 'resolver', ...signal }).finally(() => {
    budget.finish('blocklists');
  });
  const fcrdns = ip ? checkFcrdns(ip, { dns: budget.tier('rdns'), ...signal }) : Promise.resolve(null);
  // A tier with nothing to ask is done at once, so it holds no questions back from the blocklists.
  void fcrdns
    .finally(() => {
      budget.finish('rdns');
    })
    .catch(() => undefined);
  return { reputation: await reputation, fcrdns: await fcrdns };
}

/** The "why did it land in spam?" checklist over the live results and the lookups above. */
export function deliverabilityStage(report: Report, lookups: DeliverabilityLookups): DeliverabilityStage {
  const { reputation, fcrdns } = lookups;
  const fromDomain = report.addresses.from[0]?.domain ?? null;
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
