import type { Report } from '../report';
import type { Finding } from '../findings';
import type { Deps } from '../deps';
import { finding } from '../findings';
import { createLookupBudget, DEFAULT_RESERVE, type LookupBudget } from '../dns/lookup-budget';
import { evaluateSpf } from '../spf';
import { evaluateDmarc } from '../dmarc';
import { checkDomain } from '../domain-health/check-domain';
import type { DnsResolver } from '../dns/types';
import { toLiveDmarc, toLiveSpf, type LiveSection } from '../live/types';
import { createVerifyContext, dkimFindings, verifyDkimWith } from '../dkim';
import { verifyArcWith } from '../arc';
import type { DkimResult, SignedMessage } from '../dkim/types';

/** security goal G4, docs/security-goals.md: DNS questions per message, for every live check together (lib/dns/lookup-budget.ts). */
export const LIVE_QUERY_BUDGET = 30;

/**
 * The DNS allowance of one piece of live work (an analysis, or a domain check from the start screen): at most
 * LIVE_QUERY_BUDGET questions, all ended by the caller's deadline (deps.signal). No resolver: null.
 */
export function liveBudget(deps: Pick<Deps, 'dns' | 'signal' | 'deadlineSeconds'>): LookupBudget | null {
  if (!deps.dns) return null;
  return createLookupBudget(deps.dns, {
    maxQueries: LIVE_QUERY_BUDGET,
    reserve: DEFAULT_RESERVE,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...(deps.deadlineSeconds === undefined ? {} : { deadlineLabel: `${String(deps.deadlineSeconds)} s` }),
  });
}

export interface LiveStage {
  live: LiveSection;
  findings: Finding[];
}

const OFF: LiveSection = { enabled: false, resolver: 'off', spf: null, dmarc: null, records: [], dkim: [], arc: null };

/** RFC 6376 §3.5: l= shorter than the canonical body (l=0 included); an unknown body length counts as partial. */
function partialBody(d: DkimResult): boolean {
  return d.bodyLength !== null && (d.bodyLength.total === null || d.bodyLength.signed < d.bodyLength.total);
}

function mailFromOf(report: Report): string | null {
  if (report.message.returnPath === null) return null;
  return report.addresses.returnPath[0]?.address ?? '';
}

/**
 * Live checks over DNS (issues 5 and 6): SPF for the connecting IP at the trust boundary, DKIM and ARC
 * re-verified with keys fetched now, DMARC from those results ("verdicts", first call on the budget), and the
 * From domain's record health ("records", next). Independent lookups run in parallel; DMARC waits for SPF and
 * DKIM, never for the record lint.
 */
export async function liveStage(report: Report, message: SignedMessage, deps: Deps, budget: LookupBudget | null): Promise<LiveStage> {
  const findings: Finding[] = [];
  if (!deps.dns || !budget) return { live: { ...OFF, records: [], dkim: [] }, findings };
  const dns = budget.tier('verdicts');
  const fromDomain = report.addresses.from[0]?.domain ?? null;
  const healthJob = (fromDomain === null ? Promise.resolve(null) : checkDomain(fromDomain, { dns: budget.tier('records') })).finally(() => {
    budget.finish('records');
  });
  let live: LiveSection;
  try {
    live = await verdicts(report, message, deps, dns, findings);
  } finally {
    // The record lint may be waiting for what the verdicts leave of the budget: release it before waiting for the lint.
    budget.finish('verdicts');
  }
  live.records = (await healthJob)?.records ?? [];
  return { live, findings };
}

async function verdicts(report: Report, message: SignedMessage, deps: Deps, dns: DnsResolver, findings: Finding[]): Promise<LiveSection> {
  const signalDeps = deps.signal ? { signal: deps.signal } : {};
  const live: LiveSection = { ...OFF, enabled: true, resolver: deps.resolverLabel ?? 'custom resolver', records: [], dkim: [] };
  const b = report.boundary;
  const mailFrom = mailFromOf(report);

  const spfJob = async () => {
    if (!b?.ip) {
      findings.push(finding('live.spf.no-ip', 'info', 'SPF not checked: no connecting IP', 'No Received header shows where the message entered your provider, so there is no IP address to test against SPF.'));
      return null;
    }
    if (mailFrom === null) {
      findings.push(finding('live.spf.no-mailfrom', 'info', 'SPF not checked: no Return-Path', 'The envelope sender (Return-Path) is not in these headers, so the SPF identity is unknown.'));
      return null;
    }
    return evaluateSpf({ ip: b.ip, mailFrom, helo: b.helo ?? '' }, { dns, now: deps.now, prefetch: false, ...signalDeps });
  };
  const ctx = createVerifyContext(message, {
    dns,
    now: deps.now,
    ...(deps.hash === undefined ? {} : { hash: deps.hash }),
    ...(deps.findByte === undefined ? {} : { findByte: deps.findByte }),
  });
  const fromDomain = report.addresses.from[0]?.domain ?? null;
  const [spf, dkim, arc] = await Promise.all([spfJob(), verifyDkimWith(ctx), verifyArcWith(ctx)]);
  live.spf = spf ? toLiveSpf(spf) : null;
  live.dkim = dkim;
  live.arc = arc;
  findings.push(...dkimFindings(dkim), ...(arc?.findings ?? []));

  const fromHeaders = report.headers.filter((h) => h.name.toLowerCase() === 'from').length;
  if (fromHeaders !== 1 || report.addresses.from.length !== 1 || fromDomain === null) {
    findings.push(finding('live.dmarc.from-ambiguous', 'bad', 'DMARC cannot be evaluated: the author is ambiguous', `The message has ${String(fromHeaders)} From header(s) with ${String(report.addresses.from.length)} address(es). DMARC needs exactly one From domain (RFC 7489 §6.6.1); receivers reject such mail or check a different address than the one you see.`));
  } else {
    const spfForDmarc = spf ? { result: spf.result, domain: spf.domain } : null;
    const dmarc = await evaluateDmarc({ headerFrom: fromDomain, spf: spfForDmarc, dkim: dkim.map((d) => ({ result: d.result, domain: d.domain ?? '', partialBody: partialBody(d) })) }, { dns, ...signalDeps });
    // A fail built on a lookup that did not answer is not a fail: SPF or DKIM might have passed.
    const unanswered = spf?.result === 'temperror' || dkim.some((d) => d.result === 'temperror');
    live.dmarc = toLiveDmarc(
      dmarc.result === 'fail' && unanswered
        ? { ...dmarc, result: 'temperror', code: 'dmarc.input.temperror', reason: `no aligned pass, but ${spf?.result === 'temperror' ? 'SPF' : 'a DKIM key lookup'} hit a temporary DNS error, so DMARC cannot be decided now` }
        : dmarc,
    );
  }
  return live;
}
