import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { finding, mergeFindings } from '../../../lib/findings';
import { summaryText } from '../../../lib/export/summary-text';
import { reportMarkdown } from '../../../lib/export/report-markdown';
import { formatText } from '../../../cli/format-text';
import { sample } from '../mime/fixture';

const deps = { now: () => Date.UTC(2026, 0, 1) };

/** A report whose findings include one standing for 50 identical warnings. */
async function reportWithCount() {
  const report = await analyze(sample('late-delivery-skewed-clock.eml'), deps);
  const weak = finding('arc.key.weak', 'warn', 'Weak 1024-bit key used by ARC intermediary relay.example', 'RFC 8301.');
  report.findings = mergeFindings([...Array.from({ length: 50 }, () => ({ ...weak })), ...report.findings]);
  return report;
}

describe('a merged finding’s count in every text view', () => {
  it('CLI text, Markdown and the copied summary print (×50) after the title', async () => {
    const report = await reportWithCount();
    const line = 'Weak 1024-bit key used by ARC intermediary relay.example (×50)';
    expect(formatText(report, 'x.eml', false)).toContain(`${line}  [arc.key.weak]`);
    expect(reportMarkdown(report, { detail: 'ticket', redacted: false })).toContain(`${line}. RFC 8301.`);
    expect(summaryText(report)).toContain(`Warning: ${line}`);
    expect((JSON.parse(JSON.stringify(report)) as typeof report).findings[0]).toMatchObject({
      id: 'arc.key.weak',
      count: 50,
    });
  });
});
