import type { Report, Verdict } from '../lib/report';
import { readerAdvice } from '../lib/verdict/reader-advice';
import { showInvisible } from '../lib/text/visible';

const LABEL: Record<Verdict['kind'], string> = {
  deceptive: 'DECEPTIVE',
  bounce: 'BOUNCE',
  automated: 'AUTOMATED',
  authentic: 'AUTHENTIC',
  unauthenticated: 'UNAUTHENTICATED',
  unknown: 'UNKNOWN',
};

function block(v: Verdict, prefix: string): string[] {
  return [
    `${prefix}${LABEL[v.kind]}: ${showInvisible(v.headline)}`,
    ...v.reasons.map((r) => `  - ${showInvisible(r.text)}${r.findingId ? `  [${r.findingId}]` : ''}`),
    `  What it means for you (${v.perspective}): ${readerAdvice(v.kind, v.perspective)}`,
  ];
}

/**
 * The verdict first: the CLI text output starts with it. When the message forwards another one with few words
 * of its own, the attached message's verdict leads, labelled as such, then the outer message's.
 */
export function formatVerdict(report: Report): string[] {
  const lead = report.attachedMessages.find((a) => a.leads);
  if (report.input.status !== 'ok' || lead === undefined) return [...block(report.verdict, 'Verdict: '), ''];
  const name = lead.filename ?? lead.report.message.subject ?? 'the attached message';
  return [
    ...block(lead.report.verdict, `Verdict on the attached message (${showInvisible(name)}): `),
    ...block(report.verdict, 'Verdict on the forwarding message: '),
    '',
  ];
}
