/** Body checks: l= (RFC 6376 §3.5, §8.1 body-length attacks), headers only, body changes, Latin-1 bytes. */
import { describe, expect, it } from 'vitest';
import { verifyDkim } from '../../../lib/dkim';
import { decodeInputBytes } from '../../../lib/mime';
import { crlf, keyResolver, messageOf, now } from './message';
import { resign, rsaKey, signDkim } from './signer';

const key = rsaKey(2048);
const deps = () => ({ dns: keyResolver({ 's1._domainkey.example.com': key.record }), now });
const verifyText = async (text: string) => (await verifyDkim(messageOf(text), deps()))[0];
const MESSAGE = crlf('From: real@example.com\nSubject: offer\n\nHello,\nthe price is 10.\n');

describe('l= body length', () => {
  it('l= equal to the body: plain pass', async () => {
    const signed = await signDkim(MESSAGE, { domain: 'example.com', selector: 's1', key, maxBodyLength: 10_000 });
    expect(await verifyText(signed)).toMatchObject({ result: 'pass', code: 'dkim.pass', bodyLength: { signed: 26, total: 26 } });
  });

  it('content appended after the signed length: pass, flagged as partial, with the byte counts', async () => {
    const signed = await signDkim(MESSAGE, { domain: 'example.com', selector: 's1', key, maxBodyLength: 10_000 });
    const r = await verifyText(`${signed}Click http://evil.example/ now!\r\n`);
    expect(r).toMatchObject({ result: 'pass', code: 'dkim.pass.partial-body', bodyLength: { signed: 26, total: 59 } });
    expect(r?.findings[0]?.severity).toBe('warn');
  });

  it('l= longer than the body (body cut after signing): fail', async () => {
    const signed = await signDkim(MESSAGE, { domain: 'example.com', selector: 's1', key, maxBodyLength: 10_000 });
    expect(await verifyText(signed.replace('the price is 10.\r\n', ''))).toMatchObject({ result: 'fail', code: 'dkim.body.length-exceeds' });
  });

  it('l=0: the signature covers none of the body', async () => {
    const empty = await signDkim(crlf('From: real@example.com\nSubject: offer\n\n'), { domain: 'example.com', selector: 's1', key });
    const withL = await resign(empty, key, (f) => f.replace('q=dns/txt;', 'q=dns/txt; l=0;'));
    const r = await verifyText(`${withL}anything at all\r\n`);
    expect(r).toMatchObject({ result: 'pass', code: 'dkim.pass.body-not-covered', bodyLength: { signed: 0, total: 17 } });
  });
});

describe('body given or not', () => {
  it('a changed body: fail with bodyhash.mismatch, header signature still valid', async () => {
    const signed = await signDkim(MESSAGE, { domain: 'example.com', selector: 's1', key });
    // Change the body only: "10" can also occur in the random base64 of b= or bh=.
    expect(await verifyText(signed.replace('price is 10.', 'price is 99.'))).toMatchObject({ result: 'fail', code: 'dkim.bodyhash.mismatch', headerSignature: 'valid' });
  });

  it.each([
    ['headers and the blank line', (s: string) => s.slice(0, s.indexOf('\r\n\r\n') + 4)],
    ['headers without the blank line', (s: string) => s.slice(0, s.indexOf('\r\n\r\n') + 2)],
    ['headers without a final line break', (s: string) => s.slice(0, s.indexOf('\r\n\r\n'))],
  ])('headers only (%s): verified against the claimed bh=, bodyChecked false', async (_label, cut) => {
    const signed = await signDkim(MESSAGE, { domain: 'example.com', selector: 's1', key });
    const msg = messageOf(cut(signed));
    const [r] = await verifyDkim(msg, deps());
    expect(msg.body).toBeNull();
    expect(r).toMatchObject({ result: 'pass', code: 'dkim.pass.headers-only', bodyChecked: false });
  });

  it('a body in Latin-1 bytes (not UTF-8) verifies over those bytes', async () => {
    const bytes = Buffer.from(crlf('From: real@example.com\nSubject: caf\xe9\n\nna\xefve r\xe9sum\xe9\n'), 'latin1');
    const signed = await signDkim(bytes, { domain: 'example.com', selector: 's1', key });
    const text = decodeInputBytes(Buffer.from(signed, 'latin1'));
    const r = await verifyText(text);
    expect(r).toMatchObject({ result: 'pass', code: 'dkim.pass' });
    expect(r?.findings.map((f) => f.id)).toContain('dkim.encoding.latin1');
  });

  it('a UTF-8 body verifies over UTF-8 bytes', async () => {
    const signed = await signDkim(crlf('From: real@example.com\nSubject: caf\u00e9 \u{1F600}\n\nna\u00efve r\u00e9sum\u00e9 \u4e2d\u6587\n'), { domain: 'example.com', selector: 's1', key });
    expect(await verifyText(signed)).toMatchObject({ result: 'pass', code: 'dkim.pass' });
  });
});
