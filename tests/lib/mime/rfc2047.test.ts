import { describe, expect, it } from 'vitest';
import { decodeEncodedWords } from '../../../lib/mime/rfc2047';
import { LIMITS } from '../../../lib/limits';
import { field, fixture } from './fixture';

describe('RFC 2047 §8 examples', () => {
  // The table of encoded-word pairs and how white space between them is displayed.
  it.each([
    ['(=?ISO-8859-1?Q?a?=)', '(a)'],
    ['(=?ISO-8859-1?Q?a?= b)', '(a b)'],
    ['(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a?=\t=?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a_b?=)', '(a b)'],
    ['(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)', '(a b)'],
  ] as const)('%j -> %j', (encoded, displayed) => {
    expect(decodeEncodedWords(encoded)).toEqual({ text: displayed, unknownCharsets: [], malformed: 0 });
  });

  it.each([
    ['From', '=?US-ASCII?Q?Keith_Moore?= <moore@cs.utk.edu>', 'Keith Moore <moore@cs.utk.edu>'],
    ['To', '=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?= <keld@dkuug.dk>', 'Keld Jørn Simonsen <keld@dkuug.dk>'],
    ['Cc', '=?ISO-8859-1?Q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>', 'André Pirard <PIRARD@vm1.ulg.ac.be>'],
    // Two B words on a folded line, in two charsets: the white space between them disappears.
    ['Subject', '=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=    =?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=', 'If you can read this you understand the example.'],
  ] as const)('the §8 message header %s', (name, value, decoded) => {
    const f = field(fixture('rfc2047-8-examples.eml'), name);
    expect(f.value).toBe(value);
    expect(decodeEncodedWords(f.value).text).toBe(decoded);
  });

  it('the §8 ISO-8859-8 comment (Hebrew, visual order)', () => {
    const value = 'Nathaniel Borenstein <nsb@thumper.bellcore.com> (=?iso-8859-8?b?7eXs+SDv4SDp7Oj08A==?=)';
    expect(decodeEncodedWords(value).text).toBe('Nathaniel Borenstein <nsb@thumper.bellcore.com> (\u05dd\u05d5\u05dc\u05e9 \u05df\u05d1 \u05d9\u05dc\u05d8\u05e4\u05e0)');
  });
});

describe('decodeEncodedWords', () => {
  it.each([
    ['Q with underscores', '=?UTF-8?Q?hello_world?=', 'hello world'],
    ['Q with =20 and =5F', '=?UTF-8?Q?a=20b=5Fc?=', 'a b_c'],
    ['Q lower-case hex (lenient)', '=?UTF-8?Q?caf=c3=a9?=', 'café'],
    ['Q UTF-8', '=?UTF-8?Q?J=C3=BCrgen_=E2=80=94_M=C3=BCller?=', 'Jürgen — Müller'],
    ['Q ISO-8859-1', '=?ISO-8859-1?Q?Fran=E7ois?=', 'François'],
    ['B UTF-8', '=?UTF-8?B?WW91ciBhY2NvdW50IGhhcyBiZWVuIGxpbWl0ZWQg4oCTIGFjdGlvbiByZXF1aXJlZA==?=', 'Your account has been limited – action required'],
    ['B ISO-8859-1', '=?ISO-8859-1?B?RnJhbudvaXM=?=', 'François'],
    ['B without padding (seen in the wild)', '=?UTF-8?B?aGk?=', 'hi'],
    ['b and q in lower case', '=?utf-8?b?aGk=?= =?utf-8?q?there?=', 'hithere'],
    ['charset with RFC 2231 language', '=?US-ASCII*EN?Q?Keith_Moore?=', 'Keith Moore'],
    ['empty encoded text', '=?UTF-8?Q??=', ''],
    ['text around words kept', 'Re: =?UTF-8?Q?caf=C3=A9?= order', 'Re: café order'],
    ['no encoded words', 'plain subject', 'plain subject'],
    ['lookalike, not a word (space inside)', '=?UTF-8?Q?a b?=', '=?UTF-8?Q?a b?='],
    ['lookalike, not a word (no encoding)', '=?UTF-8??abc?=', '=?UTF-8??abc?='],
    ['lookalike, encoding X', '=?UTF-8?X?abc?=', '=?UTF-8?X?abc?='],
    ['white space between a word and text is kept', '=?UTF-8?Q?a?=  b', 'a  b'],
    ['UTF-16 charset', '=?UTF-16BE?B?AEgAaQ==?=', 'Hi'],
  ] as const)('%s', (_label, value, text) => {
    expect(decodeEncodedWords(value)).toEqual({ text, unknownCharsets: [], malformed: 0 });
  });

  it.each([
    ['unknown charset kept as written', '=?x-unknown?Q?abc?=', '=?x-unknown?Q?abc?=', ['x-unknown'], 0],
    ['unknown charset, named once', '=?x-made-up?Q?a?= =?x-made-up?Q?b?=', '=?x-made-up?Q?a?= =?x-made-up?Q?b?=', ['x-made-up'], 0],
    ['malformed Q (=ZZ) kept', '=?UTF-8?Q?=ZZ?=', '=?UTF-8?Q?=ZZ?=', [], 1],
    ['malformed Q (truncated =A) kept', '=?UTF-8?Q?abc=A?=', '=?UTF-8?Q?abc=A?=', [], 1],
    ['malformed Q (8-bit byte) kept', '=?UTF-8?Q?caf\u00e9?=', '=?UTF-8?Q?caf\u00e9?=', [], 1],
    ['malformed B (bad alphabet) kept', '=?UTF-8?B?a-b_?=', '=?UTF-8?B?a-b_?=', [], 1],
    ['malformed B (impossible length) kept', '=?UTF-8?B?a?=', '=?UTF-8?B?a?=', [], 1],
    ['malformed then good: the space is kept', '=?UTF-8?Q?=ZZ?= =?UTF-8?Q?ok?=', '=?UTF-8?Q?=ZZ?= ok', [], 1],
    ['good then unknown: the space is kept', '=?UTF-8?Q?ok?= =?x-nope?Q?z?=', 'ok =?x-nope?Q?z?=', ['x-nope'], 0],
  ] as const)('%s', (_label, value, text, unknown, malformed) => {
    expect(decodeEncodedWords(value)).toEqual({ text, unknownCharsets: unknown, malformed });
  });

  it('invalid UTF-8 bytes become U+FFFD, not a throw', () => {
    expect(decodeEncodedWords('=?UTF-8?Q?a=FFb?=').text).toBe('a\ufffdb');
  });

  it('decoded control and bidi characters are returned as is (lib/text/visible shows them)', () => {
    expect(decodeEncodedWords('=?UTF-8?Q?=E2=80=AEexe.pdf?=').text).toBe('\u202eexe.pdf');
  });

  it(`output is capped at LIMITS.maxDecodedChars (${String(LIMITS.maxDecodedChars)}) plus an ellipsis`, () => {
    const word = `=?UTF-8?Q?${'a'.repeat(16)}?=`;
    const words = word.repeat(LIMITS.maxDecodedChars / 16);
    const atCap = decodeEncodedWords(words);
    expect(atCap.text).toBe('a'.repeat(LIMITS.maxDecodedChars));
    const overCap = decodeEncodedWords(words + '=?UTF-8?Q?b?=');
    expect(overCap.text).toBe('a'.repeat(LIMITS.maxDecodedChars) + '…');
    const plain = decodeEncodedWords('p'.repeat(LIMITS.maxDecodedChars + 1));
    expect(plain.text).toBe('p'.repeat(LIMITS.maxDecodedChars) + '…');
  });
});
