import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { summaryText } from '../../../lib/export/summary-text';
import { reportMarkdown } from '../../../lib/export/report-markdown';
import { sample } from '../mime/fixture';

const deps = { now: () => Date.UTC(2026, 0, 1) };

describe('summaryText', () => {
  it('states the authentication and the path of the skewed-clock sample', async () => {
    const text = summaryText(await analyze(sample('late-delivery-skewed-clock.eml'), deps));
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        'From: Example Billing <billing@example.net>',
        'Date: 2025-10-14 08:02:09 UTC (as written: Tue, 14 Oct 2025 10:02:09 +0200)',
        'Authentication (recorded by mx.google.com): SPF pass · DKIM pass · DMARC pass',
        'Re-checked now: no (live DNS checks were off).',
        'Path: 4 hops. Delivered in 40 min 54 s. Entered Gmail / Google Workspace from mailgw.example.net [192.0.2.25] at hop 3. Slowest: hop 3 (40 min 48 s).',
      ]),
    );
  });

  it('states the verdict first, right under its title line, with reasons and what it means for the reader', async () => {
    const report = await analyze(sample('phish-with-forged-results.eml'), deps);
    const lines = summaryText(report).split('\n');
    expect(lines[1]).toBe(`Verdict: DECEPTIVE: ${report.verdict.headline}`);
    expect(lines[1]).toMatch(/paypal\.com/i);
    expect(lines[2]).toBe(
      `  - ${report.verdict.reasons[0]?.text ?? '?'}  [${report.verdict.reasons[0]?.findingId ?? '?'}]`,
    );
    expect(lines.find((l) => l.startsWith('  What it means for you (recipient): '))).toMatch(/phishing/);
    expect(lines.findIndex((l) => l.startsWith('From: '))).toBeGreaterThan(2);
  });

  it("leads with the attached message's verdict when a short forward is about it", async () => {
    const lines = summaryText(await analyze(sample('forwarded-phish-as-attachment.eml'), deps)).split('\n');
    const titles = lines.filter((l) => l.startsWith('Verdict'));
    expect(titles).toHaveLength(2);
    expect(titles[0]).toMatch(/^Verdict on the attached message \(.+\): DECEPTIVE: /);
    expect(titles[1]).toMatch(/^Verdict on the forwarding message: [A-Z]+: /);
  });

  it('names the failed recipient of a bounce with its codes', async () => {
    const text = summaryText(await analyze(sample('bounce-gmail-550-5.1.1.eml'), deps));
    expect(text).toMatch(/^Bounce: j\.smiht@example\.com 550 5\.1\.1: /m);
  });

  it('shows hostile invisible characters instead of passing them on', async () => {
    const raw =
      'From: a@example.com\r\nSubject: invoice\u202Efdp.exe\r\nDate: Tue, 14 Oct 2025 09:17:36 +0000\r\n\r\nbody';
    expect(summaryText(await analyze(raw, deps))).toContain('invoice⟨U+202E⟩fdp.exe');
  });

  it('says why an input could not be read', async () => {
    expect(summaryText(await analyze('just a note', deps))).toBe(
      'headerscope could not analyse this input: No email headers found',
    );
  });
});

describe('reportMarkdown', () => {
  it('gives a ticket with the message table, authentication, problems and the hop table (hop 1 first)', async () => {
    const md = reportMarkdown(await analyze(sample('phish-with-forged-results.eml'), deps), {
      detail: 'ticket',
      redacted: false,
    });
    expect(md).toMatch(
      /^## headerscope report: Your account has been limited – action required\n\n### Verdict: DECEPTIVE\n\*\*Not from paypal\.com/,
    );
    expect(md.indexOf('### Verdict')).toBeLessThan(md.indexOf('| From |'));
    expect(md).toContain('| From | `PayPal Service — Account Team <service@paypal.com>` |');
    expect(md).toContain('### Authentication');
    expect(md).toMatch(/- \*\*Problem:\*\* /);
    expect(md).not.toContain('### All headers');
    const hops = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(hops[0]).toMatch(/^\| 1 \|/);
  });

  it('gives the full export with every header in a fence and the attached message', async () => {
    const md = reportMarkdown(await analyze(sample('forwarded-phish-as-attachment.eml'), deps), {
      detail: 'full',
      redacted: false,
    });
    expect(md).toContain('### Attached message 1');
    expect(md).toMatch(/^### Verdict on the attached message \(.+\): DECEPTIVE$/m);
    expect(md).toMatch(/^#### Verdict: DECEPTIVE$/m);
    expect(md).toMatch(/### All headers \(\d+\)\n```text\n/);
  });

  it('keeps a hostile subject inert', async () => {
    const raw =
      'From: a@example.com\r\nSubject: <script>alert(1)</script> [x](javascript:y)\r\nDate: Tue, 14 Oct 2025 09:17:36 +0000\r\n\r\nbody';
    const md = reportMarkdown(await analyze(raw, deps), { detail: 'ticket', redacted: false });
    expect(md).toContain('## headerscope report: \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y)');
    expect(md).toContain('| Subject | `<script>alert(1)</script> [x](javascript:y)` |');
  });
});
