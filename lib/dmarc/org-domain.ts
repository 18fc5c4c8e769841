/**
 * Organizational Domain (RFC 7489 §3.2) from the Public Suffix List (lib/psl, generated from the list our
 * tests use: ../shared/corpora/psl-org-domain). Both the ICANN and PRIVATE
 * sections count: a private suffix such as github.io is where unrelated parties register names, so it
 * is treated as an organizational boundary. Names with empty labels (".example.com") have none.
 */
import { registrableDomain } from '../psl/public-suffix';

export function organizationalDomain(domain: string): string | null {
  const name = domain.endsWith('.') ? domain.slice(0, -1) : domain;
  if (name === '' || name.split('.').some((l) => l === '')) return null;
  return registrableDomain(name, { privateDomains: true });
}
