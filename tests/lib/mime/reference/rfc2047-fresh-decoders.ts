/**
 * decodeEncodedWords as it was before decoders were kept per label and values without "=?" returned at once:
 * a new TextDecoder for every encoded word. The reference the property tests hold the faster reading to.
 */
import { LIMITS } from '../../../../lib/limits';
import type { DecodedText } from '../../../../lib/mime/rfc2047';

/** RFC 2047 §2 encoded-word = "=?" charset "?" encoding "?" encoded-text "?="; no spaces or "?" inside. */
const ENCODED_WORD = /=\?([^?\s]+)\?([BQ])\?([^?\s]*)\?=/gi;

function hexByte(s: string, i: number): number {
  const v = Number.parseInt(s.slice(i, i + 2), 16);
  return /^[0-9A-F]{2}$/i.test(s.slice(i, i + 2)) ? v : -1;
}

/** RFC 2047 §4.2: "_" is space, "=XX" a byte, anything else itself. */
function decodeQ(text: string): Uint8Array | null {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5f) out.push(0x20);
    else if (c === 0x3d) {
      const b = hexByte(text, i + 1);
      if (b < 0) return null;
      out.push(b);
      i += 2;
    } else if (c < 0x80) out.push(c);
    else return null;
  }
  return Uint8Array.from(out);
}

/** RFC 2047 §4.1: base64 (RFC 2045 §6.8); padding may be missing in the wild. */
function decodeB(text: string): Uint8Array | null {
  if (!/^[A-Z0-9+/]*={0,2}$/i.test(text)) return null;
  const eq = text.indexOf('=');
  const padded = eq < 0 ? text : text.slice(0, eq);
  const full = padded + '='.repeat((4 - (padded.length % 4)) % 4);
  try {
    const bin = atob(full);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

function charsetDecoder(charset: string): TextDecoder | null {
  // RFC 2231 §5: charset*language
  const label = charset.split('*')[0] ?? charset;
  try {
    return new TextDecoder(label.toLowerCase());
  } catch {
    return null;
  }
}

/**
 * Decode RFC 2047 encoded words in an unstructured header value. Linear: one pass of a regex whose
 * parts cannot overlap. White space between two adjacent encoded words is dropped (RFC 2047 §6.2).
 */
export function decodeEncodedWordsFresh(value: string): DecodedText {
  const unknown = new Set<string>();
  let malformed = 0;
  let out = '';
  let last = 0;
  let prevWasWord = false;
  for (const m of value.matchAll(ENCODED_WORD)) {
    const [whole, charset = '', enc = '', text = ''] = m;
    const at = m.index;
    const between = value.slice(last, at);
    const decoder = charsetDecoder(charset);
    const bytes = enc.toUpperCase() === 'B' ? decodeB(text) : decodeQ(text);
    let decoded: string | null = null;
    if (decoder === null) unknown.add(charset);
    else if (bytes === null) malformed++;
    else decoded = decoder.decode(bytes);
    const adjacent = prevWasWord && /^[\t\n\r ]*$/.test(between);
    if (!adjacent || decoded === null) out += between;
    out += decoded ?? whole;
    prevWasWord = decoded !== null;
    last = at + whole.length;
    if (out.length > LIMITS.maxDecodedChars) break;
  }
  out += value.slice(last);
  if (out.length > LIMITS.maxDecodedChars) out = out.slice(0, LIMITS.maxDecodedChars) + '…';
  return { text: out, unknownCharsets: [...unknown], malformed };
}
