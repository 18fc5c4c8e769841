/**
 * Header coverage (RFC 6376 §5.4.2 bottom-up selection, §8.15 extra header fields), over-signing, and the
 * header-smuggling cases of docs/security-goals.md (mailauth's header-smuggling test as model): none may pass.
 */
import { describe, expect, it } from 'vitest';
import { verifyDkim } from '../../../lib/dkim';
import { selectSignedFields } from '../../../lib/dkim/header-hash-input';
import { crlf, keyResolver, messageOf, now } from './message';
import { resign, rsaKey, signDkim } from './signer';

const key = rsaKey(2048);
const deps = () => ({ dns: keyResolver({ 's1._domainkey.example.com': key.record }), now });
const sign = (m: string, headerList?: string[]) => signDkim(m, { domain: 'example.com', selector: 's1', key, ...(headerList ? { headerList } : {}) });
const verifyText = async (text: string) => (await verifyDkim(messageOf(text), deps()))[0];

const BASE = crlf('From: real@example.com\nTo: bob@example.net\nSubject: hello\n\nbody\n');

describe('RFC 6376 §5.4.2: signed instances are taken bottom-up', () => {
  const fields = messageOf(crlf('A: 1\nB: 1\nA: 2\nDKIM-Signature: x\nA: 3\n\n')).fields;
  it.each([
    [['a'], [4]],
    [['a', 'a'], [4, 2]],
    [['a', 'a', 'a', 'a'], [4, 2, 0, -1]],
    [['b', 'a', 'c'], [1, 4, -1]],
    [['dkim-signature'], [-1]],
  ])('h=%j selects fields %j (the signature itself excluded)', (names, want) => {
    expect(selectSignedFields(fields, names, 3)).toEqual(want);
  });
});

describe('unsigned and added headers', () => {
  it('an unsigned From added above the signed one: policy, not pass', async () => {
    const signed = await sign(BASE);
    const r = await verifyText(`From: boss@example.com\r\n${signed}`);
    expect(r).toMatchObject({ result: 'policy', code: 'dkim.header.added-unsigned', addedHeaders: ['From'], headerSignature: 'valid' });
  });

  it.each(['Subject: urgent', 'To: victim@example.org', 'Date: Mon, 1 Jan 2024 00:00:00 +0000'])('an added %s is reported the same way', async (line) => {
    const signed = await sign(crlf('From: real@example.com\nTo: bob@example.net\nSubject: hello\nDate: Sun, 31 Dec 2023 10:00:00 +0000\n\nbody\n'));
    const r = await verifyText(`${line}\r\n${signed}`);
    expect(r?.result).toBe('policy');
    expect(r?.addedHeaders).toHaveLength(1);
  });

  it('over-signing (h= lists From twice) makes an added From break the signature', async () => {
    const signed = await resign(await sign(BASE), key, (f) => f.replace(/h=[^;]*;/, 'h=from:from:to:subject;'));
    expect((await verifyText(signed))?.result).toBe('pass');
    expect(await verifyText(`From: boss@example.com\r\n${signed}`)).toMatchObject({ result: 'fail', code: 'dkim.signature.invalid' });
  });

  it('important headers present but not signed at all are listed', async () => {
    const signed = await sign(BASE, ['from', 'subject']);
    const r = await verifyText(`Reply-To: thief@example.org\r\n${signed}`);
    expect(r).toMatchObject({ result: 'pass', unsignedHeaders: ['Reply-To', 'To'], addedHeaders: [] });
    expect(r?.findings.map((f) => f.id)).toContain('dkim.header.unsigned');
  });
});

describe('header smuggling, docs/security-goals.md: a line the display parser appends to the header above', () => {
  it.each([
    ['vertical tab', '\v'],
    ['form feed', '\f'],
    ['lone CR', '\r'],
    ['NBSP', '\u00a0'],
    ['ideographic space', '\u3000'],
    ['line separator', '\u2028'],
    ['medium mathematical space', '\u205f'],
  ])('appended after a signed From with %s: never pass', async (_label, ws) => {
    const signed = await sign(BASE);
    const tampered = signed.replace('From: real@example.com\r\n', `From: real@example.com\r\n${ws}, evil@attacker.test\r\n`);
    const msg = messageOf(tampered);
    // The one header splitter folds the line into From, so display and crypto see the same field.
    expect(msg.fields.find((f) => f.key === 'from')?.value).toContain('evil@attacker.test');
    const [r] = await verifyDkim(msg, deps());
    expect(r?.result).not.toBe('pass');
  });

  it('a From whose colon sits on a folded line is signed and verified as that From', async () => {
    const signed = await sign(crlf('From\n : boss@example.com\nSubject: t\n\nbody\n'));
    expect(await verifyText(signed)).toMatchObject({ result: 'pass' });
  });

  it('a folded-colon From added above a signed From is not a pass', async () => {
    const signed = await sign(BASE);
    expect((await verifyText(`From\r\n : boss@example.com\r\n${signed}`))?.result).not.toBe('pass');
  });

  it.each([
    ['CRLF', (s: string) => s],
    ['LF only (pasted)', (s: string) => s.replace(/\r\n/g, '\n')],
    ['CR only', (s: string) => s.replace(/\r\n/g, '\r')],
  ])('line endings %s verify identically', async (_label, form) => {
    const signed = await sign(crlf('From: real@example.com\nSubject: x\n\nline one  \n\tline two\n\n\n'));
    expect(await verifyText(form(signed))).toMatchObject({ result: 'pass', code: 'dkim.pass' });
  });

  it('a signed header whose folding was lost in a paste does not verify (and says nothing false)', async () => {
    const signed = await sign(crlf('From: real@example.com\nSubject: a long subject\n  folded here\n\nbody\n'));
    const damaged = signed.replace(/\r\n[ \t]+/g, '\r\n');
    expect((await verifyText(damaged))?.result).not.toBe('pass');
  });
});
