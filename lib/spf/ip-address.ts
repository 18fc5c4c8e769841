/**
 * The connecting IP as SPF sees it (RFC 7208 §5.6, §7.3): bytes plus family. An IPv4-mapped IPv6
 * address is treated as the IPv4 address it carries (RFC 7208 §5: "IPv4-mapped IPv6" handling).
 */
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6, unmapIPv4 } from '../dns/ip-text';

export interface SpfIp {
  v6: boolean;
  bytes: Uint8Array;
  /** Canonical text: dotted IPv4 or RFC 5952 IPv6. */
  text: string;
}

export function parseSpfIp(text: string): SpfIp | null {
  const t = text.trim().replace(/^\[|\]$/g, '').replace(/^ipv6:/i, '');
  const v4 = parseIPv4(t);
  if (v4) return { v6: false, bytes: v4, text: formatIPv4(v4) };
  const v6 = parseIPv6(t);
  if (!v6) return null;
  const mapped = unmapIPv4(v6);
  if (mapped) return { v6: false, bytes: mapped, text: formatIPv4(mapped) };
  return { v6: true, bytes: v6, text: formatIPv6(v6) };
}

/** True when the first `prefix` bits of `a` and `b` agree (same family assumed). */
export function inNetwork(ip: Uint8Array, net: Uint8Array, prefix: number): boolean {
  if (ip.length !== net.length) return false;
  let bits = prefix;
  for (let i = 0; i < ip.length && bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((ip[i] ?? 0) & mask) !== ((net[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** Address record text to bytes in the family of `ip`, or null. */
export function addressBytes(address: string, v6: boolean): Uint8Array | null {
  if (!v6) return parseIPv4(address);
  return parseIPv6(address);
}

/** RFC 7208 §7.3 %{i}: dotted IPv4, or 32 dot-separated nibbles for IPv6 (upper-case, as in the §7.4 example). */
export function macroIp(ip: SpfIp): string {
  if (!ip.v6) return ip.text;
  const nibbles: string[] = [];
  for (const b of ip.bytes) nibbles.push((b >> 4).toString(16).toUpperCase(), (b & 15).toString(16).toUpperCase());
  return nibbles.join('.');
}

/** The reverse-lookup name (RFC 1035 §3.5 in-addr.arpa, RFC 3596 §2.5 ip6.arpa). */
export function reverseName(ip: SpfIp): string {
  return `${macroIp(ip).split('.').reverse().join('.')}.${ip.v6 ? 'ip6.arpa' : 'in-addr.arpa'}`;
}

/** True when any A/AAAA record in `records` puts `ip` inside the /prefix network. */
export function anyAddressMatches(records: readonly { type: string; address?: string }[], ip: SpfIp, prefix: number): boolean {
  for (const r of records) {
    if ((r.type !== 'A' && r.type !== 'AAAA') || r.address === undefined) continue;
    const bytes = addressBytes(r.address, ip.v6);
    if (bytes !== null && inNetwork(ip.bytes, bytes, prefix)) return true;
  }
  return false;
}
