import type { Finding, Report } from '../report';
import type { Deps } from '../deps';
import { finding } from '../findings';
import { withQueryBudget } from '../dns/query-budget';
import { evaluateSpf } from '../spf';
import { checkDomain } from '../dns/health';
import { toLiveSpf, type LiveReport } from '../dns/live';

/** NOTES-SECURITY G4: a bounded number of DNS questions per message. */
export const LIVE_QUERY_BUDGET = 40;

export interface LiveStage {
  live: LiveReport;
  findings: Finding[];
}

/** Live checks over DNS (issue 5): SPF for the connecting IP at the trust boundary, record health of the From domain. */
export async function liveStage(report: Report, deps: Deps): Promise<LiveStage> {
  const findings: Finding[] = [];
  if (!deps.dns) {
    return { live: { enabled: false, resolver: 'off', spf: null, dmarc: null, records: [] }, findings };
  }
  const dns = withQueryBudget(deps.dns, LIVE_QUERY_BUDGET);
  const signalDeps = deps.signal ? { signal: deps.signal } : {};
  const live: LiveReport = { enabled: true, resolver: deps.resolverLabel ?? 'custom resolver', spf: null, dmarc: null, records: [] };
  const b = report.boundary;
  const returnPath = report.addresses.returnPath[0];
  const mailFrom = report.message.returnPath === null ? null : (returnPath?.address ?? '');
  const spfJob = async (): Promise<void> => {
    if (!b?.ip) {
      findings.push(finding('live.spf.no-ip', 'info', 'SPF not checked: no connecting IP', 'No Received header shows where the message entered your provider, so there is no IP address to test against SPF.'));
      return;
    }
    if (mailFrom === null) {
      findings.push(finding('live.spf.no-mailfrom', 'info', 'SPF not checked: no Return-Path', 'The envelope sender (Return-Path) is not in these headers, so the SPF identity is unknown.'));
      return;
    }
    const r = await evaluateSpf({ ip: b.ip, mailFrom, helo: b.helo ?? '' }, { dns, now: deps.now, prefetch: false, ...signalDeps });
    live.spf = toLiveSpf(r);
  };
  const fromDomain = report.addresses.from[0]?.domain ?? null;
  const healthJob = async (): Promise<void> => {
    if (fromDomain === null) return;
    live.records = (await checkDomain(fromDomain, { dns })).records;
  };
  await Promise.all([spfJob(), healthJob()]);
  return { live, findings };
}
