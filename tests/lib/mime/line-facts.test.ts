/**
 * lineFacts() against the byte-by-byte definition (lib/mime/lines.ts): an LF after a CR is a CRLF break, any other
 * LF a lone break, a CR not followed by LF stray; ascii when no octet is 0x80 or above. Octet strings with CR, LF,
 * the octets either side of the word test's bounds (0x0d, 0x0e, 0x7f, 0x80, 0x8d, 0x8e) and high octets, at every
 * alignment and around the 4-octet word and 16-octet group edges the counting reads across.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineFacts, type OctetLineFacts } from '../../../lib/mime/line-facts';

function byteByByte(b: Uint8Array): OctetLineFacts {
  const f: OctetLineFacts = { crlf: 0, lf: 0, stray: 0, ascii: true };
  for (let i = 0; i < b.length; i++) {
    const x = b[i] ?? 0;
    if (x >= 0x80) f.ascii = false;
    if (x === 10 && i > 0 && b[i - 1] === 13) f.crlf++;
    else if (x === 10) f.lf++;
    if (x === 13 && b[i + 1] !== 10) f.stray++;
  }
  return f;
}

/**
 * `octets` placed 16 + `shift` octets into a larger buffer (so its byteOffset is not a multiple of 4 when shift is
 * not), with at least 16 octets of CR, LF and 0xff either side: a read past either end changes the counts.
 */
function at(octets: readonly number[], shift: number): Uint8Array {
  const start = 16 + shift;
  const buf = new Uint8Array(start + octets.length + 16);
  for (let i = 0; i < buf.length; i++) buf[i] = [13, 10, 0xff][i % 3] ?? 0;
  buf.set(octets, start);
  return buf.subarray(start, start + octets.length);
}

/** The octets of an ASCII text. */
const octetsOf = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

const special = [10, 13, 13, 10, 0, 9, 11, 12, 0x0d, 0x0e, 0x20, 0x41, 0x7f, 0x80, 0x8d, 0x8e, 0xc3, 0xff];

describe('lineFacts', () => {
  it('counts as the byte-by-byte definition on random octet strings, at any alignment', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...special), { maxLength: 200 }),
        fc.integer({ min: 0, max: 7 }),
        (octets, shift) => {
          const b = at(octets, shift);
          expect(lineFacts(b)).toEqual(byteByByte(b));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('counts as the byte-by-byte definition with CR, LF and high octets around word and group edges in ordinary text', () => {
    const placed = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 159 }), fc.constantFrom(10, 13, 13, 0x80, 0x8d, 0x8e, 0xff, 0x0e)),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 160 }),
        placed,
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(0x41, 0x2b, 0x20, 0x7e),
        (length, marks, shift, filler) => {
          const octets = new Array<number>(length).fill(filler);
          for (const [p, x] of marks) if (p < length) octets[p] = x;
          const b = at(octets, shift);
          expect(lineFacts(b)).toEqual(byteByByte(b));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('counts as the byte-by-byte definition over long buffers: CRLF text, LF text, random octets', () => {
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
    const line = octetsOf('Quarterly figures  for the\tregion ');
    const crlfText = Array.from({ length: 2000 }, (_, i) => [...line.slice(0, i % line.length), 13, 10]).flat();
    const lfText = crlfText.filter((x) => x !== 13);
    const random = Array.from({ length: 70_000 }, () => next());
    const sparse = Array.from({ length: 70_000 }, () => (next() < 8 ? (special[next() % special.length] ?? 0) : 0x61));
    for (const octets of [crlfText, lfText, random, sparse]) {
      for (let shift = 0; shift < 4; shift++) {
        const b = at(octets, shift);
        expect(lineFacts(b)).toEqual(byteByByte(b));
      }
    }
  });

  it('finds a CRLF split across words and a stray CR at the very end', () => {
    // "aaa\r" "\naaa" ... the pair spans two words; the last octet a CR followed by nothing.
    const octets = octetsOf('aaa\r\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n\r');
    expect(lineFacts(at(octets, 0))).toEqual({ crlf: 1, lf: 1, stray: 1, ascii: true });
    expect(lineFacts(at([...octets, 0xe9], 1))).toEqual({ crlf: 1, lf: 1, stray: 1, ascii: false });
  });
});
