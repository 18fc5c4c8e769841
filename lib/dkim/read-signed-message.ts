/**
 * A message's bytes -> what the verifiers read (SignedMessage), with the least work on a large message: when the
 * header block ends in the first HEAD_BYTES bytes and they are ASCII, only those are decoded and the body is given
 * as the octets received (a view, no copy), never decoded as a whole. A 25 MB string is a fresh large allocation
 * per message: on the bench machine its ~6,400 page faults cost 35-80 ms against 15 ms for a SHA-256 of the bytes.
 * What analyze() does on top (every line break counted for the report, the MIME walk) is not done here.
 */
import { intake, splitHeaderBlock } from '../mime';
import { HEAD_BYTES, readOctetHead } from '../mime/ascii-intake';
import { decodeInput, suffixBytes, type BytesDecoder } from '../mime/received-bytes';
import type { SignedMessage } from './types';

export { HEAD_BYTES };

interface Head {
  fields: SignedMessage['fields'];
  /** Where the body starts in the text, or -1 for headers only. */
  bodyAt: number;
}

/** The header fields of `text` and where its body starts, as intake() + splitHeaderBlock() read them; null when unreadable. */
function split(text: string): Head | null {
  const taken = intake(text);
  if (!taken.ok) return null;
  const block = splitHeaderBlock(taken.lines, taken.rest, taken.whole);
  if (block.tooLarge) return null;
  return { fields: block.fields, bodyAt: block.body === null ? -1 : text.length - block.body.length };
}

/**
 * The fields and the body's octets from the top of the message alone (lib/mime readOctetHead: an ASCII head cut
 * after an LF, read only when intake on the whole message could read no line past it, its header block ending there
 * at a blank line followed by body text), or null when the whole message must be read.
 */
function fromTop(bytes: Uint8Array, decode: BytesDecoder | undefined, headBytes: number): SignedMessage | null {
  if (!(bytes.buffer instanceof ArrayBuffer)) return null;
  const head = readOctetHead(bytes, (b) => decodeInput(b, decode).text, headBytes);
  if (head === null) return null;
  return {
    fields: head.block.fields,
    body: null,
    bodyBytes: new Uint8Array(bytes.buffer, bytes.byteOffset + head.bodyAt, bytes.length - head.bodyAt),
  };
}

/**
 * Bytes (an .eml as read) -> SignedMessage. `decode` is the host's decoder (deps.decodeBytes), as in analyze().
 * From the top alone the body is octets only (body null, bodyBytes set); otherwise the whole message is decoded and
 * the body is given as text and octets. crlfOnly is left unset: the canonicaliser checks the line breaks itself.
 */
export function readSignedMessage(bytes: Uint8Array, decode?: BytesDecoder, headBytes = HEAD_BYTES): SignedMessage {
  const top = fromTop(bytes, decode, headBytes);
  if (top !== null) return top;
  const input = decodeInput(bytes, decode);
  const whole = split(input.text);
  if (whole === null) return { fields: [], body: null };
  if (whole.bodyAt < 0) return { fields: whole.fields, body: null };
  const body = input.text.slice(whole.bodyAt);
  return { fields: whole.fields, body, bodyBytes: suffixBytes(input, body.length) };
}
