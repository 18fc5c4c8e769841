/**
 * Does an authserv-id belong to the receiving provider whose boundary host is `providerHost`?
 * Same host, same organizational domain, or the same known provider family (providers run mail under
 * several organizational domains). Used for the receiver a Received-SPF names (Gmail writes "google.com:" there);
 * whether an Authentication-Results is the provider's own is decided by exact ids (provider-ids.ts).
 */
import { organizationalDomain } from '../psl/org-domain';
import { providerOf } from '../received/providers';

export function matchesProvider(authservId: string, providerHost: string | null): boolean {
  if (providerHost === null || authservId === '') return false;
  const id = authservId.toLowerCase();
  const host = providerHost.toLowerCase();
  if (id === host) return true;
  const oi = organizationalDomain(id);
  const oh = organizationalDomain(host);
  if (oi === null || oh === null) return false;
  if (oi === oh) return true;
  // The same provider family (lib/received/providers.ts), e.g. google.com and gmail.com.
  return providerOf(host)?.domains.includes(oi) ?? false;
}
