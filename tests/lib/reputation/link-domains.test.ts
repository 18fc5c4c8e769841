import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linkDomains } from '../../../lib/reputation/link-domains';
import { orgDomainOfHostText } from '../../../lib/reputation/host-name';
import { AsciiText } from '../../../lib/mime/ascii-text';

/**
 * The definition linkDomains keeps: the text lower-cased, "http" found in it, an optional "s", then "://"; the
 * authority read from the text at the lower-cased text's positions (they differ only past a U+0130).
 */
function reference(bodyText: string, max = 20): string[] {
  const text = bodyText.slice(0, 512 * 1024);
  const lower = text.toLowerCase();
  const stop = ' \t\r\n/?#"\'<>()[]{}\\,;|`^';
  const out: string[] = [];
  let pos = 0;
  while (out.length < max) {
    const at = lower.indexOf('http', pos);
    if (at < 0) break;
    let start = at + 4;
    if (lower.startsWith('s', start)) start++;
    pos = start;
    if (!lower.startsWith('://', start)) continue;
    start += 3;
    let end = start;
    while (end < text.length && end - start < 300 && !stop.includes(text.charAt(end))) end++;
    pos = end;
    let authority = text.slice(start, end);
    if (authority.includes('@')) authority = authority.slice(authority.lastIndexOf('@') + 1);
    if (authority.includes(':')) authority = authority.slice(0, authority.indexOf(':'));
    let host = authority;
    while (host.endsWith('.')) host = host.slice(0, -1);
    const domain = orgDomainOfHostText(host);
    if (domain !== null && !out.includes(domain)) out.push(domain);
  }
  return out;
}

/** An ASCII string's octets read in place, as analyze() gives a large all-ASCII message's body head. */
function asciiText(s: string): AsciiText {
  const octets = Uint8Array.from(s, (c) => c.charCodeAt(0));
  return new AsciiText(
    octets,
    (o) => (byte, from) => o.indexOf(byte, from),
    (o) => String.fromCharCode(...o),
  );
}

describe('linkDomains against its definition', () => {
  const piece = fc.constantFrom(
    'http',
    'HTTP',
    'Http',
    'https',
    'hTTpS',
    's',
    'S',
    '://',
    ':',
    '/',
    '//',
    'h',
    't',
    'p',
    'x',
    ' ',
    '.',
    '@',
    ':8080',
    'example.com',
    'mail.example.org',
    'a.example.co.uk',
    'user:pw@',
    '"',
    '<',
    ')',
    '\u0130',
    'İstanbul.example.net',
    '\u017f',
    '\u212a',
    'é',
  );
  it('finds the same domains in the same order, in strings and in octets read in place, for any max', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 0, max: 4 }), (ps, max) => {
        const s = ps.join('');
        expect(linkDomains(s, max)).toEqual(reference(s, max));
        if (!/[\u0080-\uffff]/.test(s)) expect(linkDomains(asciiText(s), max)).toEqual(reference(s, max));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['a U+0130 before a link moves the positions read', '\u0130 see https://x.example.com/ and https://y.example.org'],
    ['a link cut at 300 characters, then "http" inside the cut run', `https://${'a'.repeat(296)}http://example.com`],
    ['"://" right after a link', 'https://example.com://http://example.net'],
    ['past 512 KiB', `${'x'.repeat(512 * 1024 - 12)}https://example.com/ https://example.org`],
  ])('%s', (_name, s) => {
    expect(linkDomains(s)).toEqual(reference(s));
    if (!/[\u0080-\uffff]/.test(s)) expect(linkDomains(asciiText(s))).toEqual(reference(s));
  });

  it.each([
    ['a query ends the host', 'see https://news.example.com?utm=1 now', ['example.com']],
    ['trailing dots are dropped', 'https://example.com../path', ['example.com']],
    ['the host follows the last "@"', 'https://user@evil.example@good.example.org/', ['example.org']],
    [
      'an authority of exactly 300 characters is read whole',
      `https://${'u'.repeat(288)}@example.com/`,
      ['example.com'],
    ],
    ['an upper-case scheme, "s" or not', 'HTTPS://a.example.net HtTp://b.example.org', ['example.net', 'example.org']],
    ['no scheme before "://" is no link', 'ftp://example.com ttp://example.org', []],
  ])('%s', (_name, s, expected) => {
    expect(linkDomains(s)).toEqual(expected);
    expect(linkDomains(asciiText(s))).toEqual(expected);
    expect(reference(s)).toEqual(expected);
  });

  it('finds nothing in hostile octets read in place', () => {
    for (const s of ['://'.repeat(100_000), `https://${'a.'.repeat(200_000)}`, 'https://'.repeat(60_000)])
      expect(linkDomains(asciiText(s))).toEqual([]);
  });
});
