/** Host names from hostile text: to ASCII (IDNA via the URL parser), validated, then the organizational domain. */
import { organizationalDomain } from '../psl/org-domain';
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

/** The organisational domain (lib/psl/org-domain) of host text from a message (to ASCII, validated first), or null. */
export function orgDomainOfHostText(raw: string): string | null {
  const host = asciiHost(raw);
  return host === null ? null : organizationalDomain(host);
}
