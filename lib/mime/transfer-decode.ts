/**
 * Content-Transfer-Encoding (RFC 2045 §6.7 quoted-printable, §6.8 base64) and charset decoding of a
 * part's body. Total: bad input decodes to what can be read, never throws.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** RFC 2045 §6.8: characters outside the alphabet are ignored. */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61) break;
    const v = c < 128 ? (B64_INDEX[c] ?? -1) : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** RFC 2045 §6.7: "=XX" octets and "=" soft line breaks; characters above 0xFF kept as UTF-8. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const bytes: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61) {
      const h = hexValue(text.charCodeAt(i + 1));
      const l = hexValue(text.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        bytes.push(h * 16 + l);
        i += 2;
        continue;
      }
      // Soft line break: "=" then optional blanks then the end of the line.
      let j = i + 1;
      while (text[j] === ' ' || text[j] === '\t') j++;
      if (text[j] === '\r') j++;
      if (text[j] === '\n') {
        i = j;
        continue;
      }
      bytes.push(c);
    } else if (c < 256) {
      bytes.push(c);
    } else {
      for (const b of enc.encode(text[i] ?? '')) bytes.push(b);
    }
  }
  return Uint8Array.from(bytes);
}

/** Bytes in `charset` to text; unknown charsets fall back to UTF-8, then Latin-1 (every byte kept). */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase();
  try {
    return new TextDecoder(label === '' ? 'utf-8' : label, { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('latin1').decode(bytes);
    }
  }
}

/** A string whose characters are all below 0x100, as bytes (Latin-1 view of already-decoded text). */
function latin1Bytes(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 255) return null;
    out[i] = c;
  }
  return out;
}

/** Decode a part body by its transfer encoding and charset. */
export function decodeBody(body: string, encoding: string | null, charset: string | undefined): string {
  const cte = (encoding ?? '').trim().toLowerCase();
  if (cte === 'base64') return decodeCharset(decodeBase64(body), charset);
  if (cte === 'quoted-printable') return decodeCharset(decodeQuotedPrintable(body), charset);
  const cs = (charset ?? '').toLowerCase();
  // 7bit text in a stateful charset (ISO-2022-JP and kin) still needs decoding.
  if (cs.startsWith('iso-2022') && body.includes('\u001b')) {
    const bytes = latin1Bytes(body);
    if (bytes !== null) return decodeCharset(bytes, cs);
  }
  return body;
}
