import type { Report } from '../lib/report';
import { checklistAsText } from '../lib/deliverability';
import { showInvisible } from '../lib/text/visible';

/** Blocklist results (listed first) and the deliverability checklist, ready to paste into a ticket. */
export function formatDeliverability(report: Report): string[] {
  const out: string[] = [];
  const rep = report.reputation;
  if (rep) {
    const order = { listed: 0, unknown: 1, clear: 2 } as const;
    const checks = [...rep.checks].sort((a, b) => order[a.status] - order[b.status]);
    out.push(`Blocklists (${String(checks.filter((c) => c.status === 'listed').length)} listed, ${String(checks.filter((c) => c.status === 'unknown').length)} unknown, ${String(checks.filter((c) => c.status === 'clear').length)} clear)`);
    for (const c of checks.filter((x) => x.status !== 'clear')) out.push(`  ${c.status.toUpperCase().padEnd(8)} ${showInvisible(c.target)} on ${showInvisible(c.list)}: ${showInvisible(c.meaning)}`);
    for (const n of rep.notes) out.push(`  note: ${showInvisible(n)}`);
    out.push('');
  }
  if (report.deliverability.length > 0) out.push(showInvisible(checklistAsText(report.deliverability)), '');
  return out;
}
