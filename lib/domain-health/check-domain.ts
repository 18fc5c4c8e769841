/**
 * checkDomain: gather a domain's mail-related DNS records (SPF, DMARC, MX, MTA-STS RFC 8461 §3.1,
 * TLS-RPT RFC 8460 §3, BIMI default._bimi) with their findings. DNS failures are shown as such, never
 * as "missing".
 */
import type { Finding } from '../findings';
import type { DnsResolver } from '../dns/types';
import { finding } from '../findings';
import { isAnswer } from '../dns/types';
import { skippedDetail } from '../dns/skipped';
import { lintSpf } from '../spf/lint';
import { lintDmarc } from '../dmarc/lint';
import { discoverPolicy } from '../dmarc/discover';
import { organizationalDomain } from '../psl/org-domain';
import { normalizeName } from '../dns/dns-name';

export type HealthKind = 'spf' | 'dmarc' | 'mx' | 'mta-sts' | 'tls-rpt' | 'bimi';

export interface HealthRecord {
  domain: string;
  kind: HealthKind;
  /** The record text (MX: "10 mx.example.com" lines joined by ", "), or null when absent. */
  value: string | null;
  findings: Finding[];
}

export interface DomainHealth {
  domain: string;
  orgDomain: string | null;
  records: HealthRecord[];
}

async function txtWithPrefix(dns: DnsResolver, name: string, prefix: string): Promise<{ value: string | null; error: string | null }> {
  const a = await dns.query(name, 'TXT');
  if (!isAnswer(a)) return { value: null, error: skippedDetail(a) ?? `DNS lookup of ${name} failed (${a.status})` };
  const hits = a.records.flatMap((r) => (r.type === 'TXT' && r.text.toLowerCase().startsWith(prefix) ? [r.text] : []));
  return { value: hits.length > 0 ? hits.join(' | ') : null, error: null };
}

export async function checkDomain(domainInput: string, deps: { dns: DnsResolver }): Promise<DomainHealth> {
  const domain = normalizeName(domainInput.trim());
  const { dns } = deps;
  const [spf, dmarc, mx, sts, tlsrpt, bimi] = await Promise.all([
    lintSpf(domain, deps),
    discoverPolicy(domain, { dns }, 'rfc7489'),
    dns.query(domain, 'MX'),
    txtWithPrefix(dns, `_mta-sts.${domain}`, 'v=stsv1'),
    txtWithPrefix(dns, `_smtp._tls.${domain}`, 'v=tlsrptv1'),
    txtWithPrefix(dns, `default._bimi.${domain}`, 'v=bimi1'),
  ]);
  const records: HealthRecord[] = [{ domain, kind: 'spf', value: spf.record, findings: spf.findings }];
  const dmarcFindings = dmarc.kind === 'temperror' ? [finding('dmarc.lint.dns', 'warn', 'DMARC record could not be fetched', dmarc.detail)] : lintDmarc(dmarc.kind === 'found' ? dmarc.record : null, domain);
  records.push({ domain: dmarc.kind === 'found' ? `_dmarc.${dmarc.policyDomain}` : `_dmarc.${domain}`, kind: 'dmarc', value: dmarc.kind === 'found' ? dmarc.record : null, findings: dmarcFindings });
  records.push(mxRecord(domain, mx, spf.record));
  records.push(optional(`_mta-sts.${domain}`, 'mta-sts', sts, 'MTA-STS', 'RFC 8461: lets senders require TLS when delivering to you.'));
  records.push(optional(`_smtp._tls.${domain}`, 'tls-rpt', tlsrpt, 'TLS-RPT', 'RFC 8460: asks senders for reports on TLS delivery failures.'));
  records.push(optional(`default._bimi.${domain}`, 'bimi', bimi, 'BIMI', 'Shows your logo in supporting inboxes; needs DMARC at quarantine or reject.'));
  return { domain, orgDomain: organizationalDomain(domain), records };
}

function mxRecord(domain: string, mx: Awaited<ReturnType<DnsResolver['query']>>, spf: string | null): HealthRecord {
  if (!isAnswer(mx)) return { domain, kind: 'mx', value: null, findings: [finding('mx.lint.dns', 'warn', 'MX records could not be fetched', mx.detail ?? mx.status)] };
  const list = mx.records.flatMap((r) => (r.type === 'MX' ? [r] : [])).sort((a, b) => a.preference - b.preference);
  const value = list.length > 0 ? list.map((r) => `${r.preference} ${r.exchange === '' ? '.' : r.exchange}`).join(', ') : null;
  const findings: Finding[] = [];
  // RFC 7505: a single MX with exchange "." says the domain accepts no mail.
  const nullMx = list.length === 1 && (list[0]?.exchange === '' || list[0]?.exchange === '.');
  if (nullMx) {
    findings.push(finding('mx.lint.null', 'info', `${domain} accepts no mail (null MX)`, 'RFC 7505 null MX "0 .". A domain that also sends no mail should publish "v=spf1 -all".'));
    if (spf?.trim().toLowerCase() !== 'v=spf1 -all') findings.push(finding('mx.lint.null-spf', 'warn', 'Null MX but SPF is not "v=spf1 -all"', 'A domain that neither receives nor sends mail should say so in SPF too: v=spf1 -all.'));
  } else if (list.length === 0) findings.push(finding('mx.lint.none', 'info', `${domain} has no MX record`, 'Senders fall back to the A/AAAA record (RFC 5321 §5.1). Publish MX records, or a null MX "0 ." if the domain takes no mail.'));
  return { domain, kind: 'mx', value, findings };
}

function optional(name: string, kind: HealthKind, r: { value: string | null; error: string | null }, label: string, why: string): HealthRecord {
  if (r.error !== null) return { domain: name, kind, value: null, findings: [finding(`${kind}.lint.dns`, 'warn', `${label} record could not be fetched`, r.error)] };
  return { domain: name, kind, value: r.value, findings: r.value === null ? [finding(`${kind}.lint.none`, 'info', `No ${label} record`, why)] : [finding(`${kind}.lint.present`, 'ok', `${label} record published`, why)] };
}
