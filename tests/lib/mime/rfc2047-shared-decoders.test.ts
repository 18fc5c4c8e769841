import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEncodedWords } from '../../../lib/mime/rfc2047';
import { LIMITS } from '../../../lib/limits';
import { decodeEncodedWordsFresh } from './reference/rfc2047-fresh-decoders';

const LABELS = [
  'UTF-8',
  'utf-8',
  'Utf-8*en',
  'ISO-8859-1',
  'iso-8859-15',
  'windows-1252',
  'koi8-r',
  '\u212Aoi8-r',
  'shift_jis',
  'ISO-2022-JP',
  'utf-16le',
  'iso-2022-kr',
  'x-unknown',
  'utf8',
  'gb2312',
  '*',
  'us-ascii',
];
const TEXTS = [
  'SGVsbG8=',
  'w6k',
  '4oCU',
  '=E9t=C3=A9',
  'caf=E9_au_lait',
  '=1B$B$3$s$K$A$O=1B(B',
  '',
  '=ZZ',
  '//79',
  'GyRCJDMkcyRLJEEkTxsoQg',
];

const encodedWord = fc
  .tuple(
    fc.constantFrom(...LABELS),
    fc.constantFrom('B', 'Q', 'b', 'q'),
    fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 8 })),
  )
  .map(([label, enc, text]) => `=?${label}?${enc}?${text}?=`);
const value = fc
  .array(
    fc.oneof(
      encodedWord,
      fc.constantFrom(' ', '\t', '\r\n ', '=?', '?=', 'plain', 'a=?b'),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    { maxLength: 12 },
  )
  .map((a) => a.join(''));

describe('decodeEncodedWords with one decoder per label decodes as a fresh decoder per word did', () => {
  it('on random values of encoded words in known, unknown, case-folded and *language labels', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(decodeEncodedWords(v)).toEqual(decodeEncodedWordsFresh(v));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 3000) },
    );
  });

  it('a value without "=?" over the cap is cut as before', () => {
    const long = 'x'.repeat(LIMITS.maxDecodedChars + 5);
    expect(decodeEncodedWords(long)).toEqual(decodeEncodedWordsFresh(long));
  });

  it('a stateful ISO-2022-JP word between two others decodes the same in any order', () => {
    const v =
      '=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg?= =?ISO-2022-JP?Q?=1B$B$3=1B?= =?iso-2022-jp?B?GyRCJDMkcyRLJEEkTxsoQg?=';
    expect(decodeEncodedWords(v)).toEqual(decodeEncodedWordsFresh(v));
  });
});
