/**
 * A message's bytes -> what the verifiers read (SignedMessage), with the least work on a large message: the
 * header block is found in the first HEAD_CHARS characters when it ends there, and the body is left as the
 * octets received (a view, no copy), its text only searched by the canonicaliser. What analyze() does on top
 * (every line break of the body counted for the report, the MIME walk) is not done here.
 */
import { intake, splitHeaderBlock } from '../mime';
import { decodeInput, suffixBytes, type BytesDecoder } from '../mime/received-bytes';
import type { SignedMessage } from './types';

/** The header block is looked for in this many characters first (a header block is rarely over a few KiB). */
export const HEAD_CHARS = 64 * 1024;

interface Head {
  fields: SignedMessage['fields'];
  /** Where the body starts in the text, or -1 for headers only. */
  bodyAt: number;
  /** The header block ended at a blank line (not at a line taken as the body's first for lack of one). */
  blankLine: boolean;
}

/** The header fields of `text` and where its body starts, as intake() + splitHeaderBlock() read them; null when unreadable. */
function split(text: string): Head | null {
  const taken = intake(text);
  if (!taken.ok) return null;
  const block = splitHeaderBlock(taken.lines, taken.rest, taken.whole);
  if (block.tooLarge) return null;
  const { bodyLines } = block;
  const blankLine = bodyLines !== null && taken.lines[taken.lines.length - bodyLines.length - 1]?.text === '';
  return { fields: block.fields, bodyAt: block.body === null ? -1 : text.length - block.body.length, blankLine };
}

/**
 * The fields of the header block and where the body starts, the same as intake() and splitHeaderBlock() give on
 * the whole text. From a prefix only when it has an LF (so its lines break where the text's do) and its header
 * block ends at a blank line followed by at least one body character there: that line's break is then inside the
 * prefix, and every line intake and the block split read up to it is a whole line of the text.
 */
export function headerOf(text: string, headChars = HEAD_CHARS): Head | null {
  // A text without LF breaks its lines at CR (lib/mime/lines.ts): a prefix without LF would be read that way.
  if (text.length > headChars && text.lastIndexOf('\n', headChars - 1) >= 0) {
    const head = split(text.slice(0, headChars));
    if (head !== null && head.blankLine && head.bodyAt < headChars) return head;
  }
  return split(text);
}

/**
 * Bytes (an .eml as read) -> SignedMessage. `decode` is the host's decoder (deps.decodeBytes), as in analyze().
 * crlfOnly is left unset: the canonicaliser checks the body's line breaks itself.
 */
export function readSignedMessage(bytes: Uint8Array, decode?: BytesDecoder, headChars = HEAD_CHARS): SignedMessage {
  const input = decodeInput(bytes, decode);
  const head = headerOf(input.text, headChars);
  if (head === null) return { fields: [], body: null };
  if (head.bodyAt < 0) return { fields: head.fields, body: null };
  const body = input.text.slice(head.bodyAt);
  return { fields: head.fields, body, bodyBytes: suffixBytes(input, body.length) };
}
