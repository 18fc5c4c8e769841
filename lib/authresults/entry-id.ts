/** The authserv-id a collected header names, and its method=result claims in a comparable form. */
import type { AuthHeaderEntry } from './collect';
import { mapList } from '../list/map-list';

/**
 * The authserv-id as written: the parsed one, the Received-SPF receiver, or, for a header that could not be
 * parsed, its first word before ";" (RFC 8601 §2.2: authserv-id comes first), so an unreadable header is still
 * known by the name it gives.
 */
export function authservIdOf(e: AuthHeaderEntry): string {
  if (e.parsed) return e.parsed.authservId;
  if (e.receivedSpf) return e.receivedSpf.receiver ?? '';
  if (e.header === 'Received-SPF') return '';
  let s = e.value.trimStart();
  if (e.header === 'ARC-Authentication-Results') s = s.slice(s.indexOf(';') + 1).trimStart();
  const end = s.search(/[\s;(]/);
  const word = end < 0 ? s : s.slice(0, end);
  return word.includes('=') ? '' : word;
}

/** method=result pairs of a header, sorted, for comparing two copies of the same results. */
export function claimKey(e: AuthHeaderEntry): string {
  return mapList((e.parsed?.resinfo ?? []), (r) => `${r.method}=${r.result}`)
    .sort()
    .join(' ');
}
