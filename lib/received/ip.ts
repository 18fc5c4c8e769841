/** IPv4 dotted quad, each octet 0-255, no leading junk. */
export function parseIPv4(s: string): number[] | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

/** RFC 4291 §2.2 text forms (with "::" and an embedded IPv4 tail) to 8 groups, or null. */
export function parseIPv6(s: string): number[] | null {
  if (s.length > 45 || !/^[\d.:a-f]+$/i.test(s)) return null;
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const items = part.split(':');
    for (const [k, g] of items.entries()) {
      if (k === items.length - 1 && g.includes('.')) {
        const v4 = parseIPv4(g);
        if (!v4) return null;
        out.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      } else {
        if (!/^[\da-f]{1,4}$/i.test(g)) return null;
        out.push(Number.parseInt(g, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const fill = 8 - head.length - tail.length;
  if (fill < 1) return null;
  return [...head, ...(new Array<number>(fill).fill(0)), ...tail];
}

/** The canonical text of an address (RFC 5952 for IPv6), or null when `s` is not an IP. */
export function normalizeIp(raw: string): string | null {
  let s = raw.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  if (/^ipv6:/i.test(s)) s = s.slice(5);
  // RFC 4007 §11.2: a zone index ("fe80::1%12", as Exchange writes it) names a local interface, not the address.
  const zone = s.indexOf('%');
  if (zone > 0) s = s.slice(0, zone);
  const v4 = parseIPv4(s);
  // Leading zeros ("010.001.002.003") are dropped: the same address, one spelling.
  if (v4) return v4.join('.');
  const v6 = parseIPv6(s);
  if (!v6) return null;
  // RFC 5952 §5: an IPv4-mapped address keeps its dotted tail ("::ffff:192.0.2.1").
  if (v6.slice(0, 5).every((g) => g === 0) && v6[5] === 0xffff) {
    return `::ffff:${String((v6[6] ?? 0) >> 8)}.${String((v6[6] ?? 0) & 255)}.${String((v6[7] ?? 0) >> 8)}.${String((v6[7] ?? 0) & 255)}`;
  }
  // RFC 5952 §4.2.3: compress the longest run of two or more zero groups, the first on a tie.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (v6[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && v6[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = v6.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

export type IpScope = 'public' | 'private' | 'loopback' | 'link-local' | 'reserved' | 'documentation';

/** Routable on the internet, or one of the RFC 5737 / RFC 3849 documentation ranges that samples use in its place. */
export function isExternal(ip: string): boolean {
  const scope = ipScope(ip);
  return scope === 'public' || scope === 'documentation';
}

/** RFC 1918, RFC 6598, RFC 5735/6890, RFC 4193, RFC 4291: where an address can route. */
export function ipScope(ip: string): IpScope {
  const v4 = parseIPv4(ip);
  if (v4) {
    const [a = 0, b = 0] = v4;
    if (a === 127) return 'loopback';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return 'private';
    if (a === 169 && b === 254) return 'link-local';
    if ((a === 192 && b === 0 && v4[2] === 2) || (a === 198 && b === 51 && v4[2] === 100) || (a === 203 && b === 0 && v4[2] === 113)) return 'documentation';
    if (a === 0 || a >= 224 || (a === 198 && (b === 18 || b === 19))) return 'reserved';
    return 'public';
  }
  const v6 = parseIPv6(ip);
  if (!v6) return 'reserved';
  const first = v6[0] ?? 0;
  if (v6.every((g, i) => (i < 7 ? g === 0 : g === 1))) return 'loopback';
  if ((first & 0xfe00) === 0xfc00) return 'private';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if (first === 0x2001 && v6[1] === 0x0db8) return 'documentation';
  if (v6.slice(0, 5).every((g) => g === 0) && v6[5] === 0xffff) {
    return ipScope(`${String((v6[6] ?? 0) >> 8)}.${String((v6[6] ?? 0) & 255)}.${String((v6[7] ?? 0) >> 8)}.${String((v6[7] ?? 0) & 255)}`);
  }
  return (first & 0xe000) === 0x2000 ? 'public' : 'reserved';
}
