/**
 * No boundary (headers pasted without the provider's Received lines, or stamps without public host names): the
 * topmost Authentication-Results is read as a claim, together with the same provider's other headers right
 * below it when the provider writes one header per method (iCloud). Never as the provider's verdict.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import type { Report } from '../../../lib/report';

const run = (text: string): Promise<Report> => analyze(text, { now: () => 0 });

// The shape iCloud Mail writes (one header per method, https://support.apple.com/en-us/102322), pasted without Received lines.
const ICLOUD_BLOCK = [
  'Authentication-Results: bimi.icloud.com; bimi=skipped reason="insufficient dmarc"',
  'X-ARC-Info: policy=fail; arc=none',
  'Authentication-Results: arc.icloud.com; arc=none',
  'Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=shop.example',
  'X-DMARC-Info: pass=pass; dmarc-policy=none; s=r1; d=r1; pdomain=shop.example',
  'Authentication-Results: dkim-verifier.icloud.com;',
  '\tdkim=pass (2048-bit key) header.d=shop.example header.i=@shop.example header.b=Abc12345',
  'Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of news@shop.example designates 192.0.2.7 as permitted sender) smtp.mailfrom=news@shop.example',
];
const HEAD = [
  'From: Shop <news@shop.example>',
  'To: leo@icloud.com',
  'Subject: Your order',
  'Date: Fri, 27 Nov 2026 14:05:40 +0000',
  'Message-ID: <o1@shop.example>',
];

describe('topmost guess with a one-header-per-method provider', () => {
  it('reads the whole iCloud block as a claim: DMARC, DKIM and SPF from their own headers, no contradiction findings', async () => {
    const r = await run([...ICLOUD_BLOCK, ...HEAD, ''].join('\n'));
    const rec = r.auth?.recorded;
    expect(rec?.basis).toBe('topmost-guess');
    expect(rec?.trusted).toBe(false);
    expect(rec?.dmarc?.result).toBe('pass');
    expect(rec?.spf?.result).toBe('pass');
    expect(rec?.dkim.map((d) => d.result)).toEqual(['pass']);
    expect(r.findings.map((f) => f.id)).not.toContain('authres.untrusted.contradicts');
    expect(r.verdict.kind).not.toBe('authentic');
  });

  it('a different id on top does not pull iCloud headers below it into the claim', async () => {
    const r = await run(
      ['Authentication-Results: aaa.example; dkim=pass header.i=@shop.example', ...ICLOUD_BLOCK, ...HEAD, ''].join(
        '\n',
      ),
    );
    const rec = r.auth?.recorded;
    expect(rec?.authservId).toBe('aaa.example');
    expect(rec?.dmarc).toBeNull();
    expect(rec?.spf).toBeNull();
  });

  it('stops at the next Received: iCloud-named headers below it stay unread', async () => {
    const [first = '', ...rest] = ICLOUD_BLOCK;
    const received = [
      'Received: from relay.example (relay.example [192.0.2.9])',
      '\tby 7f3a9c (Postfix) with ESMTPS id 1A2B3C; Fri, 27 Nov 2026 14:05:40 +0000',
    ];
    const r = await run([first, ...received, ...rest, ...HEAD, ''].join('\n'));
    const rec = r.auth?.recorded;
    expect(rec?.authservId).toBe('bimi.icloud.com');
    expect(rec?.dmarc).toBeNull();
  });
});
