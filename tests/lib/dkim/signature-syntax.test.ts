/** RFC 6376 §3.5 / §6.1.1: signatures that cannot be used are `neutral` with a stable code, before any DNS. */
import { describe, expect, it } from 'vitest';
import { MAX_DKIM_SIGNATURES, parseDkimSignature, verifyDkim } from '../../../lib/dkim';
import { FakeResolver } from '../../helpers/fake-resolver';
import { crlf, fixtureText, keyResolver, messageOf, now, rfcKeys } from './message';

const OK = 'v=1; a=rsa-sha256; d=example.com; s=sel; h=from:to; bh=AAAA; b=AAAA';

describe('parseDkimSignature', () => {
  it.each([
    ['a valid signature', OK, null],
    ['tag list syntax (empty tag between ;;)', `${OK};; x=1`, 'dkim.sig.syntax'],
    ['duplicate tag', `${OK}; d=example.org`, 'dkim.sig.syntax'],
    ['missing v=', OK.replace('v=1; ', ''), 'dkim.sig.missing-v'],
    ['v=2', OK.replace('v=1', 'v=2'), 'dkim.sig.bad-version'],
    ['missing bh=', OK.replace('bh=AAAA; ', ''), 'dkim.sig.missing-tag'],
    ['unknown algorithm', OK.replace('rsa-sha256', 'rsa-sha512'), 'dkim.sig.algorithm-unsupported'],
    ['bad base64 in b=', OK.replace('b=AAAA', 'b=A*A'), 'dkim.sig.bad-base64'],
    ['empty b=', OK.replace('b=AAAA', 'b='), 'dkim.sig.empty-signature'],
    ['unknown canonicalization', `${OK}; c=loose/simple`, 'dkim.sig.bad-canonicalization'],
    ['d= not a domain', OK.replace('d=example.com', 'd=exa mple'), 'dkim.sig.bad-domain'],
    ['s= not a selector', OK.replace('s=sel', 's=a..b'), 'dkim.sig.bad-selector'],
    ['h= without From', OK.replace('h=from:to', 'h=to:subject'), 'dkim.sig.from-not-signed'],
    ['l= not a number', `${OK}; l=12a`, 'dkim.sig.bad-number'],
    ['x= before t=', `${OK}; t=200; x=100`, 'dkim.sig.expiry-before-timestamp'],
    ['q= unknown', `${OK}; q=http/well-known`, 'dkim.sig.bad-query-method'],
    ['i= outside d=', `${OK}; i=joe@example.org`, 'dkim.sig.auid-outside-domain'],
    ['i= without @', `${OK}; i=joe`, 'dkim.sig.bad-auid'],
  ])('%s', (_label, value, code) => {
    const r = parseDkimSignature(value);
    expect(r.ok ? null : r.code).toBe(code);
  });

  it('i= in a subdomain of d= and DKIM-Quoted-Printable are accepted', () => {
    const r = parseDkimSignature(`${OK}; i=j=3Doe@mail.example.com`);
    expect(r.ok && r.signature.auid).toBe('j=oe@mail.example.com');
  });

  it('keeps what it could read for the report, even on failure', () => {
    const r = parseDkimSignature(OK.replace('v=1; ', ''));
    expect(r.info).toMatchObject({ domain: 'example.com', selector: 'sel', signedHeaders: ['from', 'to'] });
  });
});

describe('verifyDkim on unusable signatures', () => {
  it('a syntax error is neutral and asks DNS nothing', async () => {
    const dns = new FakeResolver({});
    const [r] = await verifyDkim(messageOf(crlf(`DKIM-Signature: ${OK.replace('v=1; ', '')}\nFrom: a@example.com\n\nx\n`)), { dns, now });
    expect(r).toMatchObject({ result: 'neutral', code: 'dkim.sig.missing-v', domain: 'example.com' });
    expect(dns.count()).toBe(0);
  });

  it('no DKIM-Signature: no results', async () => {
    expect(await verifyDkim(messageOf('From: a@example.com\n\nx\n'), { dns: new FakeResolver(), now })).toEqual([]);
  });

  it(`verifies at most ${MAX_DKIM_SIGNATURES} signatures; the rest are listed as not evaluated`, async () => {
    const text = fixtureText('rfc6376-A.2-signed.eml');
    const sig = text.slice(0, text.indexOf('Received:'));
    const many = sig.repeat(MAX_DKIM_SIGNATURES + 1) + text;
    const results = await verifyDkim(messageOf(many), { dns: keyResolver(rfcKeys()), now });
    expect(results).toHaveLength(MAX_DKIM_SIGNATURES + 2);
    expect(results.filter((r) => r.evaluated).every((r) => r.result === 'pass')).toBe(true);
    expect(results.slice(MAX_DKIM_SIGNATURES).map((r) => [r.result, r.code, r.evaluated])).toEqual([
      ['neutral', 'dkim.limit.not-evaluated', false],
      ['neutral', 'dkim.limit.not-evaluated', false],
    ]);
  });
});
