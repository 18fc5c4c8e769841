/**
 * intake() and the header block split of a large all-ASCII message read from its octets, without decoding the
 * whole message into one string: the header block is read from the first HEAD_BYTES octets (intakeHead: only
 * when the whole text's intake could not read past them), the line facts intake reports are those counted over
 * the octets (lineFacts), and the walk gets the octets as text (AsciiText). An ASCII message decodes alike as
 * UTF-8 (RFC 6532) and Latin-1, one character per octet, so every position and result is that of the decoded text.
 */
import { lineEndingOf } from './lines';
import type { OctetLineFacts } from './line-facts';
import { intakeHead, type IntakeResult } from './intake';
import { splitHeaderBlock, type HeaderBlock } from './header-block';
import { AsciiText, type FindOctets, type OctetDecoder } from './ascii-text';

/** The header block is looked for in this many octets first (a header block is rarely over a few KiB). */
export const HEAD_BYTES = 64 * 1024;

const LF = 10;

export interface OctetHead {
  /** intake() of the head: lines, source and findings as the whole text's; line facts of the head only. */
  taken: Extract<IntakeResult, { ok: true }>;
  /** The header block split from the head (its `body` is the head's part of the body only). */
  block: HeaderBlock;
  /** Where the body starts (an octet and character position). */
  bodyAt: number;
}

/**
 * The intake and header block of a message longer than `headBytes` from its first headBytes octets (cut after their
 * last LF), when they are ASCII (which decodes alike as UTF-8 and Latin-1, so however the whole message would
 * decode), intake's partial-split rule says the whole text's intake reads no line past them (intakeHead), and the
 * header block ends there at a blank line followed by body text; null otherwise (read the whole message).
 */
export function readOctetHead(bytes: Uint8Array, decode: OctetDecoder, headBytes = HEAD_BYTES): OctetHead | null {
  if (bytes.length <= headBytes) return null;
  const cut = bytes.lastIndexOf(LF, headBytes - 1) + 1;
  if (cut === 0) return null;
  const head = decode(bytes.subarray(0, cut));
  if (head.length !== cut || /[\u0080-\uffff]/.test(head)) return null;
  const taken = intakeHead(head);
  if (taken === null || !taken.ok) return null;
  const block = splitHeaderBlock(taken.lines, taken.rest, taken.whole);
  if (block.tooLarge || block.body === null || block.bodyLines === null) return null;
  const blankLine = taken.lines[taken.lines.length - block.bodyLines.length - 1]?.text === '';
  const bodyAt = head.length - block.body.length;
  return blankLine && bodyAt < cut ? { taken, block, bodyAt } : null;
}

/** readOctetHead()'s result with intake's line facts of the whole message, the body's octets and the text. */
export interface AsciiIntake extends OctetHead {
  /** The body's octets as received (a view). */
  bodyOctets: Uint8Array<ArrayBuffer>;
  /** The whole message as text, read in place. */
  text: AsciiText;
}

/**
 * The intake and header block of an all-ASCII message (`facts`: its lineFacts(), ascii true) read from its head
 * (readOctetHead), with the line facts of the whole message; null when the head does not decide them.
 */
export function intakeAscii(bytes: Uint8Array, facts: OctetLineFacts, decode: OctetDecoder, find: FindOctets, headBytes = HEAD_BYTES): AsciiIntake | null {
  if (!facts.ascii || !(bytes.buffer instanceof ArrayBuffer)) return null;
  const head = readOctetHead(bytes, decode, headBytes);
  if (head === null) return null;
  const { taken, block, bodyAt } = head;
  return {
    taken: { ...taken, lineEnding: lineEndingOf(facts), strayCarriageReturns: facts.stray },
    block,
    bodyAt,
    bodyOctets: new Uint8Array(bytes.buffer, bytes.byteOffset + bodyAt, bytes.length - bodyAt),
    text: new AsciiText(bytes, find, decode),
  };
}
