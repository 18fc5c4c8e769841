/**
 * IP address text forms used by the DNS codec and SPF: dotted IPv4 (RFC 791) and IPv6 text (RFC 4291 §2.2),
 * parsed into bytes and printed in the RFC 5952 §4 canonical form. Total: invalid text gives null.
 */

/** Parse dotted-quad IPv4; each part 0-255 written without leading zeros (RFC 7208 qnum). */
export function parseIPv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const p = parts[i] ?? '';
    if (p.length === 0 || p.length > 3 || !/^\d+$/.test(p) || (p.length > 1 && p.startsWith('0'))) return null;
    const n = Number(p);
    if (n > 255) return null;
    out[i] = n;
  }
  return out;
}

/** Parse IPv6 text (with `::` and an optional embedded IPv4 tail); zone ids are refused. */
export function parseIPv6(text: string): Uint8Array | null {
  if (text.length === 0 || text.length > 45) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] === '' ? [] : (halves[0] ?? '').split(':');
  const tail = halves.length === 2 ? (halves[1] === '' ? [] : (halves[1] ?? '').split(':')) : [];
  const words: number[] = [];
  const tailWords: number[] = [];
  const groups = [head, tail];
  for (let g = 0; g < 2; g++) {
    const list = groups[g] ?? [];
    const target = g === 0 ? words : tailWords;
    for (let i = 0; i < list.length; i++) {
      const part = list[i] ?? '';
      const last = g === (halves.length === 2 ? 1 : 0) && i === list.length - 1;
      if (last && part.includes('.')) {
        const v4 = parseIPv4(part);
        if (v4 === null) return null;
        target.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
        continue;
      }
      if (!/^[0-9a-f]{1,4}$/i.test(part)) return null;
      target.push(parseInt(part, 16));
    }
  }
  const total = words.length + tailWords.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return null;
  const all = [...words, ...new Array<number>(8 - total).fill(0), ...tailWords];
  const out = new Uint8Array(16);
  all.forEach((w, i) => {
    out[i * 2] = w >> 8;
    out[i * 2 + 1] = w & 0xff;
  });
  return out;
}

export function formatIPv4(b: Uint8Array): string {
  return `${b[0] ?? 0}.${b[1] ?? 0}.${b[2] ?? 0}.${b[3] ?? 0}`;
}

/** RFC 5952 §4: lower-case hex, no leading zeros, longest run (≥ 2) of zero words as `::`, first on ties. */
export function formatIPv6(b: Uint8Array): string {
  const words: number[] = [];
  for (let i = 0; i < 8; i++) words.push(((b[i * 2] ?? 0) << 8) | (b[i * 2 + 1] ?? 0));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** IPv4-mapped IPv6 (::ffff:a.b.c.d, RFC 4291 §2.5.5.2) back to its 4 IPv4 bytes, else null. */
export function unmapIPv4(b: Uint8Array): Uint8Array | null {
  if (b.length !== 16) return null;
  for (let i = 0; i < 10; i++) if (b[i] !== 0) return null;
  if (b[10] !== 0xff || b[11] !== 0xff) return null;
  return b.slice(12);
}
