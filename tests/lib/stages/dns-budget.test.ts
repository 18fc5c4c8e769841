/**
 * security goal G4, docs/security-goals.md over the whole analysis: a counting resolver sees at most 30 questions for a realistic message
 * and for a hostile one, the verdicts are answered first, and one deadline ends every lookup (fake timers: a
 * 40-include SPF chain answering in 2.9 s per question ends at 8 s with a "took too long" temperror).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { activeLists } from '../../../lib/reputation/catalogue';
import { FakeResolver, txt, type Zone } from '../../helpers/fake-resolver';
import { healthyZone } from '../../helpers/fake-resolver-reputation';
import { createHealthCache } from '../../../lib/reputation/types';
import { rsaKey, signDkim } from '../dkim/signer';
import { SlowResolver } from '../../helpers/slow-resolver';

const now = () => Date.UTC(2025, 9, 14, 12);
const key = rsaKey(2048);

async function message(): Promise<string> {
  const body = [
    'From: Shop <news@shop.example>',
    'To: alice@gmail.com',
    'Subject: Your order',
    'Date: Tue, 14 Oct 2025 09:00:00 +0000',
    'Message-ID: <1@shop.example>',
    'List-Unsubscribe: <https://shop.example/u>',
    '',
    'Thank you for your order. See https://shop.example/orders/1 and https://cdn.shop-mail.example/x.',
    '',
  ].join('\r\n');
  const signed = await signDkim(body, { domain: 'shop.example', selector: 's1', key });
  return [
    'Authentication-Results: mx.google.com; dkim=pass header.i=@shop.example header.s=s1; spf=pass smtp.mailfrom=bounce@shop.example; dmarc=pass header.from=shop.example',
    'Received: from o1.mail.shop.example (o1.mail.shop.example [192.0.2.9]) by mx.google.com with ESMTPS id q; Tue, 14 Oct 2025 02:00:05 -0700 (PDT)',
    'Return-Path: <bounce@shop.example>',
    signed,
  ].join('\r\n');
}

/** The sender's DNS as big senders publish it: SPF through a provider's nested includes, DMARC, a DKIM key, rDNS. */
function realisticZone(): Zone {
  return {
    'shop.example': [
      txt('v=spf1 include:_spf.mailer.example include:sendgrid.example ip4:198.51.100.0/24 -all'),
      { type: 'MX', preference: 10, exchange: 'mx.shop.example' },
    ],
    '_spf.mailer.example': [
      txt('v=spf1 include:_nb1.mailer.example include:_nb2.mailer.example include:_nb3.mailer.example ~all'),
    ],
    '_nb1.mailer.example': [txt('v=spf1 ip4:203.0.113.0/26 ~all')],
    '_nb2.mailer.example': [txt('v=spf1 ip4:203.0.113.64/26 ~all')],
    '_nb3.mailer.example': [txt('v=spf1 ip4:192.0.2.0/24 ~all')],
    'sendgrid.example': [txt('v=spf1 ip4:167.89.0.0/17 ~all')],
    '_dmarc.shop.example': [txt('v=DMARC1; p=reject; rua=mailto:d@shop.example')],
    's1._domainkey.shop.example': [txt(key.record)],
    '9.2.0.192.in-addr.arpa': [{ type: 'PTR', name: 'o1.mail.shop.example' }],
    'o1.mail.shop.example': [{ type: 'A', address: '192.0.2.9' }],
    ...healthyZone(activeLists(null).lists),
  };
}

describe('at most 30 DNS questions per message, verdicts first', () => {
  it('a realistic message: SPF, DKIM and DMARC answered, every question counted', async () => {
    const dns = new FakeResolver(realisticZone());
    const r = await analyze(await message(), { now, dns });
    expect(dns.count()).toBeLessThanOrEqual(30);
    expect(r.live?.queries).toBe(dns.count());
    expect(r.live?.spf?.result).toBe('pass');
    expect(r.live?.dkim[0]?.result).toBe('pass');
    expect(r.live?.dmarc?.result).toBe('pass');
    // No question is asked twice in one analysis (the record lint reuses SPF's and DMARC's answers).
    const asked = dns.queries.map((q) => `${q.type} ${q.name.toLowerCase()}`);
    expect(new Set(asked).size).toBe(asked.length);
    // What the budget cut is "unknown" with the reason, never "clear".
    for (const c of r.reputation?.checks ?? [])
      if (c.reason === 'reputation.budget' || c.code === 'BUDGET') expect(c.status).toBe('unknown');
  });

  it('a hostile message (40-include chain, many domains) stays within 30 questions', async () => {
    const zone: Zone = { ...realisticZone() };
    zone['shop.example'] = [
      txt(`v=spf1 ${Array.from({ length: 40 }, (_v, i) => `include:s${String(i)}.chain.example`).join(' ')} -all`),
    ];
    for (let i = 0; i < 40; i++)
      zone[`s${String(i)}.chain.example`] = [txt(`v=spf1 include:s${String(i + 1)}.chain.example ~all`)];
    const dns = new FakeResolver(zone);
    const r = await analyze(await message(), { now, dns });
    expect(dns.count()).toBeLessThanOrEqual(30);
    expect(r.live?.spf?.result).toBe('permerror');
    expect(r.live?.dkim[0]?.result).toBe('pass');
    expect(['pass', 'temperror']).toContain(r.live?.dmarc?.result);
  });
});

describe('blocklists inside the 30 questions', () => {
  /** A newsletter from one IP that SpamCop lists (the browser test's message). */
  const newsletter = [
    'Return-Path: <bounce@shop.example>',
    'Received: from mail.shop.example (mail.shop.example [81.2.69.160]) by mx.google.com with ESMTPS id r9; Tue, 14 Oct 2025 02:00:05 -0700 (PDT)',
    'From: Shop News <news@shop.example>',
    'To: dana@example.org',
    'Subject: Autumn sale',
    'Date: Tue, 14 Oct 2025 09:00:00 +0000',
    'Message-ID: <sale-1@shop.example>',
    '',
    'Everything must go.',
    '',
  ].join('\r\n');
  const zone = (): Zone => ({
    ...healthyZone(activeLists(null).lists),
    '160.69.2.81.bl.spamcop.net': [{ type: 'A', address: '127.0.0.2' }],
    'shop.example': [txt('v=spf1 ip4:81.2.69.160 -all')],
  });

  it('the first message of a session: every IP list answered (health checks included), the listing shown', async () => {
    const dns = new FakeResolver(zone());
    const r = await analyze(newsletter, { now, dns, health: createHealthCache() });
    expect(dns.count()).toBeLessThanOrEqual(30);
    const ipChecks = r.reputation?.checks.filter((c) => c.kind === 'ip') ?? [];
    expect(ipChecks.length).toBeGreaterThan(0);
    expect(ipChecks.filter((c) => c.reason === 'reputation.budget')).toEqual([]);
    expect(ipChecks.find((c) => c.listId === 'spamcop')?.status).toBe('listed');
    expect(ipChecks.filter((c) => c.listId !== 'spamcop').every((c) => c.status === 'clear')).toBe(true);
  });

  it('the next message of the session asks no health question again', async () => {
    const health = createHealthCache();
    const first = new FakeResolver(zone());
    await analyze(newsletter, { now, dns: first, health, resolverLabel: 'doh' });
    const second = new FakeResolver(zone());
    await analyze(newsletter, { now, dns: second, health, resolverLabel: 'doh' });
    const testPoints = (d: FakeResolver) =>
      d.queries.filter((q) => /^[12]\.0\.0\.127\.|^test\.|^invalid\./.test(q.name)).length;
    expect(testPoints(first)).toBeGreaterThan(0);
    expect(testPoints(second)).toBe(0);
  });
});


describe('one deadline for the whole analysis', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a 40-include chain answering in 2.9 s per question ends at 8 s with a "took too long" temperror', async () => {
    const text = await message();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const zone: Zone = {
      'shop.example': [txt('v=spf1 include:s0.chain.example -all')],
      's1._domainkey.shop.example': [txt(key.record)],
      '_dmarc.shop.example': [txt('v=DMARC1; p=reject')],
    };
    for (let i = 0; i < 40; i++)
      zone[`s${String(i)}.chain.example`] = [txt(`v=spf1 include:s${String(i + 1)}.chain.example ~all`)];
    const deadline = new AbortController();
    setTimeout(() => {
      deadline.abort();
    }, 8000);
    const pending = analyze(text, {
      now,
      dns: new SlowResolver(new FakeResolver(zone), 2900),
      signal: deadline.signal,
      deadlineSeconds: 8,
    });
    await vi.advanceTimersByTimeAsync(7999);
    let done = false;
    void pending.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    const r = await pending;
    expect(r.live?.spf?.result).toBe('temperror');
    expect(r.live?.spf?.reason).toContain('skipped: took too long (the 8 s limit for live checks ran out)');
    // The key answered in time (2.9 s): DKIM is decided. DMARC asks after SPF, at the deadline: cut, never pass or fail.
    expect(r.live?.dkim[0]?.result).toBe('pass');
    expect(r.live?.dmarc?.result).toBe('temperror');
    expect(r.live?.dmarc?.reason).toContain('skipped: took too long');
    expect(r.reputation?.checks.every((c) => c.status === 'unknown')).toBe(true);
    expect(r.deliverability.find((d) => d.id === 'deliverability.spf')?.status).toBe('unknown');
  });
});
