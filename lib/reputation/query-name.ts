/** DNSxL query names (RFC 5782 §2.1, §2.2, §2.4), also used for PTR names (RFC 1035 §3.5, RFC 3596 §2.5). */
import { parseIPv4, parseIPv6 } from '../received/ip';

/** Octets of an IPv4 address, also from an IPv4-mapped IPv6 address (::ffff:a.b.c.d), or null. */
export function ipv4Octets(ip: string): number[] | null {
  const v4 = parseIPv4(ip);
  if (v4) return v4;
  const v6 = parseIPv6(ip);
  if (v6 && v6.slice(0, 5).every((g) => g === 0) && v6[5] === 0xffff) {
    const hi = v6[6] ?? 0;
    const lo = v6[7] ?? 0;
    return [hi >> 8, hi & 255, lo >> 8, lo & 255];
  }
  return null;
}

/**
 * The reversed name of an IP under `zone`: RFC 5782 §2.1 (IPv4 octets reversed, "1.2.3.4" -> "4.3.2.1.<zone>")
 * and §2.4 (IPv6: 32 nibbles, least significant first). Null when `ip` is not an address.
 */
export function reversedName(ip: string, zone: string): string | null {
  const v4 = ipv4Octets(ip);
  if (v4) return `${[...v4].reverse().join('.')}.${zone}`;
  const v6 = parseIPv6(ip);
  if (!v6) return null;
  const nibbles: string[] = [];
  for (const group of v6) nibbles.push(...group.toString(16).padStart(4, '0').split(''));
  return `${nibbles.reverse().join('.')}.${zone}`;
}

/** True when the address is IPv6 and not IPv4-mapped (such lists need §2.4 nibble names). */
export function isIpv6(ip: string): boolean {
  return ipv4Octets(ip) === null && parseIPv6(ip) !== null;
}

/** RFC 1035 §3.5 / RFC 3596 §2.5: the PTR name of an address. */
export function ptrName(ip: string): string | null {
  return reversedName(ip, ipv4Octets(ip) ? 'in-addr.arpa' : 'ip6.arpa');
}

/** RFC 5782 §2.2: a domain list is queried as `<domain>.<zone>`. */
export function domainQueryName(domain: string, zone: string): string {
  return `${domain}.${zone}`;
}
