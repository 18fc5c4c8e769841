/**
 * An address with an optional port, as trace fields write the client's address. IPv4 in an address literal
 * may pad octets with zeros ("[010.001.002.003]", RFC 5321 §4.1.3 literals as old MTAs write them); outside a
 * literal a zero-padded dotted quad is a version string ("(5.01.06.10)"), not an address.
 */
import { MAPPED_PREFIX } from '../dns/ip-text';
import { normalizeIp, parseIPv4 } from './ip';

export interface Address {
  /** Canonical text (RFC 5952 for IPv6; an IPv4-mapped IPv6 address is given as its IPv4 address). */
  ip: string;
  port: number | null;
}

/** Where the text stood: inside [brackets] (an address literal) or as a bare word. */
export type AddressPosition = 'literal' | 'bare';

const PORT = /^\d{1,5}$/;
/** BSD "host.port" notation: four dotted numbers, then the port as a fifth. */
const BSD_PORT = /^(\d{1,5}(?:\.\d{1,5}){3})\.(\d{1,5})$/;
/** Only these characters can spell an address with a port ("IPv6:" prefix and "%zone" included): a cheap first test. */
const ADDRESS_CHARS = /^[\d.:a-f[\]%ipv]+$/i;

function port(text: string): number | null {
  if (!PORT.test(text)) return null;
  const n = Number(text);
  return n <= 65535 ? n : null;
}

/** A dotted quad with a zero-padded octet ("010", "00"): a version number when it is not in a literal. */
function zeroPadded(s: string): boolean {
  return s.split('.').some((p) => p.length > 1 && p.startsWith('0'));
}

/** The address alone: RFC 5321 §4.1.3 literal forms ("IPv6:" prefix), a zone index dropped, IPv4-mapped unmapped. */
function plain(text: string, position: AddressPosition): string | null {
  if (position === 'bare' && parseIPv4(text) !== null && zeroPadded(text)) return null;
  const ip = normalizeIp(text);
  if (ip === null || !ip.includes(':')) return ip;
  // RFC 4291 §2.5.5.2: "::ffff:a.b.c.d" is an IPv4 client seen through an IPv6 socket (Courier writes it so).
  // normalizeIp prints exactly those addresses, and no other IPv6 address, with a dotted tail: "::ffff:" + IPv4.
  return ip.includes('.') ? ip.slice(MAPPED_PREFIX.length) : ip;
}

/**
 * Read "[a.b.c.d]", "[a.b.c.d]:port" (Exim with incoming_port logging), "a.b.c.d:port" (Go's net.Addr text),
 * "[a.b.c.d.port]" and "a.b.c.d.port" (BSD "host.port" notation), "[IPv6:x]", "[x]:port" and bare IPv6.
 * Null when the text is not one of these.
 */
export function readAddress(raw: string, position: AddressPosition): Address | null {
  let text = raw.trim();
  if (!ADDRESS_CHARS.test(text) || !(text.includes('.') || text.includes(':'))) return null;
  let where = position;
  let portText: string | null = null;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return null;
    const after = text.slice(close + 1);
    if (after !== '' && !(after.startsWith(':') && PORT.test(after.slice(1)))) return null;
    if (after !== '') portText = after.slice(1);
    text = text.slice(1, close);
    where = 'literal';
  } else if (text.includes('.') && text.indexOf(':') === text.lastIndexOf(':') && text.includes(':')) {
    // "a.b.c.d:port": one colon after a dotted quad (an IPv6 address has at least two).
    const colon = text.indexOf(':');
    portText = text.slice(colon + 1);
    text = text.slice(0, colon);
  }
  const bsd = portText === null ? BSD_PORT.exec(text) : null;
  if (bsd) {
    text = bsd[1] ?? '';
    portText = bsd[2] ?? null;
  }
  const ip = plain(text, where);
  if (ip === null) return null;
  if (portText === null) return { ip, port: null };
  const p = port(portText);
  return p === null ? null : { ip, port: p };
}
