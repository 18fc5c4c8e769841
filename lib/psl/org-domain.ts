/**
 * The one Organizational Domain function (RFC 7489 §3.2) from the Public Suffix List: DMARC, alignment, the
 * provider boundary, provider matching and the blocklist targets all use it. Both the ICANN and PRIVATE sections
 * count: a private suffix such as github.io is where unrelated parties register names, so it is an organizational
 * boundary. A trailing dot is ignored; names with empty labels (".example.com") have none.
 */
import { registrableDomain } from './public-suffix';

export function organizationalDomain(domain: string): string | null {
  const name = domain.endsWith('.') ? domain.slice(0, -1) : domain;
  if (name === '' || name.split('.').some((l) => l === '')) return null;
  return registrableDomain(name, { privateDomains: true });
}
