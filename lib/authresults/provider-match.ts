/**
 * Does an authserv-id belong to the receiving provider whose boundary host is `providerHost`?
 * Same host, same organizational domain, or the same known provider family (providers run mail under
 * several organizational domains). RFC 8601 §2.5: the authserv-id names the ADMD, usually a host of it.
 */
import { orgDomainOf } from './alignment';

/** Provider families whose authserv-ids and MX hosts sit under different organizational domains. */
const FAMILIES: readonly (readonly string[])[] = [
  ['google.com', 'gmail.com', 'googlemail.com'],
  ['outlook.com', 'office365.com', 'microsoft.com', 'hotmail.com', 'live.com'],
  ['yahoo.com', 'yahoodns.net', 'yahoo.net', 'aol.com'],
  ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
  ['messagingengine.com', 'fastmail.com'],
  ['protonmail.ch', 'proton.me', 'protonmail.com'],
  ['zoho.com', 'zohomail.com', 'zoho.eu'],
  ['yandex.net', 'yandex.ru'],
];

export function matchesProvider(authservId: string, providerHost: string | null): boolean {
  if (providerHost === null || authservId === '') return false;
  const id = authservId.toLowerCase();
  const host = providerHost.toLowerCase();
  if (id === host) return true;
  const oi = orgDomainOf(id);
  const oh = orgDomainOf(host);
  if (oi === null || oh === null) return false;
  if (oi === oh) return true;
  return FAMILIES.some((f) => f.includes(oi) && f.includes(oh));
}
