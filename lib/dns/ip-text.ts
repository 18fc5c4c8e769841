/**
 * IP address text forms used by the DNS codec and SPF: dotted IPv4 (RFC 791) and IPv6 text (RFC 4291 §2.2),
 * parsed into bytes and printed in the RFC 5952 §4 canonical form. Total: invalid text gives null.
 */

/** A digit's value, or -1 (ASCII digits only, as RFC 5234's DIGIT). */
function digit(c: number): number {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}

/** A hex digit's value, or -1 (RFC 5234 HEXDIG, either case). */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/**
 * Parse dotted-quad IPv4; each part 0-255 written without leading zeros (RFC 7208 qnum), or with them when
 * `leadingZeros` (old MTAs' Received fields write "010.001.002.003" for the same address). One pass, no allocation
 * but the result.
 */
export function parseIPv4(text: string, leadingZeros = false): Uint8Array | null {
  const n = text.length;
  if (n < 7 || n > 15) return null;
  const out = new Uint8Array(4);
  let i = 0;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (text.charCodeAt(i) !== 46) return null;
      i++;
    }
    const start = i;
    let v = 0;
    for (let d = digit(text.charCodeAt(i)); d >= 0 && i - start < 3; d = digit(text.charCodeAt(i))) {
      v = v * 10 + d;
      i++;
    }
    if (i === start || digit(text.charCodeAt(i)) >= 0 || v > 255) return null;
    if (!leadingZeros && i - start > 1 && text.charCodeAt(start) === 48) return null;
    out[part] = v;
  }
  return i === n ? out : null;
}

/**
 * Parse IPv6 text (with `::` and an optional embedded IPv4 tail, RFC 4291 §2.2); zone ids are refused. One pass
 * over the text: groups of 1-4 hex digits separated by ":", at most one "::", a dotted quad only as the last group.
 */
export function parseIPv6(text: string): Uint8Array | null {
  const n = text.length;
  if (n < 2 || n > 45) return null;
  const words = [0, 0, 0, 0, 0, 0, 0, 0];
  let count = 0;
  let gap = -1;
  let i = 0;
  if (text.charCodeAt(0) === 58) {
    if (text.charCodeAt(1) !== 58) return null;
    gap = 0;
    i = 2;
  }
  while (i < n) {
    const start = i;
    let v = 0;
    for (let h = hexDigit(text.charCodeAt(i)); h >= 0 && i - start < 5; h = hexDigit(text.charCodeAt(i))) {
      v = v * 16 + h;
      i++;
    }
    if (i < n && text.charCodeAt(i) === 46) {
      // The embedded IPv4 tail (RFC 4291 §2.2 form 3): the rest of the text is a dotted quad.
      const v4 = count <= 6 ? parseIPv4(text.slice(start)) : null;
      if (v4 === null) return null;
      words[count++] = ((v4[0] ?? 0) << 8) | (v4[1] ?? 0);
      words[count++] = ((v4[2] ?? 0) << 8) | (v4[3] ?? 0);
      break;
    }
    if (i === start || i - start > 4 || count === 8) return null;
    words[count++] = v;
    if (i === n) break;
    if (text.charCodeAt(i) !== 58) return null;
    i++;
    if (text.charCodeAt(i) === 58) {
      if (gap >= 0) return null;
      gap = count;
      i++;
    } else if (i === n) return null;
  }
  if (gap < 0 ? count !== 8 : count > 7) return null;
  const out = new Uint8Array(16);
  // Words after the "::" move to the end; the zeros between are the Uint8Array's own.
  const shift = gap < 0 ? 0 : 8 - count;
  for (let k = 0; k < count; k++) {
    const at = (k < gap || gap < 0 ? k : k + shift) * 2;
    const w = words[k] ?? 0;
    out[at] = w >> 8;
    out[at + 1] = w & 0xff;
  }
  return out;
}

export function formatIPv4(b: Uint8Array): string {
  return `${b[0] ?? 0}.${b[1] ?? 0}.${b[2] ?? 0}.${b[3] ?? 0}`;
}

/** RFC 5952 §4: lower-case hex, no leading zeros, longest run (≥ 2) of zero words as `::`, first on ties. */
export function formatIPv6(b: Uint8Array): string {
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (word(b, i) !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && word(b, j) === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += '::';
      i += bestLen - 1;
      continue;
    }
    if (out !== '' && !out.endsWith(':')) out += ':';
    out += word(b, i).toString(16);
  }
  return out;
}

/** The i-th 16-bit group of IPv6 bytes. */
function word(b: Uint8Array, i: number): number {
  return ((b[i * 2] ?? 0) << 8) | (b[i * 2 + 1] ?? 0);
}

/** IPv4-mapped IPv6 (::ffff:a.b.c.d, RFC 4291 §2.5.5.2) back to its 4 IPv4 bytes, else null. */
export function unmapIPv4(b: Uint8Array): Uint8Array | null {
  if (b.length !== 16) return null;
  for (let i = 0; i < 10; i++) if (b[i] !== 0) return null;
  if (b[10] !== 0xff || b[11] !== 0xff) return null;
  return b.slice(12);
}
