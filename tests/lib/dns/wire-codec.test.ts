import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64UrlEncode } from '../../../lib/dns/base64url';
import { encodeQuery } from '../../../lib/dns/wire-query';
import { encodeName, readName } from '../../../lib/dns/wire-name';
import { decodeResponse } from '../../../lib/dns/wire-response';
import { parseTxtPresentation } from '../../../lib/dns/txt-presentation';

/** Build a response by hand: header, question, then raw answer bytes. */
function response(flags: number, qname: number[], qtype: number, an: number, rest: number[], ns = 0): Uint8Array {
  return Uint8Array.from([0, 0, flags >> 8, flags & 0xff, 0, 1, 0, an, 0, ns, 0, 0, ...qname, 0, qtype, 0, 1, ...rest]);
}
const label = (s: string): number[] => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
const EXAMPLE = [...label('example'), ...label('com'), 0];
const rr = (type: number, rdata: number[], owner = [0xc0, 12], ttl = 300): number[] => [...owner, 0, type, 0, 1, 0, 0, ttl >> 8, ttl & 0xff, rdata.length >> 8, rdata.length & 0xff, ...rdata];

describe('RFC 8484 §4.1.1 example query', () => {
  it('encodes www.example.com/A with id 0 to the RFC base64url text', () => {
    const q = encodeQuery('www.example.com', 'A', { ad: false, edns: false });
    expect(q).not.toBeNull();
    expect(base64UrlEncode(q ?? new Uint8Array())).toBe('AAABAAABAAAAAAAAA3d3dwdleGFtcGxlA2NvbQAAAQAB');
  });
  it('adds the AD bit and an EDNS(0) OPT record by default', () => {
    const q = encodeQuery('example.com', 'TXT') ?? new Uint8Array();
    expect(q[3]).toBe(0x20);
    expect(q[11]).toBe(1);
    expect(Array.from(q.slice(-11, -8))).toEqual([0, 0, 41]);
  });
});

describe('base64url (RFC 4648 §10 vectors, url alphabet, no padding)', () => {
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['fooba', 'Zm9vYmE'],
    ['foobar', 'Zm9vYmFy'],
  ])('%j -> %s', (input, out) => {
    expect(base64UrlEncode(new TextEncoder().encode(input))).toBe(out);
  });
  it('matches Node base64url on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (b) => base64UrlEncode(b) === Buffer.from(b).toString('base64url')), { numRuns: 1000 });
  });
});

describe('names (RFC 1035 §3.1, §4.1.4)', () => {
  it('refuses labels over 63 octets and names over 255 octets', () => {
    expect(encodeName(`${'a'.repeat(64)}.com`)).toBeNull();
    expect(encodeName(`${'a'.repeat(63)}.com`)).not.toBeNull();
    expect(encodeName(Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.'))).toBeNull();
    expect(encodeName('a..b')).toBeNull();
  });
  it('follows a compression pointer backwards', () => {
    const bytes = Uint8Array.from([...EXAMPLE, ...label('www'), 0xc0, 0]);
    expect(readName(bytes, EXAMPLE.length)).toEqual({ ok: true, name: 'www.example.com', next: EXAMPLE.length + 6 });
  });
  it.each([
    ['self pointer', [0xc0, 0]],
    ['forward pointer', [0xc0, 2, 1, 0x61, 0]],
    ['two-pointer loop', [1, 0x61, 0xc0, 4, 0xc0, 0]],
    ['pointer cut short', [0xc0]],
    ['label past the end', [5, 0x61]],
    ['reserved label type', [0x40]],
  ])('rejects %s', (_n, bytes) => {
    expect(readName(Uint8Array.from(bytes), 0).ok).toBe(false);
  });
  it('never throws and terminates on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (b, at) => {
        const r = readName(b, at);
        return r.ok ? r.next > at : typeof r.reason === 'string';
      }),
      { numRuns: 1000 },
    );
  });
});

describe('decodeResponse', () => {
  it('joins a multi-string TXT record without separator and keeps the strings', () => {
    const txt = [...label('v=spf1 '), ...label('-all')];
    const d = decodeResponse(response(0x8180, EXAMPLE, 16, 1, rr(16, txt)), 'example.com', 'TXT');
    expect(d.answer).toEqual({ status: 'NOERROR', records: [{ type: 'TXT', strings: ['v=spf1 ', '-all'], text: 'v=spf1 -all' }], ad: false, detail: null });
    expect(d.ttl).toBe(300);
  });
  it('decodes A, AAAA, MX (compressed exchange) and surfaces the AD bit', () => {
    const a = decodeResponse(response(0x81a0, EXAMPLE, 1, 1, rr(1, [192, 0, 2, 1])), 'example.com', 'A');
    expect(a.answer).toMatchObject({ status: 'NOERROR', ad: true, records: [{ type: 'A', address: '192.0.2.1' }] });
    const v6 = [0x20, 0x01, 0x0d, 0xb8, ...new Array<number>(11).fill(0), 1];
    expect(decodeResponse(response(0x8180, EXAMPLE, 28, 1, rr(28, v6)), 'example.com', 'AAAA').answer.records).toEqual([{ type: 'AAAA', address: '2001:db8::1' }]);
    const mx = decodeResponse(response(0x8180, EXAMPLE, 15, 1, rr(15, [0, 10, ...label('mx'), 0xc0, 12])), 'example.com', 'MX');
    expect(mx.answer.records).toEqual([{ type: 'MX', preference: 10, exchange: 'mx.example.com' }]);
  });
  it('follows a CNAME chain to the records of the asked type', () => {
    const target = [...label('t'), 0xc0, 12];
    const bytes = response(0x8180, EXAMPLE, 1, 2, [...rr(5, target), ...rr(1, [192, 0, 2, 9], [...label('t'), 0xc0, 12])]);
    expect(decodeResponse(bytes, 'Example.COM.', 'A').answer.records).toEqual([{ type: 'A', address: '192.0.2.9' }]);
  });
  it.each([
    ['NXDOMAIN', 0x8183, 'NXDOMAIN'],
    ['SERVFAIL', 0x8182, 'SERVFAIL'],
    ['REFUSED', 0x8185, 'REFUSED'],
    ['FORMERR', 0x8181, 'FORMERR'],
    ['NOTIMP', 0x8184, 'OTHER'],
    ['TC bit', 0x8380, 'TRUNCATED'],
    ['not a response', 0x0100, 'MALFORMED'],
  ])('maps %s', (_n, flags, status) => {
    expect(decodeResponse(response(flags, EXAMPLE, 16, 0, []), 'example.com', 'TXT').answer.status).toBe(status);
  });
  it('takes the negative TTL from the SOA (RFC 2308 §5)', () => {
    const soa = [0xc0, 12, 0xc0, 12, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 30];
    const d = decodeResponse(response(0x8183, EXAMPLE, 16, 0, rr(6, soa), 1), 'example.com', 'TXT');
    expect(d).toEqual({ answer: { status: 'NXDOMAIN', records: [], ad: false, detail: null }, ttl: 30 });
  });
  it.each([
    ['answer for another name', response(0x8180, EXAMPLE, 16, 1, rr(16, label('x'), [...label('evil'), 0])), 'TXT'],
    ['answer of another type', response(0x8180, EXAMPLE, 16, 1, rr(1, [1, 2, 3, 4])), 'TXT'],
    ['question for another name', response(0x8180, [...label('other'), 0], 16, 0, []), 'TXT'],
    ['record cut short', response(0x8180, EXAMPLE, 16, 1, rr(16, label('abc')).slice(0, -2)), 'TXT'],
    ['TXT string overrunning its rdata', response(0x8180, EXAMPLE, 16, 1, rr(16, [9, 0x61])), 'TXT'],
    ['A record of 3 octets', response(0x8180, EXAMPLE, 1, 1, rr(1, [1, 2, 3])), 'A'],
    ['shorter than a header', Uint8Array.from([0, 0, 0x81]), 'TXT'],
  ] as const)('MALFORMED: %s', (_n, bytes, type) => {
    const d = decodeResponse(bytes, 'example.com', type);
    expect(d.answer.status).toBe('MALFORMED');
    expect(d.answer.detail).not.toBeNull();
  });
  it('rejects a CNAME loop', () => {
    const bytes = response(0x8180, EXAMPLE, 1, 1, rr(5, [0xc0, 12]));
    expect(decodeResponse(bytes, 'example.com', 'A').answer.detail).toContain('CNAME loop');
  });
  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (b) => typeof decodeResponse(b, 'example.com', 'TXT').answer.status === 'string'), { numRuns: 1000 });
  });
});

describe('TXT presentation format (JSON API data)', () => {
  it.each([
    ['"v=spf1 -all"', ['v=spf1 -all']],
    ['"first part" "second part"', ['first part', 'second part']],
    ['"a\\"b" "c\\\\d" "\\065"', ['a"b', 'c\\d', 'A']],
    ['v=spf1 unquoted (Google)', ['v=spf1 unquoted (Google)']],
    ['"unterminated', null],
    ['"a"x', null],
  ])('%s', (data, strings) => {
    expect(parseTxtPresentation(data)).toEqual(strings);
  });
});
