/**
 * First tests: the RFCs' own examples. RFC 6376 Appendix A (A.2 message, A.3 key; simple/simple
 * rsa-sha256) and RFC 8463 Appendix A (A.3 message signed with ed25519-sha256 and rsa-sha256).
 */
import { describe, expect, it } from 'vitest';
import { verifyDkim } from '../../../lib/dkim';
import { crlf, fixtureText, keyResolver, messageOf, now, rfcKeys } from './message';

const deps = () => ({ dns: keyResolver(rfcKeys()), now });

describe('RFC 6376 Appendix A', () => {
  it.each([
    ['as stored (LF line ends, as pasted)', (s: string) => s],
    ['with CRLF line ends', crlf],
  ])('A.2 signed message verifies with the A.3 key, %s', async (_label, form) => {
    const [r, ...rest] = await verifyDkim(messageOf(form(fixtureText('rfc6376-A.2-signed.eml'))), deps());
    expect(rest).toHaveLength(0);
    expect(r).toMatchObject({
      result: 'pass', code: 'dkim.pass', domain: 'example.com', selector: 'brisbane', algorithm: 'rsa-sha256', keyBits: 1024,
      bodyChecked: true, auid: 'joe@football.example.com', canonicalization: 'simple/simple',
      signedHeaders: ['received', 'from', 'to', 'subject', 'date', 'message-id'],
    });
    expect(r?.findings.map((f) => f.id)).toContain('dkim.key.weak');
  });

  it.each([
    ['rfc6376-A.2-body_modified.eml', 'dkim.bodyhash.mismatch', 'valid'],
    ['rfc6376-A.2-header_subject_modified.eml', 'dkim.signature.invalid', 'invalid'],
  ])('%s fails with %s', async (file, code, header) => {
    const [r] = await verifyDkim(messageOf(fixtureText(file)), deps());
    expect(r).toMatchObject({ result: 'fail', code, headerSignature: header });
  });

  it('headers only: verifies against the claimed bh= and says the body was not checked', async () => {
    const text = fixtureText('rfc6376-A.2-body_modified.eml');
    const headers = text.slice(0, text.indexOf('\n\n') + 1);
    const [r] = await verifyDkim(messageOf(headers), deps());
    expect(r).toMatchObject({ result: 'pass', code: 'dkim.pass.headers-only', bodyChecked: false });
  });
});

describe('RFC 8463 Appendix A', () => {
  it('A.3: both the ed25519-sha256 and the rsa-sha256 signature verify with the A.2 keys', async () => {
    const results = await verifyDkim(messageOf(fixtureText('rfc8463-A.3-signed.eml')), deps());
    expect(results.map((r) => [r.algorithm, r.selector, r.result, r.code, r.keyBits])).toEqual([
      ['ed25519-sha256', 'brisbane', 'pass', 'dkim.pass', 256],
      ['rsa-sha256', 'test', 'pass', 'dkim.pass', 1024],
    ]);
    expect(results[0]).toMatchObject({
      domain: 'football.example.com', auid: '@football.example.com', timestamp: 1528637909, canonicalization: 'relaxed/relaxed',
      signedHeaders: ['from', 'to', 'subject', 'date', 'message-id', 'from', 'subject', 'date'],
    });
  });

  it('A.3 with CRLF line ends verifies the same', async () => {
    const results = await verifyDkim(messageOf(crlf(fixtureText('rfc8463-A.3-signed.eml'))), deps());
    expect(results.map((r) => r.result)).toEqual(['pass', 'pass']);
  });
});
