/** Host names from hostile text: to ASCII (IDNA via the URL parser), validated, then the organizational domain. */
import { orgDomain } from '../received/providers';
import { parseIPv4 } from '../received/ip';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Lower-case ASCII host name (punycode for IDNs), or null when `raw` is not a host name (IP literals included). */
export function asciiHost(raw: string): string | null {
  let s = raw.trim().replace(/\.$/, '');
  if (s === '' || s.length > 253 || s.startsWith('[')) return null;
  if (/[^\x21-\x7e]/.test(s)) {
    try {
      s = new URL(`http://${s}/`).hostname;
    } catch {
      return null;
    }
  }
  s = s.toLowerCase();
  if (parseIPv4(s) || s.includes(':')) return null;
  const labels = s.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  return s;
}

/** The registrable (organizational) domain of a host, by the Public Suffix List, or null. */
export function registrableDomain(raw: string): string | null {
  const host = asciiHost(raw);
  return host === null ? null : orgDomain(host);
}
