import { LIMITS } from '../limits';

export interface DecodedText {
  text: string;
  /** Charsets named by encoded words that this runtime cannot decode (those words are kept as written). */
  unknownCharsets: string[];
  /** Encoded words that were malformed (kept as written). */
  malformed: number;
}

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

/**
 * Decoders by lower-case charset label, each made once: a bounded set (only labels this runtime's TextDecoder
 * knows are kept, the WHATWG Encoding Standard's list). A non-streaming decode() starts from a fresh state every
 * call (Encoding Standard §7.2.1), so a shared decoder decodes exactly as a new one would.
 */
const DECODERS = new Map<string, TextDecoder>();

function charsetDecoder(charset: string): TextDecoder | null {
  // RFC 2231 §5: charset*language
  const label = (charset.split('*')[0] ?? charset).toLowerCase();
  const known = DECODERS.get(label);
  if (known !== undefined) return known;
  try {
    const decoder = new TextDecoder(label);
    DECODERS.set(label, decoder);
    return decoder;
  } catch {
    return null;
  }
}

/**
 * Decode RFC 2047 encoded words in an unstructured header value. Linear: one pass of a regex whose
 * parts cannot overlap. White space between two adjacent encoded words is dropped (RFC 2047 §6.2).
 */
export function decodeEncodedWords(value: string): DecodedText {
  // Every encoded word starts with "=?": without one the value is the text (most display names and subjects).
  if (!value.includes('=?')) return { text: capped(value), unknownCharsets: [], malformed: 0 };
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
  return { text: capped(out), unknownCharsets: [...unknown], malformed };
}

/** A decoded text cut at the decoded-size cap, an ellipsis marking the cut. */
function capped(text: string): string {
  return text.length > LIMITS.maxDecodedChars ? text.slice(0, LIMITS.maxDecodedChars) + '…' : text;
}
