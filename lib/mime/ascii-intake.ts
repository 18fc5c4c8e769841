/**
 * intake() and the header block split of a large all-ASCII message read from its octets, without decoding the
 * whole message into one string: the header block is read from the first HEAD_BYTES octets (intakeHead: only
 * when the whole text's intake could not read past them), the line facts intake reports are counted over all
 * the octets in one pass, and the walk gets the octets as text (AsciiText). An ASCII message decodes alike as
 * UTF-8 (RFC 6532) and Latin-1, one character per octet, so every position and result is that of the decoded text.
 */
import type { LineEnding } from './types';
import { intakeHead, type IntakeResult } from './intake';
import { splitHeaderBlock, type HeaderBlock } from './header-block';
import { AsciiText, type OctetDecoder, type OctetFinder } from './ascii-text';

/** The header block is looked for in this many octets first (a header block is rarely over a few KiB). */
export const HEAD_BYTES = 64 * 1024;

const LF = 10;
const CR = 13;

/** What lib/mime/lines.ts counts over a text with LF breaks: CRLF and lone-LF breaks, CRs not followed by LF. */
export interface LineFacts {
  crlf: number;
  lf: number;
  stray: number;
}

/** Counts the octets b[at, end) into `c`; false when one is not ASCII. */
function countOctets(b: Uint8Array, at: number, end: number, c: LineFacts): boolean {
  for (let i = at; i < end; i++) {
    const x = b[i] ?? 0;
    if (x >= 0x80) return false;
    // An LF after a CR is a CRLF break; a CR before anything but LF is content (lib/mime/lines.ts).
    if (x === LF) {
      if (i > 0 && b[i - 1] === CR) c.crlf++;
      else c.lf++;
    } else if (x === CR && b[i + 1] !== LF) c.stray++;
  }
  return true;
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

/** Adds the line facts of word `w` (the octets at `at`, little-endian) to `c`; false when one is not ASCII. */
function countWord(b: Uint8Array, w: number, at: number, c: LineFacts): boolean {
  if ((w & 0x80808080) !== 0) return false;
  const lfMask = zeroBytes(w ^ 0x0a0a0a0a);
  const crMask = zeroBytes(w ^ 0x0d0d0d0d);
  if ((lfMask | crMask) === 0) return true;
  // A CRLF is a CR flag shifted onto an LF flag; the octets either side of the word pair across its edges.
  const crBefore = at > 0 && b[at - 1] === CR ? 0x80 : 0;
  const lfAfter = b[at + 4] === LF ? 0x80000000 : 0;
  const crlf = flagged(((crMask << 8) | crBefore) & lfMask);
  c.crlf += crlf;
  c.lf += flagged(lfMask) - crlf;
  c.stray += flagged(crMask & ~((lfMask >>> 8) | lfAfter));
  return true;
}

/**
 * The line facts of `b`, or null when an octet is not ASCII. One pass over 32-bit words: a word whose octets are
 * all in 0x0e..0x7f (no CR, LF or high bit) costs a few operations ("has a byte less than n", exact for n <= 128,
 * and the high bits; Bit Twiddling Hacks, "Determine if a word has a byte less than n"); the others are counted
 * with byte masks (countWord).
 */
export function asciiLineFacts(b: Uint8Array): LineFacts | null {
  const c: LineFacts = { crlf: 0, lf: 0, stray: 0 };
  const head = (4 - (b.byteOffset & 3)) & 3;
  if (b.length < head + 8 || !LITTLE_ENDIAN) return countOctets(b, 0, b.length, c) ? c : null;
  if (!countOctets(b, 0, head, c)) return null;
  const n = (b.length - head) >> 2;
  const words = new Int32Array(b.buffer, b.byteOffset + head, n);
  for (let k = 0; k < n; k++) {
    const w = words[k] ?? 0;
    if (((((w - 0x0e0e0e0e) & ~w) | w) & 0x80808080) !== 0 && !countWord(b, w, head + 4 * k, c)) return null;
  }
  return countOctets(b, head + 4 * n, b.length, c) ? c : null;
}

export interface AsciiIntake {
  /** intake() of the whole text: lines from the head, line endings and stray CRs counted over every octet. */
  taken: Extract<IntakeResult, { ok: true }>;
  /** The header block split from the head (its `body` is the head's part of the body only). */
  block: HeaderBlock;
  /** Where the body starts (an octet and character position). */
  bodyAt: number;
  /** The body's octets as received (a view). */
  bodyOctets: Uint8Array<ArrayBuffer>;
  /** The whole message as text, read in place. */
  text: AsciiText;
}

function lineEndingOf(f: LineFacts): LineEnding {
  return f.crlf && f.lf ? 'mixed' : f.crlf ? 'crlf' : f.lf ? 'lf' : 'none';
}

/**
 * The intake and header block of an all-ASCII message longer than `headBytes`, from its first headBytes octets
 * (cut after their last LF) when those decide them and its header block ends there at a blank line followed by
 * body text; null otherwise (the caller then decodes the whole message).
 */
export function intakeAscii(bytes: Uint8Array, decode: OctetDecoder, find: OctetFinder, headBytes = HEAD_BYTES): AsciiIntake | null {
  if (bytes.length <= headBytes || !(bytes.buffer instanceof ArrayBuffer)) return null;
  const cut = bytes.lastIndexOf(LF, headBytes - 1) + 1;
  if (cut === 0) return null;
  const head = decode(bytes.subarray(0, cut));
  // A head that is not one character per octet is not ASCII (the whole-message check below says so in any case).
  if (head.length !== cut) return null;
  const taken = intakeHead(head);
  if (taken === null || !taken.ok) return null;
  const block = splitHeaderBlock(taken.lines, taken.rest, taken.whole);
  if (block.tooLarge || block.body === null || block.bodyLines === null) return null;
  const blankLine = taken.lines[taken.lines.length - block.bodyLines.length - 1]?.text === '';
  const bodyAt = head.length - block.body.length;
  if (!blankLine || bodyAt >= cut) return null;
  const facts = asciiLineFacts(bytes);
  if (facts === null) return null;
  return {
    taken: { ...taken, lineEnding: lineEndingOf(facts), strayCarriageReturns: facts.stray },
    block,
    bodyAt,
    bodyOctets: new Uint8Array(bytes.buffer, bytes.byteOffset + bodyAt, bytes.length - bodyAt),
    text: new AsciiText(bytes, find, decode),
  };
}
