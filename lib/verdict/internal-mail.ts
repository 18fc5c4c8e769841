/**
 * Organisation-internal mail in Exchange Online / Exchange Server: the transport stamps
 * X-MS-Exchange-Organization-AuthAs "Internal" on mail it authenticated as sent from inside the organisation
 * (Microsoft Learn, "Message headers: X-MS-Exchange-Organization-AuthAs", Exchange Server transport docs:
 * Anonymous, Internal, External, Partner). Exchange strips the X-MS-Exchange-Organization-* headers from mail
 * arriving from outside, but a copy written by the sender below the point of entry proves nothing: the stamp is
 * believed only above the boundary, or on a path that never left Microsoft's hosts (every stamp written by a
 * Microsoft host about a Microsoft client: internal hops between Exchange Online servers can look like an
 * entry point when the client is named only by its HELO).
 */
import { providerOf } from '../received/providers';
import type { VerdictInput } from './types';
import { equalsLower } from '../text/equals-lower';

function isMicrosoftHost(host: string | null): boolean {
  if (host === null) return true;
  return providerOf(host.toLowerCase())?.name.startsWith('Microsoft') ?? false;
}

/** Index in the headers of the boundary's Received, or null. */
function boundaryIndex(input: VerdictInput): number | null {
  const b = input.boundary;
  if (b === null) return null;
  return input.hops.find((h) => h.index === b.hop)?.headerIndex ?? null;
}

/** Every Received was written by a Microsoft host, about a client that is Microsoft's or unnamed (internal). */
function insideMicrosoft(input: VerdictInput): boolean {
  return (
    input.hops.length > 0 &&
    input.hops.every((h) => isMicrosoftHost(h.by.host) && isMicrosoftHost(h.from.rdns ?? h.from.helo ?? h.from.name))
  );
}

export function isAuthenticatedInternal(input: VerdictInput): boolean {
  const at = input.headers.findIndex(
    (h) => equalsLower(h.name, 'x-ms-exchange-organization-authas') && h.value.trim().toLowerCase() === 'internal',
  );
  if (at < 0) return false;
  if (insideMicrosoft(input)) return true;
  const b = boundaryIndex(input);
  return b !== null && at < b;
}
