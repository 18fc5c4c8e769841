/** RFC 3492 §7.1 sample strings first, then round trips and rejection of bad input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainForms, punycodeDecode, punycodeEncode } from '../../../lib/impersonation';

/** RFC 3492 §7.1: (A) Arabic (Egyptian), (B) Chinese (simplified), (C) Chinese (traditional), (D) Czech, (E) Hebrew, (I) Russian, (L) Japanese, (S) all-ASCII with a hyphen. */
const RFC3492_7_1: [string, string, string][] = [
  ['(A) Arabic', '\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F', 'egbpdaj6bu4bxfgehfvwxn'],
  ['(B) Chinese simplified', '\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587', 'ihqwcrb4cv8a8dqg056pqjye'],
  ['(C) Chinese traditional', '\u4ED6\u5011\u7232\u4EC0\u9EBD\u4E0D\u8AAA\u4E2D\u6587', 'ihqwctvzc91f659drss3x8bo0yb'],
  ['(D) Czech', 'Pro\u010Dprost\u011Bnemluv\u00ED\u010Desky', 'Proprostnemluvesky-uyb24dma41a'],
  ['(E) Hebrew', '\u05DC\u05DE\u05D4\u05D4\u05DD\u05E4\u05E9\u05D5\u05D8\u05DC\u05D0\u05DE\u05D3\u05D1\u05E8\u05D9\u05DD\u05E2\u05D1\u05E8\u05D9\u05EA', '4dbcagdahymbxekheh6e0a7fei0b'],
  ['(I) Russian', '\u043F\u043E\u0447\u0435\u043C\u0443\u0436\u0435\u043E\u043D\u0438\u043D\u0435\u0433\u043E\u0432\u043E\u0440\u044F\u0442\u043F\u043E\u0440\u0443\u0441\u0441\u043A\u0438', 'b1abfaaepdrnnbgefbadotcwatmq2g4l'],
  ['(L) Japanese', '3\u5E74B\u7D44\u91D1\u516B\u5148\u751F', '3B-ww4c5e180e575a65lsy2b'],
  ['(S) ASCII', '-> $1.00 <-', '-> $1.00 <--'],
];

describe('RFC 3492 §7.1', () => {
  it.each(RFC3492_7_1)('%s decodes', (_n, unicode, puny) => {
    expect(punycodeDecode(puny)).toBe(unicode);
  });
  it.each(RFC3492_7_1)('%s encodes', (_n, unicode, puny) => {
    // RFC 3492 §7.1 (I) uses an upper-case "B"-free form; encoders emit lower case digits.
    expect(punycodeEncode(unicode)?.toLowerCase()).toBe(puny.toLowerCase());
  });
});

describe('round trip and bad input', () => {
  it('decode(encode(x)) = x for short labels', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => {
        const e = punycodeEncode(s);
        if (e !== null) expect(punycodeDecode(e)).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });
  it.each(['99999999999', 'a-!', 'x'.repeat(64), 'é-abc'])('rejects %j', (s) => {
    expect(punycodeDecode(s)).toBeNull();
  });
  it('never throws on random input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 70 }), (s) => void punycodeDecode(s)), { numRuns: 1000 });
  });
});

describe('domainForms', () => {
  it.each([
    ['xn--pypal-4ve.com', 'pаypal.com', 'xn--pypal-4ve.com'],
    ['bücher.example', 'bücher.example', 'xn--bcher-kva.example'],
    ['EXAMPLE.com', 'example.com', 'example.com'],
  ])('%s', (input, unicode, ascii) => {
    expect(domainForms(input)).toMatchObject({ unicode, ascii });
  });
});
