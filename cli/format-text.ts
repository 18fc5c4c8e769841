import type { Report, Severity } from '../lib/report';
import { showInvisible } from '../lib/text/visible';
import { countText } from '../lib/findings';
import { formatHops } from './format-hops';
import { formatLive } from './format-live';
import { formatBounce } from './format-bounce';
import { formatAuth } from './format-auth';
import { formatDeliverability } from './format-deliverability';
import { verdictLines } from '../lib/export/verdict-lines';

const TAG: Record<Severity, string> = { bad: '✖ PROBLEM', warn: '▲ WARNING', info: 'ℹ NOTE   ', ok: '✔ OK     ' };

/** Terminal-safe: control characters (ESC included) in hostile header text are shown, never sent to the TTY. */
const safe = (s: string | null): string => (s === null ? '(none)' : showInvisible(s));

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines.join(`\n${indent}`);
}

/** The human-readable report the CLI prints by default. */
export function formatText(report: Report, label: string, withHeaders: boolean): string {
  // The verdict first (an attached message's first when a short forward is about it), then a blank line.
  const out: string[] = [...verdictLines(report, showInvisible), ''];
  const { message: m, input } = report;
  out.push(`headerscope report: ${label}`);
  if (input.status !== 'ok') {
    for (const f of report.findings) out.push(`${TAG[f.severity]} ${f.title}${countText(f)}`, `          ${f.detail}`);
    return out.join('\n');
  }
  const row = (k: string, v: string) => `  ${k.padEnd(12)} ${v}`;
  out.push(
    row('Subject', safe(m.subject)),
    row('From', safe(m.from)),
    row('To', safe(m.to)),
    row('Date', m.dateIso ? `${safe(m.date)}  (${m.dateIso})` : safe(m.date)),
    row('Return-Path', safe(m.returnPath)),
    row('Message-ID', safe(m.messageId)),
    row(
      'Input',
      `${input.headerCount} headers, ${input.hasBody ? 'with body' : 'headers only'}, ${input.lineEnding.toUpperCase()} line endings, source: ${input.source}`,
    ),
    '',
  );
  out.push(...formatBounce(report));
  for (const [i, a] of report.attachedMessages.entries()) {
    out.push(
      `Attached message ${String(i + 1)}${a.filename ? ` (${safe(a.filename)})` : ''}: "${safe(a.report.message.subject)}" from ${safe(a.report.message.from)}; ${String(a.report.hops.length)} hops; use --json for its full report`,
      '',
    );
  }
  out.push(...formatAuth(report));
  out.push(`Findings (${report.findings.length})`);
  if (report.findings.length === 0) out.push('  (none)');
  for (const f of report.findings) {
    out.push(`  ${TAG[f.severity]}  ${safe(f.title)}${countText(f)}  [${f.id}]`);
    out.push(`             ${wrap(safe(f.detail), 86, '             ')}`);
  }
  out.push('');
  out.push(...formatLive(report));
  out.push(...formatDeliverability(report));
  const hops = formatHops(report);
  if (hops.length > 0) out.push(...hops, '');
  if (withHeaders) {
    out.push(`Headers (${report.headers.length})`);
    for (const h of report.headers) {
      out.push(`  ${safe(h.name)}: ${safe(h.value)}`);
      if (h.decoded !== null) out.push(`    decoded: ${safe(h.decoded)}`);
    }
  } else {
    out.push(`Headers: ${report.headers.length} (add --headers to list them, --json for the full report)`);
  }
  return out.join('\n');
}
