import type { Report } from '../lib/report';
import { showInvisible } from '../lib/text/visible';

const safe = (s: string | null): string => (s === null ? '' : showInvisible(s));

/** What the receiving provider recorded, and what only claims to be a verdict. */
export function formatAuth(report: Report): string[] {
  const auth = report.auth;
  if (!auth) return [];
  const out: string[] = [];
  const r = auth.recorded;
  if (r) {
    out.push(`Recorded by ${safe(r.authservId)}${r.trusted ? '' : ' (claimed: could not confirm it is your provider)'}`);
    if (r.spf) out.push(`  SPF    ${r.spf.result.padEnd(9)} ${r.spf.mailFrom ? `MAIL FROM ${safe(r.spf.mailFrom)}` : ''}${r.spf.explanation ? `: ${r.spf.explanation.meaning}` : ''}`);
    for (const d of r.dkim) out.push(`  DKIM   ${d.result.padEnd(9)} d=${safe(d.domain)} s=${safe(d.selector)}${d.explanation ? `: ${d.explanation.meaning}` : ''}`);
    if (r.dmarc) out.push(`  DMARC  ${r.dmarc.result.padEnd(9)} ${safe(r.dmarc.headerFrom)}${r.dmarc.policy ? ` p=${safe(r.dmarc.policy)}` : ''}${r.dmarc.disposition ? ` action=${safe(r.dmarc.disposition)}` : ''}`);
    if (r.arc) out.push(`  ARC    ${r.arc.result}`);
    if (r.compauth) out.push(`  compauth ${safe(r.compauth.result)}${r.compauth.reason ? ` reason=${safe(r.compauth.reason)}` : ''}`);
    out.push(`  alignment: ${safe(r.alignment.summary)}`);
  } else {
    out.push('Recorded verdicts: none written by your provider');
  }
  for (const u of auth.untrusted) {
    out.push(`  not trusted: ${u.header} by ${safe(u.authservId)}: ${u.claims.map((c) => `${c.method}=${c.result}`).join(' ')} (${safe(u.why)})`);
  }
  out.push('');
  return out;
}
