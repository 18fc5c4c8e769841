import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { FakeResolver, txt } from '../../helpers/fake-resolver';
import { rsaKey, signDkim } from '../dkim/signer';

const SAMPLE = readFileSync('samples/late-delivery-skewed-clock.eml', 'utf8');
const now = () => Date.UTC(2025, 9, 14, 12);

describe('recorded vs now', () => {
  it('explains a recorded pass that fails now: SPF record changed, DKIM key gone (rotated)', async () => {
    const dns = new FakeResolver({ 'example.net': [txt('v=spf1 ip4:203.0.113.0/24 -all')], '_dmarc.example.net': [txt('v=DMARC1; p=quarantine')] });
    const r = await analyze(SAMPLE, { now, dns });
    const byId = new Map(r.findings.map((f) => [f.id, f]));
    expect(byId.get('compare.spf')?.title).toBe('SPF: mx.google.com recorded pass, now fail');
    expect(byId.get('compare.spf')?.detail).toMatch(/record was probably changed since delivery/);
    // The sample's signature value is not a real signature, so it cannot verify now.
    expect(byId.get('compare.dkim')?.title).toBe('DKIM d=example.net: mx.google.com recorded pass, now neutral');
  });

  it('calls a key that is gone now a rotation, not tampering', async () => {
    const key = rsaKey(1024 * 2);
    const body = 'From: A <a@shop.example>\r\nTo: b@example.org\r\nSubject: hi\r\nDate: Tue, 14 Oct 2025 09:00:00 +0000\r\nMessage-ID: <1@shop.example>\r\n\r\nhello\r\n';
    const signed = await signDkim(body, { domain: 'shop.example', selector: 's1', key });
    const delivered = [
      'Authentication-Results: mx.google.com; dkim=pass header.i=@shop.example header.s=s1 header.b=abc; spf=pass smtp.mailfrom=shop.example; dmarc=pass header.from=shop.example',
      'Received: from mail.shop.example (mail.shop.example [192.0.2.9]) by mx.google.com with ESMTPS id q; Tue, 14 Oct 2025 02:00:05 -0700 (PDT)',
      signed,
    ].join('\r\n');
    const r = await analyze(delivered, { now, dns: new FakeResolver({}) });
    const dkim = r.findings.find((f) => f.id === 'compare.dkim');
    expect(dkim?.title).toMatch(/^DKIM d=shop\.example: mx\.google\.com recorded pass, now permerror$/);
    expect(dkim?.detail).toMatch(/rotated or revoked/);
  });

  it('says nothing when they agree', async () => {
    const key = rsaKey(1024 * 2);
    const body = 'From: A <a@shop.example>\r\nTo: b@example.org\r\nSubject: hi\r\nDate: Tue, 14 Oct 2025 09:00:00 +0000\r\nMessage-ID: <1@shop.example>\r\n\r\nhello\r\n';
    const signed = await signDkim(body, { domain: 'shop.example', selector: 's1', key });
    const delivered = [
      'Authentication-Results: mx.google.com; dkim=pass header.i=@shop.example header.s=s1 header.b=abc; spf=pass smtp.mailfrom=shop.example; dmarc=pass header.from=shop.example',
      'Received: from mail.shop.example (mail.shop.example [192.0.2.9]) by mx.google.com with ESMTPS id q; Tue, 14 Oct 2025 02:00:05 -0700 (PDT)',
      'Return-Path: <bounce@shop.example>',
      signed,
    ].join('\r\n');
    const dns = new FakeResolver({
      'shop.example': [txt('v=spf1 ip4:192.0.2.0/24 -all')],
      '_dmarc.shop.example': [txt('v=DMARC1; p=reject')],
      's1._domainkey.shop.example': [txt(key.record)],
    });
    const r = await analyze(delivered, { now, dns });
    // Both were re-checked now, and both agree with what the provider recorded.
    expect(r.live?.spf?.result).toBe('pass');
    expect(r.live?.dkim[0]?.result).toBe('pass');
    expect(r.findings.filter((f) => f.id.startsWith('compare.'))).toEqual([]);
  });

  it('says nothing with live checks off', async () => {
    const offline = await analyze(SAMPLE, { now });
    expect(offline.auth?.recorded?.trusted).toBe(true);
    expect(offline.findings.filter((f) => f.id.startsWith('compare.'))).toEqual([]);
  });

  it('never compares against a header that came with the message', async () => {
    const forged = readFileSync('samples/phish-with-forged-results.eml', 'utf8');
    const dns = new FakeResolver({ 'paypa1-secure.com': [txt('v=spf1 ip4:203.0.113.45 -all')] });
    const r = await analyze(forged, { now, dns });
    // mx.google.com recorded softfail; live says pass; the forged paypal.com "spf=pass" plays no part.
    const spf = r.findings.find((f) => f.id === 'compare.spf');
    expect(spf?.title).toBe('SPF: mx.google.com recorded softfail, now pass');
  });
});
