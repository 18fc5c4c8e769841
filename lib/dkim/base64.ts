/** Base64 (RFC 4648 §4) as used by DKIM b=, bh= and p= (RFC 6376 §2.10). */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

function isFws(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

/**
 * Decode base64, ignoring FWS anywhere (RFC 6376 §3.5 b=: "whitespace is ignored").
 * Returns null on a character outside the alphabet, misplaced "=" or an impossible length.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | null {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  let digits = 0;
  let pad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isFws(c)) continue;
    if (c === 61) {
      pad++;
      continue;
    }
    if (pad > 0) return null;
    const v = c < 128 ? (VALUES[c] ?? -1) : -1;
    if (v < 0) return null;
    digits++;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  const rem = digits % 4;
  if (rem === 1 || pad > 2) return null;
  if (pad > 0 && (digits + pad) % 4 !== 0) return null;
  return out.slice(0, n);
}

/** Byte-wise equality (body hashes). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
