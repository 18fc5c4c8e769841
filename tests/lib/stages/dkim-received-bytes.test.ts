/**
 * analyze() on the bytes of an .eml hashes the body octets as received (lib/mime/received-bytes.ts):
 * the same DKIM results as from the decoded text, for UTF-8 and non-UTF-8 bodies, and a changed body still fails.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { FakeResolver, txt } from '../../helpers/fake-resolver';
import { rsaKey, signDkim } from '../dkim/signer';

const now = () => Date.UTC(2025, 0, 1);
const key = rsaKey(2048);
const dns = () => new FakeResolver({ 's1._domainkey.shop.example': [txt(key.record)] });
const head = 'From: A <a@shop.example>\r\nTo: b@example.org\r\nSubject: hi\r\nDate: Tue, 14 Oct 2025 09:00:00 +0000\r\nMessage-ID: <1@shop.example>\r\n';

async function dkimOf(input: string | Uint8Array): Promise<[string, string] | undefined> {
  const r = await analyze(input, { now, dns: dns() });
  const d = r.live?.dkim[0];
  return d === undefined ? undefined : [d.result, d.code];
}

describe('DKIM over the received octets', () => {
  it.each([
    ['UTF-8 body', Buffer.from(`${head}Content-Type: text/plain; charset=utf-8\r\n\r\nGrüße  aus \u{1F600}\r\n\r\n`, 'utf8'), 'relaxed/relaxed'],
    ['Latin-1 body (not UTF-8)', Buffer.from(`${head}Content-Type: text/plain; charset=iso-8859-1\r\n\r\nna\xefve  caf\xe9 \r\n`, 'latin1'), 'relaxed/simple'],
    ['an unchanged body (hashed as a view)', Buffer.from(`${head}\r\nline one\r\nline two\r\n`, 'utf8'), 'simple/simple'],
  ])('%s: pass from bytes, as from text', async (_label, unsigned, canonicalization) => {
    const signed = Buffer.from(await signDkim(unsigned, { domain: 'shop.example', selector: 's1', key, canonicalization }), 'latin1');
    expect(await dkimOf(signed)).toEqual(['pass', 'dkim.pass']);
    const text = signed.toString(unsigned.toString('utf8').includes('\ufffd') ? 'latin1' : 'utf8');
    expect(await dkimOf(text)).toEqual(['pass', 'dkim.pass']);
  });

  it('a body byte changed after signing: fail, body hash mismatch', async () => {
    const signed = Buffer.from(await signDkim(Buffer.from(`${head}\r\nPay 100 EUR\r\n`), { domain: 'shop.example', selector: 's1', key }), 'latin1');
    const at = signed.lastIndexOf('100');
    signed[at] = 0x39;
    expect(await dkimOf(signed)).toEqual(['fail', 'dkim.bodyhash.mismatch']);
  });
});

describe('large bodies (the digest may start before the scan has confirmed the end)', () => {
  const clean = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\r\n'.repeat(60_000);
  const top = `${head}\r\n${'Total:  42 \t\r\n'.repeat(50)}`;
  it.each([
    ['changes only on top', `${top}${clean}`],
    ['another change near the end', `${top}${clean}late  line \r\n${clean}`],
  ])('%s: pass; a byte changed in the tail: fail', async (_label, unsigned) => {
    const signed = Buffer.from(await signDkim(Buffer.from(unsigned, 'latin1'), { domain: 'shop.example', selector: 's1', key }), 'latin1');
    expect(await dkimOf(signed)).toEqual(['pass', 'dkim.pass']);
    signed[signed.length - 10] = 0x2b;
    expect(await dkimOf(signed)).toEqual(['fail', 'dkim.bodyhash.mismatch']);
  });
});
