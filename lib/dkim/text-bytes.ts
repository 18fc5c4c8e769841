/**
 * From text back to the octets that were signed. The message reaches us as a JS string: decoded as
 * UTF-8 when it was valid UTF-8 (RFC 6532), else as Latin-1 (lib/mime decodeInputBytes). We cannot
 * tell which from the string alone when every character is <= U+00FF, so such a message offers both
 * byte forms and the verifier tries UTF-8 first.
 */
import type { SignedMessage } from './types';

export type ByteForm = 'utf-8' | 'latin1';

/** Bytes of s[a, b) in the given form (UTF-8: lone surrogates become U+FFFD, as TextEncoder does). */
export function byteLength(s: string, a: number, b: number, form: ByteForm): number {
  if (form === 'latin1') return b - a;
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < b && isLow(s.charCodeAt(i + 1))) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Write s[a, b) into out at pos; returns the new position. `out` must have room (see byteLength). */
export function writeBytes(s: string, a: number, b: number, form: ByteForm, out: Uint8Array, pos: number): number {
  let p = pos;
  for (let i = a; i < b; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80 || form === 'latin1') {
      out[p++] = c & 0xff;
      continue;
    }
    if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < b && isLow(s.charCodeAt(i + 1))) {
      c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00);
      i++;
      out[p++] = 0xf0 | (c >> 18);
      out[p++] = 0x80 | ((c >> 12) & 0x3f);
      out[p++] = 0x80 | ((c >> 6) & 0x3f);
      out[p++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    out[p++] = 0xe0 | (c >> 12);
    out[p++] = 0x80 | ((c >> 6) & 0x3f);
    out[p++] = 0x80 | (c & 0x3f);
  }
  return p;
}

export function encodeText(s: string, form: ByteForm): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(byteLength(s, 0, s.length, form));
  writeBytes(s, 0, s.length, form, out, 0);
  return out;
}

const encoder = new TextEncoder();
const CHUNK = 16_384;
const scratch = new Uint8Array(3 * CHUNK);

/** Is every code unit below U+0080? TextEncoder in chunks writes one byte per code unit exactly then. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i += CHUNK) {
    const r = encoder.encodeInto(s.substring(i, i + CHUNK), scratch);
    if (r.written !== r.read) return false;
  }
  return true;
}

/** Any code unit above U+00FF (a regex fails at once on text the engine stores one byte per character). */
function hasAboveLatin1(s: string): boolean {
  return /[\u0100-\uffff]/.test(s);
}

/**
 * The byte forms worth trying for this message: UTF-8 always; Latin-1 too when the text has
 * characters in U+0080..U+00FF only (it may have been decoded from non-UTF-8 bytes).
 */
export function byteFormsOf(msg: SignedMessage): ByteForm[] {
  const raws = msg.fields.map((f) => f.raw);
  // With the received body octets, only the header text is re-encoded.
  const texts = msg.body === null || msg.bodyBytes !== undefined ? raws : [...raws, msg.body];
  if (texts.every(isAscii) || texts.some(hasAboveLatin1)) return ['utf-8'];
  return ['utf-8', 'latin1'];
}

/**
 * A lone CR ends a line only in a text that has no LF at all (old Mac mail), as lib/mime/lines.ts
 * decides; elsewhere it is content (header smuggling, docs/security-goals.md).
 */
export function crEndsLines(msg: SignedMessage): boolean {
  for (const f of msg.fields) if (f.raw.includes('\n')) return false;
  if (msg.bodyBytes !== undefined) return !msg.bodyBytes.includes(10);
  return msg.body === null || !msg.body.includes('\n');
}
