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

/** Groups as written, before the "::" is expanded (module scratch: one text is read at a time). */
const WRITTEN = [0, 0, 0, 0, 0, 0, 0, 0];
/** The 8 groups of the text readGroups last accepted (module scratch). */
const GROUPS = [0, 0, 0, 0, 0, 0, 0, 0];

/**
 * Read IPv6 text (with `::` and an optional embedded IPv4 tail, RFC 4291 §2.2) into GROUPS; zone ids are refused.
 * One pass over the text: groups of 1-4 hex digits separated by ":", at most one "::", a dotted quad only as the
 * last group. False when the text is not IPv6.
 */
function readGroups(text: string): boolean {
  const n = text.length;
  if (n < 2 || n > 45) return false;
  let count = 0;
  let gap = -1;
  let i = 0;
  if (text.charCodeAt(0) === 58) {
    if (text.charCodeAt(1) !== 58) return false;
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
      if (v4 === null) return false;
      WRITTEN[count++] = ((v4[0] ?? 0) << 8) | (v4[1] ?? 0);
      WRITTEN[count++] = ((v4[2] ?? 0) << 8) | (v4[3] ?? 0);
      break;
    }
    if (i === start || i - start > 4 || count === 8) return false;
    WRITTEN[count++] = v;
    if (i === n) break;
    if (text.charCodeAt(i) !== 58) return false;
    i++;
    if (text.charCodeAt(i) === 58) {
      if (gap >= 0) return false;
      gap = count;
      i++;
    } else if (i === n) return false;
  }
  if (gap < 0 ? count !== 8 : count > 7) return false;
  // Groups after the "::" move to the end; the ones between are zero.
  const shift = gap < 0 ? 0 : 8 - count;
  for (let k = 0; k < 8; k++) GROUPS[k] = gap < 0 || k < gap ? (WRITTEN[k] ?? 0) : k < gap + shift ? 0 : (WRITTEN[k - shift] ?? 0);
  return true;
}

/** Parse IPv6 text (RFC 4291 §2.2, see readGroups) into its 16 bytes, or null. */
export function parseIPv6(text: string): Uint8Array | null {
  if (!readGroups(text)) return null;
  const out = new Uint8Array(16);
  for (let k = 0; k < 8; k++) {
    const w = GROUPS[k] ?? 0;
    out[k * 2] = w >> 8;
    out[k * 2 + 1] = w & 0xff;
  }
  return out;
}

/** How an IPv4-mapped address is printed before its dotted quad (RFC 5952 §5). */
export const MAPPED_PREFIX = '::ffff:';

/**
 * IPv6 text in its canonical form, without building its bytes: RFC 5952 §4, and §5's "::ffff:a.b.c.d" for an
 * IPv4-mapped address (RFC 4291 §2.5.5.2). Null when the text is not IPv6.
 */
export function canonicalIPv6(text: string): string | null {
  if (!readGroups(text)) return null;
  const g = GROUPS;
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff) {
    const hi = g[6] ?? 0;
    const lo = g[7] ?? 0;
    return `${MAPPED_PREFIX}${String(hi >> 8)}.${String(hi & 255)}.${String(lo >> 8)}.${String(lo & 255)}`;
  }
  return formatGroups(g);
}

export function formatIPv4(b: Uint8Array): string {
  return `${b[0] ?? 0}.${b[1] ?? 0}.${b[2] ?? 0}.${b[3] ?? 0}`;
}

/** RFC 5952 §4: lower-case hex, no leading zeros, longest run (≥ 2) of zero words as `::`, first on ties. */
export function formatIPv6(b: Uint8Array): string {
  const g = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 8; i++) g[i] = ((b[i * 2] ?? 0) << 8) | (b[i * 2 + 1] ?? 0);
  return formatGroups(g);
}

/** formatIPv6 over the 8 groups. */
function formatGroups(g: readonly number[]): string {
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
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
    // A ":" between groups: none before the first, none right after the "::".
    if (i > 0 && i !== bestStart + bestLen) out += ':';
    out += (g[i] ?? 0).toString(16);
  }
  return out;
}

/** IPv4-mapped IPv6 (::ffff:a.b.c.d, RFC 4291 §2.5.5.2) back to its 4 IPv4 bytes, else null. */
export function unmapIPv4(b: Uint8Array): Uint8Array | null {
  if (b.length !== 16) return null;
  for (let i = 0; i < 10; i++) if (b[i] !== 0) return null;
  if (b[10] !== 0xff || b[11] !== 0xff) return null;
  return b.slice(12);
}
