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
    expect(md).toMatch(/^## headerscope report: Your account has been limited – action required\n/);
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
