import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalIPv6, formatIPv4, formatIPv6, parseIPv4, parseIPv6, unmapIPv4 } from '../../../lib/dns/ip-text';

/** RFC 7208 §7.1 qnum read the plain way (split and test each part): the specification the scanner must match. */
function referenceIPv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || (p.length > 1 && p.startsWith('0')) || Number(p) > 255) return null;
    out.push(Number(p));
  }
  return out;
}

/** RFC 4291 §2.2 read the plain way: split at "::", then at ":", a dotted quad only as the very last group. */
function referenceIPv6(text: string): number[] | null {
  if (text.length === 0 || text.length > 45) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  const words: number[][] = [[], []];
  for (let g = 0; g < groups.length; g++) {
    const list = groups[g] ?? [];
    for (let i = 0; i < list.length; i++) {
      const part = list[i] ?? '';
      if (g === groups.length - 1 && i === list.length - 1 && part.includes('.')) {
        const v4 = referenceIPv4(part);
        if (v4 === null) return null;
        words[g]?.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) words[g]?.push(parseInt(part, 16));
      else return null;
    }
  }
  const [head = [], tail = []] = words;
  const total = head.length + tail.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return null;
  return [...head, ...new Array<number>(8 - total).fill(0), ...tail];
}

function bytesToWords(b: Uint8Array | null): number[] | null {
  if (b === null) return null;
  return Array.from({ length: b.length / 2 }, (_, i) => ((b[i * 2] ?? 0) << 8) | (b[i * 2 + 1] ?? 0));
}

/** Text made of the characters addresses are written with, so that near-misses are common. */
const addressLike = fc
  .array(
    fc.constantFrom('0', '1', '9', '25', '255', '256', '00', 'a', 'F', 'ffff', '12345', ':', '::', '.', '%', ' ', 'x'),
    { maxLength: 18 },
  )
  .map((parts) => parts.join(''));

const validIPv6 = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }), fc.boolean(), fc.boolean())
  .map(([words, upper, v4]) => {
    const bytes = new Uint8Array(16);
    words.forEach((w, i) => {
      bytes[i * 2] = w >> 8;
      bytes[i * 2 + 1] = w & 0xff;
    });
    let text = formatIPv6(bytes);
    if (v4) text = `${text.slice(0, text.lastIndexOf(':') - 1)}:1.2.3.4`;
    return upper ? text.toUpperCase() : text;
  });

describe('parseIPv4 (RFC 7208 qnum)', () => {
  it.each([
    ['192.0.2.1', [192, 0, 2, 1]],
    ['0.0.0.0', [0, 0, 0, 0]],
    ['255.255.255.255', [255, 255, 255, 255]],
    ['256.0.0.1', null],
    ['01.2.3.4', null],
    ['1.2.3', null],
    ['1.2.3.4.5', null],
    ['1..3.4', null],
    ['1.2.3.4 ', null],
    ['1.2.3.1000', null],
  ] as const)('%s', (text, want) => {
    const got = parseIPv4(text);
    expect(got === null ? null : [...got]).toEqual(want);
  });

  it('agrees with the split-and-test reading on address-like text', () => {
    fc.assert(
      fc.property(addressLike, (text) => {
        const got = parseIPv4(text);
        expect(got === null ? null : [...got]).toEqual(referenceIPv4(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseIPv6 (RFC 4291 §2.2 text forms)', () => {
  it.each([
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['1::', [1, 0, 0, 0, 0, 0, 0, 0]],
    ['2001:db8::ff00:42:8329', [0x2001, 0xdb8, 0, 0, 0, 0xff00, 0x42, 0x8329]],
    ['2603:10A6:20B:4E1::12', [0x2603, 0x10a6, 0x20b, 0x4e1, 0, 0, 0, 0x12]],
    ['::ffff:192.0.2.1', [0, 0, 0, 0, 0, 0xffff, 0xc000, 0x201]],
    ['1:2:3:4:5:6:1.2.3.4', [1, 2, 3, 4, 5, 6, 0x102, 0x304]],
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['1:2:3:4:5:6:7:8:9', null],
    ['1::2:3:4:5:6:7:8', null],
    ['1::2::3', null],
    [':::', null],
    [':1::2', null],
    ['1:2:3:4:5:6:7:', null],
    ['1.2.3.4::', null],
    ['12345::', null],
    ['fe80::1%12', null],
    ['mail.example.com', null],
    ['1.2.3.4', null],
  ] as const)('%s', (text, want) => {
    expect(bytesToWords(parseIPv6(text))).toEqual(want);
  });

  it('agrees with the split reading on address-like text and on valid addresses', () => {
    fc.assert(
      fc.property(fc.oneof(addressLike, validIPv6), (text) => {
        expect(bytesToWords(parseIPv6(text))).toEqual(referenceIPv6(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('formatIPv6 (RFC 5952 §4)', () => {
  // The WHATWG URL host serialiser prints IPv6 the same way (lower case, no leading zeros, the first longest run of
  // two or more zero groups as "::"): an independent printer to hold ours to. Zero-heavy groups make runs and ties.
  const group = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
  it('prints what the URL serialiser prints, for any 8 groups', () => {
    fc.assert(
      fc.property(fc.array(group, { minLength: 8, maxLength: 8 }), (words) => {
        const bytes = new Uint8Array(16);
        words.forEach((w, i) => {
          bytes[i * 2] = w >> 8;
          bytes[i * 2 + 1] = w & 0xff;
        });
        const viaUrl = new URL(`http://[${words.map((w) => w.toString(16)).join(':')}]/`).hostname.slice(1, -1);
        expect(formatIPv6(bytes)).toBe(viaUrl);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('canonicalIPv6: the canonical text without building the bytes', () => {
  /** The pipeline it replaces: parse to bytes, print an IPv4-mapped address with its dotted tail, else RFC 5952. */
  function viaBytes(text: string): string | null {
    const b = parseIPv6(text);
    if (b === null) return null;
    const v4 = unmapIPv4(b);
    return v4 === null ? formatIPv6(b) : `::ffff:${formatIPv4(v4)}`;
  }
  const piece = fc.constantFrom(
    '0',
    '1',
    'f',
    'F',
    'ffff',
    'FFFF',
    '0000',
    '00000',
    'abcd',
    '12345',
    ':',
    '::',
    ':::',
    '.',
    '1.2.3.4',
    '256.1.1.1',
    '%',
    'g',
    ' ',
    '::ffff:',
    '0:0:0:0:0:ffff:',
  );
  it('agrees with parse + unmap + format on any text made of IPv6 pieces, and on every printed address', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 16 }).map((a) => a.join('')),
          fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => formatIPv6(b)),
        ),
        (text) => {
          expect(canonicalIPv6(text)).toBe(viaBytes(text));
        },
      ),
      { numRuns: 20000 },
    );
  });
  it('prints an IPv4-mapped address with its dotted tail', () => {
    expect(canonicalIPv6('0:0:0:0:0:FFFF:C000:0201')).toBe('::ffff:192.0.2.1');
    expect(canonicalIPv6('2001:DB8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1');
  });
});
