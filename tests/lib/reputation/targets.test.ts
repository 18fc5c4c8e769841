import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../../lib/analyze';
import { linkDomains } from '../../../lib/reputation/link-domains';
import { targetsFor } from '../../../lib/reputation/targets';

async function hopsOf(headerBlock: string) {
  const report = await analyze(`${headerBlock}\r\nFrom: a@sender.example\r\nSubject: x\r\n\r\nbody\r\n`, { now: () => 0 });
  return { hops: report.hops, boundary: report.boundary };
}

const GMAIL = [
  'Received: by 2002:a05:6a10:1234:0:0:0:0 with SMTP id abc; Tue, 2 Jan 2024 10:00:05 -0800',
  'Received: from mail.sender.example (mail.sender.example [81.2.69.160]) by mx.google.com with ESMTPS id x1 (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Tue, 2 Jan 2024 10:00:04 -0800',
  'Received: from laptop.home (cpe-1-2-3-4.example.net [89.160.20.112]) by mail.sender.example (Postfix) with ESMTPSA id 1; Tue, 2 Jan 2024 18:00:02 +0000',
  'Received: from localhost (localhost [127.0.0.1]) by laptop.home with SMTP; Tue, 2 Jan 2024 18:00:01 +0000',
].join('\r\n');

describe('targetsFor', () => {
  it('the connecting IP first, then older public relays; the receiving provider\'s own hops are left out', async () => {
    const h = await hopsOf(GMAIL);
    expect(h.boundary?.ip).toBe('81.2.69.160');
    const t = targetsFor({ hops: h.hops, boundary: h.boundary, domains: [], bodyText: null });
    expect(t.ips).toEqual(['81.2.69.160', '89.160.20.112']);
    expect(t.sources?.[0]?.source).toBe(`connecting IP (hop ${String(h.boundary?.hop)})`);
    expect(t.sources?.[1]?.source).toMatch(/^earlier relay/);
  });

  it('no boundary: no IP, with a note', async () => {
    const t = targetsFor({ hops: (await hopsOf('Received: from a (a [81.2.69.160]) by b; Tue, 2 Jan 2024 10:00:00 +0000')).hops, boundary: null });
    expect(t.ips).toEqual([]);
    expect(t.notes?.[0]).toContain('no sending IP is known');
  });

  it('a documentation or private connecting address is noted, not checked', async () => {
    const h = await hopsOf(GMAIL.replace(/81\.2\.69\.160/g, '192.0.2.25'));
    const t = targetsFor({ hops: h.hops, boundary: h.boundary });
    expect(t.ips).toEqual(['89.160.20.112']);
    expect(t.notes?.[0]).toContain('192.0.2.25');
    expect(t.notes?.[0]).toContain('documentation');
  });

  it('domains: organizational domains, deduplicated with their sources merged, senders before links', () => {
    const t = targetsFor({
      hops: [],
      boundary: null,
      domains: [
        { domain: 'news.shop.example.co.uk', source: 'From domain' },
        { domain: 'bounce@mail.shop.example.co.uk', source: 'MAIL FROM domain' },
        { domain: 'esp-mail.net', source: 'DKIM signing domain' },
        'localhost',
        '[192.0.2.1]',
      ],
      bodyText: 'Buy at https://www.Tracker.example.com/x?y and HTTP://shop.example.co.uk/ now',
    });
    expect(t.domains).toEqual(['example.co.uk', 'esp-mail.net', 'example.com']);
    expect(t.sources?.find((s) => s.target === 'example.co.uk')?.source).toBe('From domain, MAIL FROM domain, link in the body');
  });
});

describe('linkDomains', () => {
  it.each([
    ['<a href="https://user:pw@login.bank.example:8443/path">', ['bank.example']],
    ['(see https://docs.example.org.)', ['example.org']],
    ['https://münchen.example/ and http://xn--mnchen-3ya.example', ['xn--mnchen-3ya.example']],
    ['https://192.0.2.1/login http://[2001:db8::1]/', []],
    ['mailto:a@example.com ftp://example.net www.example.org', []],
    ['https://a.example.com https://b.example.com https://example.com', ['example.com']],
    ['httpshttps://x.example.org', ['example.org']],
  ])('%s', (text, expected) => {
    expect(linkDomains(text)).toEqual(expected);
  });

  it('caps the number of domains', () => {
    const text = Array.from({ length: 50 }, (_v, i) => `https://d${String(i)}.example${String(i)}.com/`).join(' ');
    expect(linkDomains(text, 5)).toHaveLength(5);
  });

  it('finds no registrable domain in hostile text (time growth: npm run bench)', () => {
    const hostile = ['http'.repeat(200_000), `https://${'a.'.repeat(200_000)}`, `https://${'.'.repeat(300_000)}`, 'https://'.repeat(60_000)];
    for (const text of hostile) expect(linkDomains(text)).toEqual([]);
  });

  it('never throws and returns registrable domains only (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 40 }), (noise, host) => {
        const out = linkDomains(`${noise} https://${host}/ ${noise}`);
        for (const d of out) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      }),
      { numRuns: 1000 },
    );
  });
});
