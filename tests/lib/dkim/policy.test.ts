/**
 * Crypto policy (RFC 8301, RFC 8463, security goal G5, docs/security-goals.md) and time checks, on messages signed by mailauth
 * with keys made at run time.
 */
import { describe, expect, it } from 'vitest';
import { verifyDkim } from '../../../lib/dkim';
import { crlf, keyResolver, messageOf, now, NOW } from './message';
import { ed25519Key, rsaKey, signDkim, type SignOptions } from './signer';

export const MESSAGE = crlf(`From: Alice <alice@example.com>
To: Bob <bob@example.net>
Subject: Lunch
Date: Sun, 31 Dec 2023 10:00:00 +0000
Message-ID: <1@example.com>

Hello Bob,
see you at noon.
`);

/** Added by the receiving server after signing: tells when the message was delivered. */
const RECEIVED = 'Received: from mx.example.com by mx.example.net; Sun, 31 Dec 2023 12:00:00 +0000\r\n';

async function verify(o: Partial<SignOptions> & Pick<SignOptions, 'key'>, record = o.key.record, prefix = RECEIVED) {
  const signed = await signDkim(MESSAGE, { domain: 'example.com', selector: 's1', ...o });
  return (await verifyDkim(messageOf(prefix + signed), { dns: keyResolver({ 's1._domainkey.example.com': record }), now }))[0];
}

describe('algorithms and key sizes', () => {
  it.each([
    ['rsa-sha256, 2048-bit, relaxed/relaxed', { key: rsaKey(2048) }, 'pass', 'dkim.pass', 2048],
    ['rsa-sha256, 2048-bit, simple/simple', { key: rsaKey(2048), canonicalization: 'simple/simple' }, 'pass', 'dkim.pass', 2048],
    ['rsa-sha256, 2048-bit, relaxed/simple', { key: rsaKey(2048), canonicalization: 'relaxed/simple' }, 'pass', 'dkim.pass', 2048],
    ['rsa-sha256, 1024-bit (weak, still valid)', { key: rsaKey(1024) }, 'pass', 'dkim.pass', 1024],
    ['rsa-sha256, 512-bit (RFC 8301: never valid)', { key: rsaKey(512) }, 'fail', 'dkim.key.too-small', 512],
    ['rsa-sha1 (RFC 8301: not accepted)', { key: rsaKey(2048), algorithm: 'rsa-sha1' }, 'policy', 'dkim.algorithm.sha1', 2048],
    ['ed25519-sha256 (RFC 8463)', { key: ed25519Key(), algorithm: 'ed25519-sha256' }, 'pass', 'dkim.pass', 256],
  ] as const)('%s', async (_label, opts, result, code, bits) => {
    const r = await verify(opts);
    expect(r).toMatchObject({ result, code, keyBits: bits });
    // The body is hashed only once the key is usable.
    expect(r?.bodyChecked).toBe(code !== 'dkim.key.too-small');
  });

  it('a 1024-bit key passes with a weak-key finding; 2048 has none', async () => {
    expect((await verify({ key: rsaKey(1024) }))?.findings.map((f) => f.id)).toContain('dkim.key.weak');
    expect((await verify({ key: rsaKey(2048) }))?.findings.map((f) => f.id)).not.toContain('dkim.key.weak');
  });

  it('a 512-bit key never passes even though the signature is mathematically valid', async () => {
    const r = await verify({ key: rsaKey(512) });
    expect(r?.result).not.toBe('pass');
  });
});

describe('key record flags', () => {
  it('t=y (testing) keeps the result and says receivers treat the message as unsigned', async () => {
    const key = rsaKey(2048);
    const r = await verify({ key }, key.record.replace('k=rsa;', 'k=rsa; t=y;'));
    expect(r).toMatchObject({ result: 'pass', testing: true });
    expect(r?.findings.map((f) => f.id)).toContain('dkim.key.testing');
  });

  it('a key for another algorithm (k=ed25519 for a=rsa-sha256) is permerror', async () => {
    const r = await verify({ key: rsaKey(2048) }, ed25519Key().record);
    expect(r).toMatchObject({ result: 'permerror', code: 'dkim.key.type-mismatch' });
  });
});

describe('time (against deps.now, and the newest Received date)', () => {
  const hour = 3600 * 1000;
  const delivered = Date.UTC(2023, 11, 31, 12);
  it.each([
    ['expired before delivery', { expires: delivered - hour }, RECEIVED, 'policy', 'dkim.sig.expired'],
    ['expired after delivery: valid when it arrived', { expires: delivered + hour }, RECEIVED, 'pass', 'dkim.pass'],
    ['expired, delivery time unknown', { expires: delivered + hour }, '', 'policy', 'dkim.sig.expired'],
    ['not yet expired', { expires: NOW + hour }, RECEIVED, 'pass', 'dkim.pass'],
    ['t= in the future', { signTime: NOW + 24 * hour, expires: NOW + 48 * hour }, RECEIVED, 'policy', 'dkim.sig.future'],
    ['t= two minutes ahead (clock skew)', { signTime: NOW + 120 * 1000 }, '', 'pass', 'dkim.pass'],
  ] as const)('%s', async (_label, opts, prefix, result, code) => {
    const key = rsaKey(2048);
    const r = await verify({ key, ...opts }, key.record, prefix);
    expect(r).toMatchObject({ result, code });
  });

  it('a signature dated after delivery gets a finding', async () => {
    const key = rsaKey(2048);
    const r = await verify({ key, signTime: Date.UTC(2023, 11, 31, 18) }, key.record);
    expect(r?.result).toBe('pass');
    expect(r?.findings.map((f) => f.id)).toContain('dkim.sig.after-delivery');
  });
});
