/**
 * A large body (4 MB here; the bench's DKIM rows use 25 MB) is canonicalised straight into one exactly sized
 * Uint8Array and digested once (WebCrypto digest is one-shot); from received octets, the unchanged rest is not
 * copied at all. Speed is measured by `npm run bench`, never here.
 */
import { describe, expect, it } from 'vitest';
import { verifyDkim, verifyDkimBytes } from '../../../lib/dkim';
import { nodeDecodeBytes } from '../../../cli/node-decode';
import { nodeFindByte } from '../../../cli/node-find-byte';
import { nodeHash } from '../../../cli/node-hash';
import { canonicalBody, canonicalBodySpliced } from '../../../lib/dkim/canonical-body';
import { keyResolver, messageOf, now } from './message';
import { rsaKey, signDkim } from './signer';

const MB = 1024 * 1024;
const LINE = 'Lorem ipsum dolor sit amet,  consectetur adipiscing elit, sed do eiusmod \t\n';
const bigBody = (bytes: number): string => LINE.repeat(Math.ceil(bytes / LINE.length));

describe('4 MB message', () => {
  it('canonicalises 4 MB into exactly one buffer of the canonical size', () => {
    const body = bigBody(4 * MB);
    for (const mode of ['simple', 'relaxed'] as const) {
      const out = canonicalBody(body, mode, 'utf-8', false);
      const lines = body.length / LINE.length;
      // simple: each LF becomes CRLF; relaxed: also "  " -> " " and " \t" at the end removed.
      expect(out.length).toBe(mode === 'simple' ? body.length + lines : (LINE.length - 3 + 1) * lines);
      expect(out.buffer.byteLength).toBe(out.length);
    }
  });

  it('verifies a signed 4 MB message end to end', async () => {
    const key = rsaKey(2048);
    const signed = await signDkim(`From: a@example.com\r\nSubject: big\r\n\r\n${bigBody(4 * MB).replace(/\n/g, '\r\n')}`, { domain: 'example.com', selector: 's1', key });
    const msg = messageOf(signed);
    const [r] = await verifyDkim(msg, { dns: keyResolver({ 's1._domainkey.example.com': key.record }), now });
    expect(r?.result).toBe('pass');
  });

  it('from bytes (header block read from the top, body as octets only): pass; LF line ends: pass; a byte changed near the end: fail', async () => {
    const key = rsaKey(2048);
    const signed = await signDkim(`From: a@example.com\r\nSubject: big\r\n\r\n${bigBody(4 * MB).replace(/\n/g, '\r\n')}`, { domain: 'example.com', selector: 's1', key });
    const dns = keyResolver({ 's1._domainkey.example.com': key.record });
    const bytes = new Uint8Array(Buffer.from(signed, 'latin1'));
    // RFC 6376 §5.3: a verifier converts local line ends (LF here) to CRLF before verifying; so the body hash holds.
    const lf = new Uint8Array(Buffer.from(signed.replace(/\r\n/g, '\n'), 'latin1'));
    const changed = bytes.slice();
    changed[changed.length - 10] = 0x21;
    for (const host of [{}, { decodeBytes: nodeDecodeBytes, findByte: nodeFindByte, hash: nodeHash }]) {
      const [ok] = await verifyDkimBytes(bytes, { dns, now, ...host });
      expect(ok?.code).toBe('dkim.pass');
      const [viaLf] = await verifyDkimBytes(lf, { dns, now, ...host });
      expect(viaLf?.code).toBe('dkim.pass');
      const [bad] = await verifyDkimBytes(changed, { dns, now, ...host });
      expect(bad?.code).toBe('dkim.bodyhash.mismatch');
    }
  }, 60_000);

  it('from the received octets, a 4 MB body that only needs changes on top is hashed from a view, not copied', () => {
    const text = `Hello  world \r\n${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\r\n'.repeat((4 * MB) / 38)}`;
    const received = new Uint8Array(Buffer.from(text, 'latin1'));
    const b = canonicalBodySpliced(received, 'relaxed', false, { text, noLoneLf: true });
    expect(b.src).toBe(received);
    expect(b.tailTo - b.tailFrom).toBeGreaterThan(received.length - 1024);
    expect(b.head.length).toBeLessThan(1024);
    expect(Buffer.from(b.head.subarray(0, 13)).toString('latin1')).toBe('Hello world\r\n');
  });
});
