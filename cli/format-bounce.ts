import type { Report } from '../lib/report';
import { recipientSentence } from '../lib/bounce';
import { showInvisible } from '../lib/text/visible';

/** The bounce, one block per recipient, with the fix. */
export function formatBounce(report: Report): string[] {
  const b = report.bounce;
  if (!b) return [];
  const out = [
    `Bounce (${b.kind}${b.reportingMta ? ` from ${showInvisible(b.reportingMta)}` : ''}${b.feedbackType ? `, feedback type ${showInvisible(b.feedbackType)}` : ''})`,
  ];
  for (const r of b.recipients) {
    out.push(`  ${showInvisible(r.address ?? '(unknown recipient)')}: ${showInvisible(recipientSentence(r))}`);
    const codes = [r.replyCode, r.status].filter((c) => c !== null).join(' ');
    // RFC 3463 §3.1 / RFC 5321 §4.2.1: class 5 is permanent whether or not the address is gone (hard), class 4 temporary.
    const kind = r.hard
      ? 'permanent, hard bounce: the address or domain is gone'
      : r.permanent
        ? 'permanent: fails again until the cause is fixed'
        : 'temporary: the sending server retries';
    if (codes !== '') out.push(`    code: ${codes} (${kind}); reason class: ${r.reason}`);
    if (r.explanation)
      out.push(`    meaning: ${showInvisible(r.explanation.meaning)}`, `    fix: ${showInvisible(r.explanation.fix)}`);
    if (r.diagnostic) out.push(`    server said: ${showInvisible(r.diagnostic).slice(0, 300)}`);
  }
  if (b.omittedRecipients > 0)
    out.push(`  ... and ${String(b.omittedRecipients)} more recipients listed in the report, not decoded`);
  if (b.original)
    out.push(
      `  returned message: "${showInvisible(b.original.message.subject ?? '(no subject)')}" from ${showInvisible(b.original.message.from ?? '?')}`,
    );
  out.push('');
  return out;
}
