/**
 * Addresses as trace fields write them. IPv6 text is parsed and printed by lib/dns/ip-text (one parser for the
 * whole core); IPv4 is read here more leniently than SPF's qnum (RFC 7208 §7.1): Received fields written by old
 * MTAs pad octets with zeros ("010.001.002.003"), which name the same address.
 */
import { canonicalIPv6, parseIPv4 as parseIPv4Bytes, parseIPv6 as parseIPv6Bytes } from '../dns/ip-text';

/** IPv4 dotted quad, each octet 0-255 (leading zeros allowed), no leading junk. */
export function parseIPv4(s: string): number[] | null {
  const b = parseIPv4Bytes(s, true);
  return b === null ? null : [b[0] ?? 0, b[1] ?? 0, b[2] ?? 0, b[3] ?? 0];
}

/** RFC 4291 §2.2 text forms (with "::" and an embedded IPv4 tail) as 8 groups, or null (parsed by lib/dns/ip-text). */
export function parseIPv6(s: string): number[] | null {
  const b = parseIPv6Bytes(s);
  if (b === null) return null;
  const words: number[] = [];
  for (let i = 0; i < 8; i++) words.push(((b[i * 2] ?? 0) << 8) | (b[i * 2 + 1] ?? 0));
  return words;
}

/** The canonical text of an address (RFC 5952 for IPv6), or null when `s` is not an IP. */
export function normalizeIp(raw: string): string | null {
  let s = raw.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  if (s.charCodeAt(4) === 58 && /^ipv6:/i.test(s)) s = s.slice(5);
  // RFC 4007 §11.2: a zone index ("fe80::1%12", as Exchange writes it) names a local interface, not the address.
  const zone = s.indexOf('%');
  if (zone > 0) s = s.slice(0, zone);
  const v4 = parseIPv4(s);
  // Leading zeros ("010.001.002.003") are dropped: the same address, one spelling.
  if (v4) return v4.join('.');
  // RFC 5952 §4 (lower case, no leading zeros, the longest run of two or more zero groups compressed), and §5: an
  // IPv4-mapped address keeps its dotted tail ("::ffff:192.0.2.1").
  return canonicalIPv6(s);
}

export type IpScope = 'public' | 'private' | 'loopback' | 'link-local' | 'reserved' | 'documentation';

/** Routable on the internet, or one of the RFC 5737 / RFC 3849 documentation ranges that samples use in its place. */
export function isExternal(ip: string): boolean {
  const scope = ipScope(ip);
  return scope === 'public' || scope === 'documentation';
}

/** The IPv4 address in the last two groups of an IPv6 address (RFC 4291 §2.5.5, RFC 6052 §2.2). */
function v4Text(hi: number, lo: number): string {
  return `${String(hi >> 8)}.${String(hi & 255)}.${String(lo >> 8)}.${String(lo & 255)}`;
}

/** RFC 1918, RFC 6598, RFC 5735/6890, RFC 4193, RFC 4291: where an address can route. */
export function ipScope(ip: string): IpScope {
  const v4 = parseIPv4(ip);
  if (v4) {
    const [a = 0, b = 0] = v4;
    if (a === 127) return 'loopback';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127))
      return 'private';
    if (a === 169 && b === 254) return 'link-local';
    if (
      (a === 192 && b === 0 && v4[2] === 2) ||
      (a === 198 && b === 51 && v4[2] === 100) ||
      (a === 203 && b === 0 && v4[2] === 113)
    )
      return 'documentation';
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
  // RFC 5180 §8 / RFC 6890: 2001:2::/48, benchmarking, not global.
  if (first === 0x2001 && v6[1] === 0x0002 && v6[2] === 0) return 'reserved';
  // RFC 6052 §2.1: the NAT64 well-known prefix 64:ff9b::/96 carries an IPv4 address, global where that one is.
  if (first === 0x0064 && v6[1] === 0xff9b && v6.slice(2, 6).every((g) => g === 0)) return ipScope(v4Text(v6[6] ?? 0, v6[7] ?? 0));
  if (v6.slice(0, 5).every((g) => g === 0) && v6[5] === 0xffff) return ipScope(v4Text(v6[6] ?? 0, v6[7] ?? 0));
  return (first & 0xe000) === 0x2000 ? 'public' : 'reserved';
}
