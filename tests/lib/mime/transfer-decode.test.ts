import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeBody, decodeQuotedPrintable } from '../../../lib/mime/transfer-decode';

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

describe('decodeQuotedPrintable (RFC 2045 §6.7)', () => {
  it.each([
    ['=XX octets, either case', 'caf=C3=A9 caf=c3=a9', 'caf\xc3\xa9 caf\xc3\xa9'],
    ['soft line break (rule 5), CRLF and LF', 'long=\r\nline=\nend', 'longlineend'],
    ['blanks before a soft line break (rule 3)', 'a= \t\r\nb', 'ab'],
    ['"=" not followed by hex or a break is kept', 'a=ZZ b=', 'a=ZZ b='],
    ['hard line breaks kept', 'a\r\nb\nc', 'a\r\nb\nc'],
    ['characters above U+00FF as UTF-8', 'é€', 'é\xe2\x82\xac'],
    ['a surrogate pair as one 4-byte character', '\u{1F600}', '\xf0\x9f\x98\x80'],
    ['a lone surrogate as U+FFFD (as TextEncoder)', '\ud800x', '\xef\xbf\xbdx'],
    ['empty', '', ''],
  ])('%s', (_label, input, bytes) => {
    expect(latin1(decodeQuotedPrintable(input))).toBe(bytes);
  });

  it('a text without "=": characters up to U+00FF as their byte, the others as UTF-8 (a plain reference)', () => {
    const reference = (s: string): number[] => {
      const out: number[] = [];
      for (const ch of s) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp < 256) out.push(cp);
        else out.push(...new TextEncoder().encode(ch));
      }
      return out;
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const text = s.replaceAll('=', '');
        expect(Array.from(decodeQuotedPrintable(text))).toEqual(reference(text));
      }),
    );
  });
});

describe('decodeBody', () => {
  it('quoted-printable UTF-8 text', () => {
    expect(decodeBody('Gr=C3=BC=C3=9Fe,=\r\n Welt', 'Quoted-Printable', 'utf-8')).toBe('Grüße, Welt');
  });

  it('base64 ignores line breaks and characters outside the alphabet (RFC 2045 §6.8)', () => {
    expect(latin1(decodeBase64('SGVs\r\nbG8h\n'))).toBe('Hello!');
    expect(decodeBody('SGVs\r\nbG8h', 'base64', undefined)).toBe('Hello!');
  });
});
