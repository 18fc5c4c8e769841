/**
 * TLS on every hop we can see (RFC 3848 protocol names, TLS comments read by lib/received/tls.ts). Hops inside
 * one network (loopback, RFC 1918, local delivery) do not count; a plain-text hop into the recipient's provider
 * is a failure, one elsewhere a warning.
 */
import { ipScope } from '../received/ip';
import type { Hop } from '../received/types';
import { item } from './item';
import type { ChecklistInput, DeliverabilityItem } from './types';
import { mapList } from '../list/map-list';

const TITLE = 'TLS on every hop we can see';

type Transport = 'tls' | 'plain' | 'internal' | 'unknown';

function transport(h: Hop): Transport {
  if (h.tls !== null) return 'tls';
  const { ip } = h.from;
  const scope = ip === null ? null : ipScope(ip);
  if (scope !== null && scope !== 'public' && scope !== 'documentation') return 'internal';
  if (ip === null && h.from.helo === null && h.from.rdns === null && h.from.name === null) return 'internal';
  if (h.with === null) return 'unknown';
  const w = h.with.trim().toUpperCase();
  if (w.startsWith('LMTP') || w.startsWith('LOCAL') || w.startsWith('MAPI') || w.startsWith('HTTP') || w.startsWith('UTF8LMTP')) return 'internal';
  return w.includes('SMTP') ? 'plain' : 'unknown';
}

export function tlsItem(input: ChecklistInput): DeliverabilityItem {
  const hops = input.hops ?? [];
  if (hops.length === 0) return item('tls', 'unknown', TITLE, 'No Received headers to read.', null);
  const kinds = mapList(hops, (h) => ({ h, t: transport(h) }));
  const plain = kinds.filter((k) => k.t === 'plain');
  const tls = kinds.filter((k) => k.t === 'tls');
  const unknown = kinds.filter((k) => k.t === 'unknown');
  const b = input.boundary ?? null;
  const at = (list: typeof kinds): string => mapList(list, (k) => String(k.h.index)).join(', ');
  const unknownNote = unknown.length > 0 ? ` Hop${unknown.length === 1 ? '' : 's'} ${at(unknown)} do${unknown.length === 1 ? 'es' : ''} not say.` : '';
  const entry = b === null ? undefined : kinds.find((k) => k.h.index === b.hop);
  if (entry?.t === 'plain') {
    return item('tls', 'fail', TITLE, `Hop ${String(entry.h.index)}, where the message entered the recipient's provider, was not encrypted (with ${entry.h.with ?? '?'}).${plain.length > 1 ? ` Also plain: hops ${at(plain.filter((k) => k !== entry))}.` : ''}`, 'Turn on STARTTLS on the sending server (for Postfix: smtp_tls_security_level = may); Gmail shows an open red padlock on mail that arrived unencrypted.');
  }
  if (plain.length > 0) {
    return item('tls', 'warn', TITLE, `Hop${plain.length === 1 ? '' : 's'} ${at(plain)} went over the internet without TLS.${unknownNote}`, 'Turn on STARTTLS on the server that sent each of those hops.');
  }
  if (entry?.t === 'unknown') return item('tls', 'unknown', TITLE, `The hop into the recipient's provider (hop ${String(entry.h.index)}) does not say whether it used TLS.`, null);
  if (tls.length === 0) return item('tls', 'unknown', TITLE, `No hop says whether it used TLS.${unknownNote}`, null);
  return item('tls', 'pass', TITLE, `TLS on hop${tls.length === 1 ? '' : 's'} ${at(tls)}${kinds.some((k) => k.t === 'internal') ? '; the rest are inside one network' : ''}.${unknownNote}`, null);
}
