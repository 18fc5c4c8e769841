import type { Report } from '../lib/report';
import { showInvisible } from '../lib/text/visible';

/** Live DNS verdicts as text. */
export function formatLive(report: Report): string[] {
  const live = report.live;
  if (!live) return [];
  if (!live.enabled) return ['Live DNS checks: off (add --resolver cloudflare|google|quad9 or --dns URL to re-check SPF/DMARC now)', ''];
  const out = [`Live DNS checks (resolver: ${showInvisible(live.resolver)})`];
  if (live.spf) out.push(`  SPF   ${live.spf.result.padEnd(9)} ${showInvisible(live.spf.domain)} for ${live.spf.ip}: ${showInvisible(live.spf.reason)} (${String(live.spf.lookups)} DNS lookups)`);
  else out.push('  SPF   not checked (see findings)');
  for (const d of live.dkim) out.push(`  DKIM  ${d.result.padEnd(9)} d=${showInvisible(d.domain ?? '?')} s=${showInvisible(d.selector ?? '?')}${d.keyBits ? ` ${d.algorithm ?? ''} ${String(d.keyBits)}-bit` : ''}: ${showInvisible(d.reason)}`);
  if (live.arc) out.push(`  ARC   ${live.arc.result.padEnd(9)} ${String(live.arc.instances.length)} set(s)${live.arc.brokeAt !== null ? `, broke at i=${String(live.arc.brokeAt)}` : ''}`);
  if (live.dmarc) out.push(`  DMARC ${live.dmarc.result.padEnd(9)} ${showInvisible(live.dmarc.domain)}: ${showInvisible(live.dmarc.reason)}`);
  for (const r of live.records) {
    const problems = r.findings.filter((f) => f.severity === 'bad' || f.severity === 'warn');
    out.push(`  ${r.kind.toUpperCase().padEnd(8)} ${showInvisible(r.domain)}: ${r.value === null ? '(none)' : showInvisible(r.value).slice(0, 90)}`);
    for (const f of problems) out.push(`           ${f.severity === 'bad' ? '✖' : '▲'} ${showInvisible(f.title)}`);
  }
  out.push('');
  return out;
}
