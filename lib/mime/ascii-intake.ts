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
import { AsciiText, type OctetDecoder, type OctetFinder } from './ascii-text';

/** The header block is looked for in this many octets first (a header block is rarely over a few KiB). */
export const HEAD_BYTES = 64 * 1024;

const LF = 10;

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

/**
 * The intake and header block of an all-ASCII message (`facts`: its lineFacts(), ascii true) longer than
 * `headBytes`, from its first headBytes octets (cut after their last LF) when those decide them and its header block
 * ends there at a blank line followed by body text; null otherwise (the caller then decodes the whole message).
 */
export function intakeAscii(bytes: Uint8Array, facts: OctetLineFacts, decode: OctetDecoder, find: OctetFinder, headBytes = HEAD_BYTES): AsciiIntake | null {
  if (!facts.ascii || bytes.length <= headBytes || !(bytes.buffer instanceof ArrayBuffer)) return null;
  const cut = bytes.lastIndexOf(LF, headBytes - 1) + 1;
  if (cut === 0) return null;
  const head = decode(bytes.subarray(0, cut));
  const taken = intakeHead(head);
  if (taken === null || !taken.ok) return null;
  const block = splitHeaderBlock(taken.lines, taken.rest, taken.whole);
  if (block.tooLarge || block.body === null || block.bodyLines === null) return null;
  const blankLine = taken.lines[taken.lines.length - block.bodyLines.length - 1]?.text === '';
  const bodyAt = head.length - block.body.length;
  if (!blankLine || bodyAt >= cut) return null;
  return {
    taken: { ...taken, lineEnding: lineEndingOf(facts), strayCarriageReturns: facts.stray },
    block,
    bodyAt,
    bodyOctets: new Uint8Array(bytes.buffer, bytes.byteOffset + bodyAt, bytes.length - bodyAt),
    text: new AsciiText(bytes, find, decode),
  };
}
