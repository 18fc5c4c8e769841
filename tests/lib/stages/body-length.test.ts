/**
 * security goal G5, docs/security-goals.md, DKIM l= (RFC 6376 §3.5, §8.2): a pass whose l= is shorter than the body carries what it covers,
 * DMARC resting on it alone says so in words, and the checklist never shows a plain pass for it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { FakeResolver, txt } from '../../helpers/fake-resolver';
import { resign, rsaKey, signDkim } from '../dkim/signer';

const key = rsaKey(2048);
const now = () => Date.UTC(2025, 9, 14, 12);
const dns = () =>
  new FakeResolver({
    's1._domainkey.bank.example': [txt(key.record)],
    '_dmarc.bank.example': [txt('v=DMARC1; p=reject')],
    'bulk.example': [txt('v=spf1 ip4:192.0.2.0/24 -all')],
  });
const HEAD =
  'From: Bank <alerts@bank.example>\r\nTo: a@example.org\r\nSubject: Statement\r\nDate: Tue, 14 Oct 2025 09:00:00 +0000\r\nMessage-ID: <1@bank.example>\r\n\r\n';
// SPF passes for another domain (bulk.example), so only DKIM can align with bank.example.
const TRACE =
  'Received: from out.bulk.example (out.bulk.example [192.0.2.9]) by mx.google.com with ESMTPS id q; Tue, 14 Oct 2025 02:00:05 -0700 (PDT)\r\nReturn-Path: <b@bulk.example>\r\n';
const APPENDED = 'Your account is locked. Log in at https://evil.example/ now.\r\n';

const ids = (items: { id: string; status: string }[]) => Object.fromEntries(items.map((i) => [i.id, i.status]));

describe('a DKIM pass with l= shorter than the body', () => {
  it('carries the signed and total lengths; DMARC passes in qualified words; the checklist warns', async () => {
    const signed = await signDkim(`${HEAD}Your statement is ready.\r\n`, {
      domain: 'bank.example',
      selector: 's1',
      key,
      maxBodyLength: 10_000,
    });
    const r = await analyze(`${TRACE}${signed}${APPENDED}`, { now, dns: dns() });
    const d = r.live?.dkim[0];
    expect(d).toMatchObject({
      result: 'pass',
      code: 'dkim.pass.partial-body',
      bodyLength: { signed: 26, total: 26 + APPENDED.length },
    });
    expect(r.live?.dmarc).toMatchObject({ result: 'pass', code: 'dmarc.pass.partial-body', partialBody: true });
    expect(r.live?.dmarc?.reason).toMatch(/covers only the first part of the body \(l=\)/);
    const status = ids(r.deliverability);
    expect(status['deliverability.dkim']).toBe('warn');
    expect(status['deliverability.dmarc']).toBe('warn');
  });

  it('l=0: the body is not covered at all', async () => {
    const empty = await signDkim(HEAD, { domain: 'bank.example', selector: 's1', key });
    const withL = await resign(empty, key, (f) => f.replace('q=dns/txt;', 'q=dns/txt; l=0;'));
    const r = await analyze(`${TRACE}${withL}${APPENDED}`, { now, dns: dns() });
    expect(r.live?.dkim[0]).toMatchObject({
      result: 'pass',
      code: 'dkim.pass.body-not-covered',
      bodyLength: { signed: 0, total: APPENDED.length },
    });
    expect(r.live?.dmarc?.code).toBe('dmarc.pass.partial-body');
    expect(ids(r.deliverability)['deliverability.dmarc']).toBe('warn');
  });

  it('l= covering the whole body is a plain pass', async () => {
    const signed = await signDkim(`${HEAD}Your statement is ready.\r\n`, {
      domain: 'bank.example',
      selector: 's1',
      key,
      maxBodyLength: 10_000,
    });
    const r = await analyze(`${TRACE}${signed}`, { now, dns: dns() });
    expect(r.live?.dmarc).toMatchObject({ result: 'pass', code: 'dmarc.pass' });
    expect(r.live?.dmarc?.partialBody).toBeUndefined();
    expect(ids(r.deliverability)['deliverability.dmarc']).toBe('pass');
    expect(ids(r.deliverability)['deliverability.dkim']).toBe('pass');
  });
});
