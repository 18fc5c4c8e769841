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

/** UTF-8 of the code point at text[i] (a surrogate pair counts as one) into out at n; returns [new n, units read]. */
function writeUtf8(text: string, i: number, out: Uint8Array, n: number): [number, number] {
  const c = text.codePointAt(i) ?? 0xfffd;
  // A lone surrogate is not a character: U+FFFD, as TextEncoder writes it.
  const cp = c >= 0xd800 && c <= 0xdfff ? 0xfffd : c;
  let k = n;
  if (cp < 0x800) {
    out[k++] = 0xc0 | (cp >> 6);
  } else if (cp < 0x10000) {
    out[k++] = 0xe0 | (cp >> 12);
    out[k++] = 0x80 | ((cp >> 6) & 0x3f);
  } else {
    out[k++] = 0xf0 | (cp >> 18);
    out[k++] = 0x80 | ((cp >> 12) & 0x3f);
    out[k++] = 0x80 | ((cp >> 6) & 0x3f);
  }
  out[k++] = 0x80 | (cp & 0x3f);
  return [k, cp > 0xffff ? 2 : 1];
}

/** RFC 2045 §6.7: "=XX" octets and "=" soft line breaks; characters above 0xFF kept as UTF-8. One pass, one buffer. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  // At most 3 bytes per UTF-16 code unit (4 per surrogate pair).
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61) {
      const h = hexValue(text.charCodeAt(i + 1));
      const l = hexValue(text.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        out[n++] = h * 16 + l;
        i += 2;
        continue;
      }
      // Soft line break: "=" then optional blanks then the end of the line.
      let j = i + 1;
      while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
      if (text.charCodeAt(j) === 13) j++;
      if (text.charCodeAt(j) === 10) {
        i = j;
        continue;
      }
      out[n++] = c;
    } else if (c < 256) {
      out[n++] = c;
    } else {
      const [next, units] = writeUtf8(text, i, out, n);
      n = next;
      i += units - 1;
    }
  }
  return out.subarray(0, n);
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
