/** RFC 6376 §3.2 tag lists and §3.6.1 key records: tables, hostile keys, and never-throw properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDkimSignature, parseKeyRecord, parseTagList } from '../../../lib/dkim';
import { decodeBase64 } from '../../../lib/dkim/base64';

describe('parseTagList', () => {
  it.each([
    ['v=1; a=rsa-sha256', { v: '1', a: 'rsa-sha256' }],
    ['  v = 1 ;\r\n\ta=b ; ', { v: '1', a: 'b' }],
    ['h=from : to', { h: 'from : to' }],
    ['n=', { n: '' }],
    ['x_1=y', { x_1: 'y' }],
  ])('%j', (input, want) => {
    const r = parseTagList(input);
    expect(r.ok && Object.fromEntries(r.tags)).toEqual(want);
  });

  it.each([
    ['', 'tag-list.syntax'],
    [';', 'tag-list.syntax'],
    ['a=1;;b=2', 'tag-list.syntax'],
    ['a=1; =2', 'tag-list.syntax'],
    ['1a=2', 'tag-list.syntax'],
    ['a', 'tag-list.syntax'],
    ['a=1; a=2', 'tag-list.duplicate'],
    ['a=x\u0000y', 'tag-list.syntax'],
  ])('%j is rejected (%s)', (input, code) => {
    const r = parseTagList(input);
    expect(r.ok ? null : r.code).toBe(code);
  });

  it('keys like __proto__ or constructor are plain entries (no prototype pollution)', () => {
    const r = parseTagList('constructor=1; toString=2; hasOwnProperty=3');
    expect(r.ok && [...r.tags.keys()]).toEqual(['constructor', 'toString', 'hasOwnProperty']);
    const proto = parseTagList('__proto__=x');
    expect(proto.ok).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('parseKeyRecord', () => {
  it.each([
    ['v=DKIM1; k=rsa; p=AAAA', { keyType: 'rsa', services: ['*'], flags: [], hashes: null }],
    ['p=AAAA; t=y:s; h=sha256; s=email', { flags: ['y', 's'], hashes: ['sha256'], services: ['email'] }],
    ['v=DKIM1; k=ED25519; p=AAAA', { keyType: 'ed25519' }],
    ['v=DKIM1; p=', { publicKey: null }],
  ])('%j', (input, want) => {
    const r = parseKeyRecord(input);
    expect(r.ok && r.record).toMatchObject(want);
  });
});

describe('decodeBase64', () => {
  it.each([
    ['', []],
    ['AQ==', [1]],
    ['AQI=', [1, 2]],
    ['AQID', [1, 2, 3]],
    ['AQ\r\n ID', [1, 2, 3]],
  ])('%j', (input, want) => {
    expect([...(decodeBase64(input) ?? [-1])]).toEqual(want);
  });
  it.each(['A', 'AQ=I', 'AQ===', '*QID', 'AQID='])('%j is invalid', (input) => {
    expect(decodeBase64(input)).toBeNull();
  });
});

describe('never throws (fast-check, 1000 runs)', () => {
  // Stalwart's trick: a small alphabet reaches deep tag-list states quickly.
  const tagText = fc.stringMatching(/^[\w=;: \t\r\n+/\u00a0-]{0,80}$/);
  it.each([
    ['parseTagList', (s: string) => parseTagList(s)],
    ['parseKeyRecord', (s: string) => parseKeyRecord(s)],
    ['parseDkimSignature', (s: string) => parseDkimSignature(s)],
    ['decodeBase64', (s: string) => decodeBase64(s)],
  ])('%s', (_name, parse) => {
    fc.assert(
      fc.property(fc.oneof(tagText, fc.string({ maxLength: 80 })), (s) => {
        expect(() => parse(s)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
