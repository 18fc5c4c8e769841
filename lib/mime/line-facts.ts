/**
 * The line facts intake reports (lib/mime/lines.ts: CRLF and lone-LF breaks, CRs not followed by LF), counted over
 * a message's octets in one pass, with whether every octet is ASCII. They are the facts of the decoded text however
 * it decodes (lib/mime/received-bytes: UTF-8, RFC 3629, or Latin-1): CR and LF are one character from one octet
 * either way, no other octets decode to them (UTF-8 multi-octet sequences are all 0x80 and up), and a dropped byte
 * order mark is neither; so a large message's text need not be searched for them again.
 */
import type { LineFacts } from './lines';

export interface OctetLineFacts extends LineFacts {
  /** Every octet is below 0x80 (then the text is the octets, one character each, under UTF-8 and Latin-1 alike). */
  ascii: boolean;
}

const LF = 10;
const CR = 13;

/** Counts the octets b[at, end) into `c`. */
function countOctets(b: Uint8Array, at: number, end: number, c: OctetLineFacts): void {
  for (let i = at; i < end; i++) {
    const x = b[i] ?? 0;
    if (x >= 0x80) c.ascii = false;
    // An LF after a CR is a CRLF break; a CR before anything but LF is content (lib/mime/lines.ts).
    else if (x === LF) {
      if (i > 0 && b[i - 1] === CR) c.crlf++;
      else c.lf++;
    } else if (x === CR && b[i + 1] !== LF) c.stray++;
  }
}

/** 0x80 in each byte of `v` that is zero, 0 elsewhere (exact per byte: no borrow runs into the next byte). */
function zeroBytes(v: number): number {
  return ~(((v & 0x7f7f7f7f) + 0x7f7f7f7f) | v | 0x7f7f7f7f);
}

/** How many bytes of a zeroBytes() mask are flagged. */
function flagged(m: number): number {
  return Math.imul((m >>> 7) & 0x01010101, 0x01010101) >>> 24;
}

/** Words are read as little-endian (byte i of a word at bits 8i..8i+7) only on a little-endian engine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The line facts of `b`. One pass over 32-bit words: a word whose octets are all in 0x0e..0x7f (no CR, LF or high
 * bit) costs a few operations ("has a byte less than n", exact for n <= 128, and the high bits; Bit Twiddling Hacks,
 * "Determine if a word has a byte less than n"); the others are counted with byte masks. On the 25 MB
 * bench message ~9.6 ms, about what the two indexOf passes of lib/mime/lines.ts take over its string.
 */
export function lineFacts(b: Uint8Array): OctetLineFacts {
  const head = (4 - (b.byteOffset & 3)) & 3;
  if (b.length < head + 8 || !LITTLE_ENDIAN) {
    const c: OctetLineFacts = { crlf: 0, lf: 0, stray: 0, ascii: true };
    countOctets(b, 0, b.length, c);
    return c;
  }
  const n = (b.length - head) >> 2;
  const words = new Int32Array(b.buffer, b.byteOffset + head, n);
  // Counters in locals (no object, no call in the loop): the loop's optimised code holds nothing a GC can free.
  let lfs = 0;
  let crlfs = 0;
  let strays = 0;
  let high = 0;
  for (let k = 0; k < n; k++) {
    const w = words[k] ?? 0;
    if (((((w - 0x0e0e0e0e) & ~w) | w) & 0x80808080) === 0) continue;
    high |= w;
    const lfMask = zeroBytes(w ^ 0x0a0a0a0a);
    const crMask = zeroBytes(w ^ 0x0d0d0d0d);
    if ((lfMask | crMask) === 0) continue;
    // A CRLF is a CR flag shifted onto an LF flag; the octets either side of the word pair across its edges.
    const at = head + 4 * k;
    const crBefore = at > 0 && b[at - 1] === CR ? 0x80 : 0;
    const lfAfter = at + 4 < b.length && b[at + 4] === LF ? 0x80000000 : 0;
    const crlf = flagged(((crMask << 8) | crBefore) & lfMask);
    crlfs += crlf;
    lfs += flagged(lfMask) - crlf;
    strays += flagged(crMask & ~((lfMask >>> 8) | lfAfter));
  }
  const c: OctetLineFacts = { crlf: crlfs, lf: lfs, stray: strays, ascii: (high & 0x80808080) === 0 };
  countOctets(b, 0, head, c);
  countOctets(b, head + 4 * n, b.length, c);
  return c;
}
