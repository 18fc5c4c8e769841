/** The sections of the Markdown export, each from the shared report facts; every value escaped or a code span. */
import type { Report, Severity } from '../report';
import { authFacts, pathFacts, utcText, type AuthRow } from './report-facts';
import { hopRows } from '../received/hop-rows';
import { markdownCode, markdownTable, markdownText } from './markdown-text';
import { VERDICT_LABEL, verdictFacts } from './verdict-lines';
import { countText } from '../findings';

const SEVERITY: Record<Severity, string> = { bad: 'Problem', warn: 'Warning', info: 'Note', ok: 'OK' };

const codeOrNone = (s: string | null): string => (s === null || s === '' ? '(none)' : markdownCode(s));

/** The verdict first: "### Verdict: DECEPTIVE", the headline in bold, the reasons, what it means for the reader. */
export function verdictSection(report: Report): string {
  return verdictFacts(report)
    .map(({ title, verdict: v, advice }) =>
      [
        `### ${markdownText(title)}: ${VERDICT_LABEL[v.kind]}`,
        `**${markdownText(v.headline)}**`,
        '',
        ...v.reasons.map((r) => `- ${markdownText(r.text)}${r.findingId ? ` (${markdownCode(r.findingId)})` : ''}`),
        ...(v.reasons.length > 0 ? [''] : []),
        `What it means for you (${v.perspective}): ${markdownText(advice)}`,
      ].join('\n'),
    )
    .join('\n\n');
}

export function messageTable(report: Report): string {
  const m = report.message;
  const date = m.dateIso ? `${utcText(m.dateIso)} (as written: ${codeOrNone(m.date)})` : codeOrNone(m.date);
  return markdownTable(
    ['Field', 'Value'],
    [
      ['From', codeOrNone(m.from)],
      ['To', codeOrNone(m.to)],
      ['Subject', codeOrNone(m.subject)],
      ['Date', date],
      ['Return-Path', codeOrNone(m.returnPath)],
      ['Message-ID', codeOrNone(m.messageId)],
    ],
  );
}

function authTable(rows: readonly AuthRow[]): string {
  return markdownTable(
    ['Check', 'Result', 'Detail'],
    rows.map((r) => [r.check, `**${markdownText(r.result)}**`, r.detail === '' ? '' : markdownCode(r.detail)]),
  );
}

export function authSection(report: Report): string {
  const a = authFacts(report);
  const out = ['### Authentication'];
  if (a.recorder === null) out.push('No authentication results were written by the receiving provider.');
  else {
    out.push(
      a.trusted
        ? `Recorded by ${markdownCode(a.recorder)} (the receiving provider).`
        : `Claimed by ${markdownCode(a.recorder)}: could not be tied to the receiving provider, so these are claims.`,
    );
    out.push('', authTable(a.recorded));
  }
  if (a.live) out.push('', `Re-checked now through ${markdownText(a.live.resolver)}:`, '', authTable(a.live.rows));
  else out.push('', '_Not re-checked: live DNS checks were off._');
  return out.join('\n');
}

export function pathSection(report: Report): string {
  if (report.hops.length === 0) return '### Delivery path\nNo Received headers.';
  const p = pathFacts(report);
  const out = [
    `### Delivery path (${String(p.hops)} hop${p.hops === 1 ? '' : 's'})`,
    markdownText([p.total, p.entry, p.slowest].filter((x): x is string => x !== null).join(' ')),
  ];
  for (const s of p.skew) out.push(`- ${markdownText(s)}`);
  out.push(
    '',
    markdownTable(
      ['Hop', 'From', 'By', 'With', 'Time', 'Delay', 'TLS'],
      hopRows(report.hops, report.timeline, report.boundary).map((r) => [
        `${String(r.index)}${r.entry ? ' (entry)' : ''}`,
        markdownCode(r.from.join(' / ')),
        markdownCode(r.by),
        markdownCode(r.auth === null ? r.with : `${r.with}, ${r.auth}`),
        markdownText(r.time),
        markdownText(r.delay),
        markdownText(r.tls),
      ]),
    ),
  );
  return out.join('\n');
}

export function bounceSection(report: Report): string | null {
  const b = report.bounce;
  if (!b) return null;
  const rows = b.recipients.map((r) => [
    r.address === null ? '(not named)' : markdownCode(r.address),
    [r.replyCode, r.status]
      .filter((x): x is string => x !== null)
      .map(markdownCode)
      .join(' '),
    markdownText(r.reason),
    markdownText(r.explanation?.meaning ?? ''),
    markdownText(r.explanation?.fix ?? ''),
  ]);
  const out = [
    '### Bounce',
    ...(b.reportingMta ? [`Reported by ${markdownCode(b.reportingMta)}.`] : []),
    '',
    markdownTable(['Recipient', 'Codes', 'Reason', 'Meaning', 'Fix'], rows),
  ];
  for (const r of b.recipients)
    if (r.diagnostic !== null)
      out.push(
        '',
        `Server's words for ${r.address === null ? 'a recipient' : markdownCode(r.address)}: ${markdownCode(r.diagnostic)}`,
      );
  if (b.omittedRecipients > 0)
    out.push('', `${String(b.omittedRecipients)} more recipients are listed but not decoded.`);
  return out.join('\n');
}

export function findingsSection(report: Report, severities: readonly Severity[]): string {
  const list = report.findings.filter((f) => severities.includes(f.severity));
  if (list.length === 0) return '### Findings\nNone.';
  return [
    '### Findings',
    ...list.map(
      (f) =>
        `- **${SEVERITY[f.severity]}:** ${markdownText(f.title)}${countText(f)}. ${markdownText(f.detail)} (${markdownCode(f.id)})`,
    ),
  ].join('\n');
}
