/**
 * DMARC record health: enforcement (p=none), reporting (rua), pct<100, a subdomain policy weaker than
 * the domain's, tag errors; compared with the strict template v=DMARC1;p=reject;sp=reject;adkim=s;aspf=s.
 */
import type { Finding } from '../findings';
import type { DmarcPolicy } from './types';
import { finding } from '../findings';
import { parseDmarcRecord } from './parse-record';

const STRENGTH: Record<DmarcPolicy, number> = { none: 0, quarantine: 1, reject: 2 };

export function lintDmarc(record: string | null, domain: string): Finding[] {
  if (record === null) return [finding('dmarc.lint.none', 'warn', `No DMARC record for ${domain}`, 'Publish one at _dmarc. Start with "v=DMARC1; p=none; rua=mailto:..." to collect reports, then move to quarantine and reject.')];
  const parsed = parseDmarcRecord(record);
  if (!parsed.ok) return [finding('dmarc.lint.version', 'bad', 'DMARC record is not usable', parsed.detail)];
  const r = parsed.record;
  const out: Finding[] = r.errors.map((e) => finding(`dmarc.lint.${e.code.replace(/^dmarc\./, '')}`, 'bad', 'DMARC record error', e.detail));
  if (r.p === 'none') out.push(finding('dmarc.lint.p-none', 'warn', 'DMARC policy is p=none (monitoring only)', 'Mail that fails DMARC is still delivered. Once reports show all legitimate mail aligns, move to p=quarantine, then p=reject.'));
  if (r.rua.length === 0) out.push(finding('dmarc.lint.no-rua', 'warn', 'DMARC asks for no aggregate reports (no rua=)', 'Without rua= you cannot see who sends mail as this domain. Add rua=mailto:...'));
  if (r.pct < 100) out.push(finding('dmarc.lint.pct', 'warn', `DMARC applies to ${r.pct}% of failing mail`, 'pct<100 applies the policy to only part of the failing mail. Use pct=100 once confident.'));
  if (r.p !== null && r.sp !== null && STRENGTH[r.sp] < STRENGTH[r.p]) out.push(finding('dmarc.lint.sp-weaker', 'warn', `Subdomain policy sp=${r.sp} is weaker than p=${r.p}`, 'Attackers can use made-up subdomains. Set sp= to the same policy as p= unless a subdomain really needs it.'));
  if (r.testing) out.push(finding('dmarc.lint.testing', 'info', 'DMARC record is in testing mode (t=y)', 'Receivers apply the policy one step softer.'));
  const strict = r.p === 'reject' && (r.sp ?? r.p) === 'reject' && r.adkim === 's' && r.aspf === 's' && r.pct === 100;
  if (strict) out.push(finding('dmarc.lint.strict', 'ok', 'DMARC is at its strictest', 'Matches v=DMARC1;p=reject;sp=reject;adkim=s;aspf=s.'));
  else if (r.p === 'reject' && out.every((f) => f.severity === 'ok' || f.severity === 'info')) out.push(finding('dmarc.lint.enforced', 'ok', 'DMARC rejects failing mail', 'The strictest form also sets sp=reject;adkim=s;aspf=s.'));
  return out;
}
