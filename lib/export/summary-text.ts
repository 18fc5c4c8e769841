/**
 * "Copy summary": a few plain-text lines for a chat or an e-mail: the verdict first, then what the message is,
 * its authentication and its path. Hostile header text shows its invisible characters (⟨U+202E⟩) and nothing
 * else is interpreted.
 */
import type { Report } from '../report';
import { showInvisible } from '../text/visible';
import { authFacts, pathFacts, utcText, type AuthRow } from './report-facts';
import { verdictLines } from './verdict-lines';
import { countText } from '../findings';

const safe = (s: string | null): string => (s === null ? '(none)' : showInvisible(s.replace(/[\r\n]+/g, ' ')));

function rowsLine(rows: readonly AuthRow[]): string {
  return rows.map((r) => `${r.check} ${r.result}`).join(' · ');
}

function authLines(report: Report): string[] {
  const a = authFacts(report);
  const out: string[] = [];
  if (a.recorder === null) out.push('Authentication: no results written by the receiving provider.');
  else
    out.push(
      `Authentication (${a.trusted ? 'recorded by' : 'claimed by, not tied to the receiving provider:'} ${safe(a.recorder)}): ${safe(rowsLine(a.recorded))}`,
    );
  if (a.live) out.push(`Re-checked now (${safe(a.live.resolver)}): ${safe(rowsLine(a.live.rows))}`);
  else out.push('Re-checked now: no (live DNS checks were off).');
  return out;
}

function pathLines(report: Report): string[] {
  if (report.hops.length === 0) return ['Path: no Received headers.'];
  const p = pathFacts(report);
  const head = [`Path: ${String(p.hops)} hop${p.hops === 1 ? '' : 's'}.`, p.total, p.entry, p.slowest].filter(
    (x): x is string => x !== null,
  );
  return [safe(head.join(' ')), ...p.skew.map((s) => `  ${safe(s)}`)];
}

function bounceLines(report: Report): string[] {
  const b = report.bounce;
  if (!b) return [];
  return b.recipients.map((r) => {
    const codes = [r.replyCode, r.status].filter((x): x is string => x !== null).join(' ');
    return `Bounce: ${safe(r.address ?? '(recipient not named)')}${codes ? ` ${safe(codes)}` : ''}: ${safe(r.explanation?.meaning ?? r.reason)}`;
  });
}

/** The plain-text summary of a report (no trailing newline). */
export function summaryText(report: Report): string {
  if (report.input.status !== 'ok') {
    const why = report.findings[0];
    return `headerscope could not analyse this input: ${safe(why?.title ?? report.input.status)}`;
  }
  const m = report.message;
  const problems = report.findings.filter((f) => f.severity === 'bad' || f.severity === 'warn');
  return [
    `headerscope summary: ${safe(m.subject ?? '(no subject)')}`,
    ...verdictLines(report, safe),
    `From: ${safe(m.from)}`,
    `To: ${safe(m.to)}`,
    `Date: ${m.dateIso ? `${utcText(m.dateIso)} (as written: ${safe(m.date)})` : safe(m.date)}`,
    ...bounceLines(report),
    ...authLines(report),
    ...pathLines(report),
    ...(problems.length === 0
      ? ['Problems: none found.']
      : [
          'Problems:',
          ...problems.slice(0, 8).map((f) => `  - ${f.severity === 'bad' ? 'Problem' : 'Warning'}: ${safe(f.title)}${countText(f)}`),
        ]),
    ...(problems.length > 8 ? [`  (and ${String(problems.length - 8)} more)`] : []),
  ].join('\n');
}
